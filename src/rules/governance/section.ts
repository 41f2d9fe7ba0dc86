import { defineRule, finding, sectionEmpty } from '../helpers.js';

export const rule = defineRule({
  meta: {
    id: 'governance/section',
    category: 'governance',
    severity: 'error',
    weight: 2,
    description: 'The plan has a governance section: who sponsors, owns, staffs and approves the programme.',
    rationale:
      '"It starts with leadership" and "it takes an FTE dedicated to run" the programme ("What does it take to implement a strategic healthcare social media program?", steps 1 and 3). A plan that names ' +
      "no one is nobody's job. The detail rules of the category report nothing until the section exists; this rule reports its absence once.",
    source:
      '"What does it take to implement a strategic healthcare social media program?", blog post, 7 November 2015, steps 1, 2, 3 and 10: leadership, process, a dedicated owner, outsourcing',
    fix: 'Add a `governance:` section: executive_sponsor, owner, team_fte, agency and approval_workflow.',
    examples: {
      fail: 'version: 1\norganization: {name: Lakeside Pediatrics}',
      pass: 'governance:\n  executive_sponsor: Dr. Amara Okafor, Medical Director\n  owner: Jordan Reyes',
    },
  },
  check(plan) {
    return sectionEmpty(plan, 'governance')
      ? [finding('/governance', 'the plan has no `governance` section: no executive sponsor, owner, team or approval workflow', { absent: true })]
      : [];
  },
});
