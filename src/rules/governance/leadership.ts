import { defineRule, finding, present, sectionSkip } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'governance/leadership',
    category: 'governance',
    severity: 'warning',
    description: 'The plan names an executive sponsor and the person who owns the programme day to day.',
    rationale:
      '"It starts with leadership. If marketing does not have Board, CEO and executive leadership support, it\'s not going anywhere" ' +
      '("What does it take to implement a strategic healthcare social media program?", step 1); "it takes an FTE dedicated to run a successfully integrated, efficient and engaging social media program" (step 3).',
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, step 1: leadership support; step 3: a dedicated owner (FTE)',
    fix: 'Name `governance.executive_sponsor:` (an executive who backs the programme) and `governance.owner:` (the dedicated person who runs it).',
    examples: {
      fail: 'governance:\n  team_fte: 1',
      pass: 'governance:\n  executive_sponsor: Dr. Amara Okafor, Medical Director\n  owner: Jordan Reyes, Communications Lead',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'governance'),
  check(plan) {
    const out = [];
    if (!present(plan.governance?.executive_sponsor)) out.push(finding('/governance/executive_sponsor', 'the plan names no executive sponsor'));
    if (!present(plan.governance?.owner)) out.push(finding('/governance/owner', 'the plan names no owner who runs the programme day to day'));
    return out;
  },
});
