// The privacy/ rules (category compliance): a compliance section at all, and no patient
// information in the plan's own text. (test/phi.test.ts covers the identifier scanner itself.)
import { plan, ruleTester } from '../rule-tester.js';

ruleTester('privacy/compliance-section', {
  valid: [{ name: 'a compliance section with a policy', yaml: 'compliance:\n  hipaa:\n    dm_policy: Never discuss symptoms in DMs\n' }],
  invalid: [
    {
      name: 'no compliance section is one error',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\n',
      findings: [{ pointer: '/compliance', severity: 'error', message: 'the plan has no `compliance` section', line: 1, column: 1 }],
    },
    {
      name: 'it applies whatever the jurisdiction (a Swedish plan too)',
      yaml: 'organization: {name: Vårdcentral, jurisdictions: [SE]}\n',
      findings: [{ pointer: '/compliance', message: 'the plan has no `compliance` section' }],
    },
    {
      name: 'a section with nothing in it counts as missing',
      yaml: 'compliance:\n  hipaa: {}\n  vendors: []\n',
      findings: [{ pointer: '/compliance', message: 'the plan has no `compliance` section', at: 'compliance:' }],
    },
  ],
});

ruleTester('privacy/phi-in-text', {
  valid: [
    { name: 'a story described without identifiers', yaml: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: A family shares their NICU-to-home story\n' },
    { name: "the organisation's own phone number in a contact field", yaml: 'engagement:\n  escalation: Clinical questions go to the nurse line, 555-201-3344\n' },
  ],
  invalid: [
    {
      name: 'a phone number in a topic is a warning that does not repeat it',
      yaml: plan`
        content:
          calendar:
            - date: 2027-02-01
              topic: Call the family back at 555-201-3344
      `,
      findings: [{ pointer: '/content/calendar/0/topic', severity: 'warning', message: /^content\.calendar\[0\]\.topic holds what looks like a phone number \(not repeated here\)$/ }],
    },
  ],
});
