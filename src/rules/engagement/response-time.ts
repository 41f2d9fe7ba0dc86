import { defineRule, finding, sectionSkip } from '../helpers.js';

export const rule = defineRule<{ warnAboveHours: number; infoAboveHours: number }>({
  meta: {
    id: 'engagement/response-time',
    category: 'engagement',
    severity: 'warning',
    description: 'The plan sets a response time for comments and messages: a day at most, ideally a few hours.',
    rationale:
      'Consumers expect a brand to answer within about four hours; brands averaged about ten (Sprout Social Index 2016). "Responding in ' +
      'real time strengthens public perception that your focus is firmly on patient satisfaction" ("Click, Like, Retweet: Healthcare Reputation Online"). A reply later than a ' +
      'day leaves a complaint or a question unanswered in public.',
    source: '"Click, Like, Retweet: Healthcare Reputation Online": listen and respond in real time; Sprout Social Index 2016 (about 4 hours expected)',
    fix: 'Set `engagement.response_time_hours:` to 4 or less (24 at most) and staff it.',
    options: {
      warnAboveHours: { type: 'number', default: 24, description: 'A response time above this is a warning.' },
      infoAboveHours: { type: 'number', default: 4, description: 'A response time above this is information.' },
    },
    examples: { fail: 'engagement:\n  response_time_hours: 48', pass: 'engagement:\n  response_time_hours: 4' },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan, ctx) {
    const h = plan.engagement?.response_time_hours;
    const warn = ctx.options.warnAboveHours;
    const info = ctx.options.infoAboveHours;
    if (typeof h !== 'number') return [finding('/engagement/response_time_hours', 'the plan sets no response time for comments and messages')];
    if (h > warn) return [finding('/engagement/response_time_hours', `a response time of ${h} hours is longer than ${warn} hours`, { severity: 'warning' })];
    if (h > info) {
      return [finding('/engagement/response_time_hours', `a response time of ${h} hours is longer than the ${info} hours people expect`, { severity: 'info' })];
    }
    return [];
  },
});
