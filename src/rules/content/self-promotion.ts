import { defineRule, finding, items, pointer, sectionSkip } from '../helpers.js';

const PROMOTIONAL = ['promotional', 'promotion', 'promo', 'advertising', 'ads', 'ad', 'sales', 'self-promotion', 'offers'];

export const rule = defineRule<{ maxPromotionalPercent: number; promotionalTypes: string[]; minCalendarEntries: number }>({
  meta: {
    id: 'content/self-promotion',
    category: 'content',
    severity: 'warning',
    description: 'Promotional content stays a minority of the mix: the content is about the patient, not about the organisation.',
    rationale:
      '"All about you is boring and glossed over. All about your customers or patients and how you are helping will" ("What does it take to implement a strategic healthcare social media program?"). ' +
      'A feed that mostly advertises loses the trust the source articles build through education and community.',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 9: make it about the patient, not about you; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: educational content builds trust',
    fix: 'Lower the promotional share of `content.mix` and give the room to educational and community content.',
    options: {
      maxPromotionalPercent: { type: 'number', default: 30, description: 'Largest acceptable promotional share, in percent.' },
      promotionalTypes: { type: 'string[]', default: PROMOTIONAL, description: 'Mix keys and calendar types that count as promotional.' },
      minCalendarEntries: { type: 'number', default: 10, description: 'Without a mix, judge the calendar only when it has at least this many entries.' },
    },
    examples: {
      fail: 'content:\n  mix: {promotional: 60, educational: 40}',
      pass: 'content:\n  mix: {educational: 60, community: 20, promotional: 20}',
    },
  },
  notApplicable(plan, ctx) {
    const skip = sectionSkip(plan, 'content');
    if (skip) return skip;
    const mix = plan.content?.mix;
    const hasMix = mix && typeof mix === 'object' && Object.keys(mix).length > 0;
    const dated = items(plan.content?.calendar).filter(([e]) => typeof e.type === 'string').length;
    if (!hasMix && dated < ctx.options.minCalendarEntries) return 'the plan has no content mix and too short a calendar to judge';
    return undefined;
  },
  check(plan, ctx) {
    const max = ctx.options.maxPromotionalPercent;
    const types = ctx.options.promotionalTypes;
    const isPromo = (k: string) => types.includes(k.toLowerCase().trim());
    const mix = plan.content?.mix;
    if (mix && typeof mix === 'object' && Object.keys(mix).length > 0) {
      let total = 0;
      let promo = 0;
      let key = '';
      for (const [k, v] of Object.entries(mix)) {
        if (typeof v !== 'number') continue;
        total += v;
        if (isPromo(k)) {
          promo += v;
          key ||= k;
        }
      }
      if (total <= 0) return [];
      const share = Math.round((100 * promo) / total);
      if (share > max) {
        return [
          finding(
            key ? pointer('content', 'mix', key) : '/content/mix',
            `promotional content is ${share} percent of the mix (more than ${max} percent): the feed is mostly about the organisation`,
          ),
        ];
      }
      return [];
    }
    const entries = items(plan.content?.calendar).filter(([e]) => typeof e.type === 'string');
    const promo = entries.filter(([e]) => isPromo(e.type!)).length;
    const share = Math.round((100 * promo) / entries.length);
    if (share > max) {
      return [finding('/content/calendar', `${promo} of ${entries.length} calendar entries (${share} percent) are promotional (more than ${max} percent)`)];
    }
    return [];
  },
});
