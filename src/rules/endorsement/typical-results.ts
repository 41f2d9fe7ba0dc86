import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, affirmed, showTerm } from '../../knowledge/law-terms.js';
import { defineRule, entryName, finding, items, isPatientContent, pointer, quote, regulations, scope, words } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'endorsement/typical-results',
    category: 'compliance',
    severity: 'warning',
    description:
      'In a US plan, a testimonial, patient story or creator post that claims a result ("pain-free the same day", "10 years younger", "helped us conceive") states the results people can generally expect.',
    rationale:
      'A testimonial about a result tells the audience that result is typical. Unless it is, the advertiser must clearly disclose the generally expected results (16 CFR 255.2(b); the Endorsement Guides are interpretive and enforced under FTC Act s.5); "results not typical" alone is not enough, and the advertiser needs evidence for the claim itself. ' +
      'Patient stories are the content patients value most ("What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 9: patient-centred content); a story of an exceptional recovery is fine when the post says what most patients can expect. ' +
      "The claim is read in the entry's topic and draft text (English, Swedish, French, Romanian, Spanish); the finding names the words that triggered it.",
    source:
      '16 CFR 255.2(b), as of 2023-07-26; "What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 9',
    fix: 'Add what patients can generally expect to the post ("most patients return to work in 6-8 weeks; results vary"), or drop the outcome claim.',
    laws: ['ftc-255', 'ftc-act-5'],
    examples: {
      fail: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: testimonial\n      topic: "Pain-free and eating steak the same day"\n      consent_ref: AUTH-1',
      pass: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-04-02\n      type: testimonial\n      topic: "Back to eating steak in a week; most patients eat soft food for 10 days, results vary"\n      consent_ref: AUTH-1',
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (!s.us)
      return `16 CFR 255.2(b) is US law; this plan names ${[...s.all].join(', ') || 'no jurisdiction'} (elsewhere misleading result claims fall under consumer and professional rules this check does not read)`;
    return undefined;
  },
  appliesBecause: () => 'the FTC Endorsement Guides apply to advertising to US consumers',
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const negators = words(ctx).negators;
    const types = new Set([...regulations(ctx).endorsements.calendarTypes, 'testimonial', 'patient-story', 'ugc']);
    for (const [e, i] of items(plan.content?.calendar)) {
      const endorsement = (typeof e.type === 'string' && types.has(e.type)) || e.material_connection === true || isPatientContent(e, ctx);
      if (!endorsement) continue;
      const text = `${e.topic ?? ''}\n${e.copy ?? ''}`;
      const claim = affirmed(text, LAW_TERMS.outcomeClaim, negators)[0];
      if (!claim) continue;
      if (affirmed(text, LAW_TERMS.typicalResults, negators).length > 0) continue;
      const at =
        typeof e.copy === 'string' && affirmed(e.copy, LAW_TERMS.outcomeClaim, negators).length > 0
          ? pointer('content', 'calendar', i, 'copy')
          : pointer('content', 'calendar', i, 'topic');
      out.push(
        finding(
          at,
          `${entryName(e, i)} is a testimonial that claims a result (${quote(showTerm(claim.term))}) without saying what people can generally expect (16 CFR 255.2(b))`,
          {
            hint: 'State the generally expected result in the post, next to the claim, or drop the claim.',
          },
        ),
      );
    }
    return out;
  },
});
