// The privacy/ rules (category compliance): a compliance section at all, and no patient
// information in the plan's own text. (test/phi.test.ts covers the identifier scanner itself.)
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, runCase } from '../rule-tester.js';

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
    {
      name: 'a story described without identifiers',
      yaml: 'content:\n  calendar:\n    - date: 2027-02-01\n      topic: A family shares their NICU-to-home story\n',
    },
    {
      name: "the organisation's own phone number in a contact field",
      yaml: 'engagement:\n  escalation: Clinical questions go to the nurse line, 555-201-3344\n',
    },
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
      findings: [
        {
          pointer: '/content/calendar/0/topic',
          severity: 'warning',
          message: /^content\.calendar\[0\]\.topic holds what looks like a phone number \(not repeated here\)$/,
        },
      ],
    },
  ],
});

/** A calendar entry whose topic is `topic`, with the given patient fields. */
const post = (topic: string, fields = '') => plan`
  content:
    calendar:
      - date: 2027-02-01
        channel: facebook
        type: behind-the-scenes
        topic: "${topic}"
${fields}
`;
const DOB = 'Birthday of our youngest patient, DOB 03/14/2015';

describe('privacy/phi-in-text in a post: what involves_patient and the consent say', () => {
  ruleTester('privacy/phi-in-text', {
    valid: [
      {
        name: 'a consented patient story: the details are the authorized story (the consent rules judge the consent)',
        yaml: post(DOB, '        involves_patient: true\n        consent_ref: AUTH-2027-004').replace('type: behind-the-scenes', 'type: patient-story'),
      },
    ],
    invalid: [
      {
        name: 'patient details in a post marked involves_patient: false are critical',
        yaml: post(DOB, '        involves_patient: false'),
        findings: [
          {
            pointer: '/content/calendar/0/topic',
            severity: 'critical',
            message:
              /^content\.calendar\[0\]\.topic holds what looks like .+, in a post that would publish it though the entry says `involves_patient: false` \(not repeated here\)$/,
          },
        ],
      },
      {
        name: 'a patient story whose consent is only verbal: published without an authorization on record',
        yaml: post(DOB, '        involves_patient: true\n        consent_ref: verbal'),
        findings: [{ pointer: '/content/calendar/0/topic', severity: 'critical', message: 'without a patient authorization on record' }],
      },
      {
        name: 'outside a post the detector decides the severity, as before',
        yaml: `why: "${DOB}"\n`,
        findings: [{ pointer: '/why', severity: 'error', message: /^why holds what looks like/ }],
      },
    ],
  });
});

/**
 * The patient-data examples of issue 14, for the detector of src/util/phi.ts (helper E1 rebuilds it;
 * these cases say what the rule must report once it does). Each must be found, by kind, in a post
 * marked as not involving a patient, and never printed; a diagnosis with no person named is not
 * patient information.
 */
describe('privacy/phi-in-text: the patient-data examples of issue 14', () => {
  const cases: { name: string; topic: string; kinds: RegExp[] }[] = [
    {
      name: 'a birthday greeting naming "our patient Mr. …" with his age',
      topic: 'Happy 92nd birthday to our patient Mr. Harold Jensen!',
      kinds: [/a patient's name|a person's name/, /an age over 89/],
    },
    {
      name: 'a title and initials, an age over 89 and a room number',
      topic: 'Happy 97th birthday to Mrs. D.R. in Room 214 of our Rosewood unit!',
      kinds: [/an age over 89/, /a room or bed number/],
    },
    {
      name: 'initials, an age over 89, an admission date and a bed',
      topic: 'Welcome back J.K., 93, admitted 2027-01-03, now in room 12 bed B',
      kinds: [/an age over 89/, /a date of admission/, /a room or bed number/],
    },
    { name: 'a name with accents next to a diagnosis', topic: 'Ștefan Popescu, diagnosticat cu diabet, ne povestește', kinds: [/name/] },
  ];
  for (const c of cases) {
    it(`finds ${c.name}, critical, without repeating it`, () => {
      const { findings } = runCase('privacy/phi-in-text', { name: c.name, yaml: post(c.topic, '        involves_patient: false') });
      for (const kind of c.kinds)
        expect(
          findings.map((f) => f.message).some((m) => kind.test(m)),
          `${kind} in:\n${findings.map((f) => f.message).join('\n')}`,
        ).toBe(true);
      expect(findings.every((f) => f.severity === 'critical')).toBe(true);
      for (const word of c.topic.split(/[\s,!]+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) || /\d/.test(w))) {
        expect(findings.map((f) => f.message).join('\n')).not.toContain(word);
      }
    });
  }
  it('does not flag a diagnosis with no person named', () => {
    for (const topic of [
      'What a lymphoma patient can expect from CAR-T therapy',
      'Living with type 2 diabetes: five questions patients ask',
      'Hur vi behandlar en patient med astma',
    ]) {
      const { findings } = runCase('privacy/phi-in-text', { name: topic, yaml: post(topic, '        involves_patient: false') });
      expect(findings, topic).toEqual([]);
    }
  });
});
