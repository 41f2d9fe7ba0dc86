// The engagement/ rules (category engagement): listening, replies, escalation, moderation, crises
// and the medical-advice disclaimer.
import { plan, ruleTester, swap } from '../rule-tester.js';

/** The example plan's engagement section. */
const engagement = plan`
  engagement:
    listening_tools: [mentionlytics]
    response_time_hours: 4
    escalation: Clinical questions go to the nurse line; complaints go to patient relations within one business day
    moderation_policy: Hide spam and abuse, never delete criticism
    crisis_plan: docs/crisis-communications.md
    medical_advice_disclaimer: true
`;
const NO_SECTION = { name: 'no engagement section: engagement/section reports it once', yaml: 'channels:\n  - platform: instagram\n', reason: 'the plan has no `engagement` section; engagement/section reports it once' };
const without = (line: string) => swap(engagement, line, '');
const withValue = (key: string, value: string) => engagement.replace(new RegExp(`^  ${key}: .*$`, 'm'), `  ${key}: ${value}`);

ruleTester('engagement/section', {
  valid: [{ name: 'an engagement section', yaml: engagement }],
  invalid: [
    {
      name: 'no engagement section is one error',
      yaml: 'channels:\n  - platform: instagram\n',
      findings: [{ pointer: '/engagement', severity: 'error', message: 'the plan has no `engagement` section', line: 1, column: 1 }],
    },
    { name: 'an empty section counts as missing', yaml: 'engagement:\n  listening_tools: []\n', findings: [{ pointer: '/engagement', message: 'no `engagement` section' }] },
  ],
});

ruleTester('engagement/listening', {
  valid: [{ name: 'a listening tool', yaml: engagement }],
  invalid: [
    {
      name: 'an empty list is a warning at the key',
      yaml: withValue('listening_tools', '[]'),
      findings: [{ pointer: '/engagement/listening_tools', severity: 'warning', message: 'names no social listening tool', at: 'listening_tools: []' }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/moderation', {
  valid: [{ name: 'a moderation policy', yaml: engagement }],
  invalid: [
    {
      name: 'an empty policy is a warning at the key',
      yaml: withValue('moderation_policy', '""'),
      findings: [{ pointer: '/engagement/moderation_policy', severity: 'warning', message: 'the plan has no moderation policy', at: 'moderation_policy: ""' }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/crisis-plan', {
  valid: [{ name: 'a crisis plan', yaml: engagement }],
  invalid: [
    {
      name: 'a blank plan is a warning at the key',
      yaml: withValue('crisis_plan', '" "'),
      findings: [{ pointer: '/engagement/crisis_plan', severity: 'warning', message: 'the plan has no crisis communication plan', at: 'crisis_plan: " "' }],
    },
    {
      name: 'a missing key is located at its section',
      yaml: without('  crisis_plan: docs/crisis-communications.md\n'),
      findings: [{ pointer: '/engagement/crisis_plan', message: 'no crisis communication plan', at: /^engagement:/ }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/medical-disclaimer', {
  valid: [{ name: 'a disclaimer', yaml: engagement }],
  invalid: [
    {
      name: 'medical_advice_disclaimer: false is a warning at the key',
      yaml: withValue('medical_advice_disclaimer', 'false'),
      findings: [{ pointer: '/engagement/medical_advice_disclaimer', severity: 'warning', message: '`medical_advice_disclaimer: false`', at: 'medical_advice_disclaimer: false' }],
    },
    {
      name: 'not saying is a warning too',
      yaml: without('  medical_advice_disclaimer: true\n'),
      findings: [{ pointer: '/engagement/medical_advice_disclaimer', message: 'does not say whether profiles carry a medical-advice disclaimer' }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/response-time', {
  valid: [{ name: '4 hours', yaml: engagement }],
  invalid: [
    {
      name: '48 hours is a warning',
      yaml: withValue('response_time_hours', '48'),
      findings: [{ pointer: '/engagement/response_time_hours', severity: 'warning', message: 'a response time of 48 hours is longer than 24 hours', at: 'response_time_hours: 48' }],
    },
    { name: '8 hours is information', yaml: withValue('response_time_hours', '8'), findings: [{ pointer: '/engagement/response_time_hours', severity: 'info', message: 'longer than the 4 hours people expect' }] },
    { name: '24 hours is information', yaml: withValue('response_time_hours', '24'), findings: [{ pointer: '/engagement/response_time_hours', severity: 'info', message: '24 hours' }] },
    {
      name: 'no response time is a warning',
      yaml: without('  response_time_hours: 4\n'),
      findings: [{ pointer: '/engagement/response_time_hours', severity: 'warning', message: 'sets no response time' }],
    },
    {
      name: 'the warnAboveHours and infoAboveHours options',
      options: { warnAboveHours: 6, infoAboveHours: 2 },
      yaml: withValue('response_time_hours', '8'),
      findings: [{ pointer: '/engagement/response_time_hours', severity: 'warning', message: 'a response time of 8 hours is longer than 6 hours' }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/escalation', {
  valid: [
    { name: 'clinical questions and complaints each have a path', yaml: engagement },
    { name: 'Swedish text is judged only by its presence', yaml: withValue('escalation', 'Medicinska frågor går till sjuksköterskelinjen') },
    { name: 'French text is judged only by its presence', yaml: withValue('escalation', 'Les questions médicales vont à la ligne infirmière') },
  ],
  invalid: [
    {
      name: 'no escalation path is an error',
      yaml: without('  escalation: Clinical questions go to the nurse line; complaints go to patient relations within one business day\n'),
      findings: [{ pointer: '/engagement/escalation', severity: 'error', message: 'no escalation path' }],
    },
    {
      name: 'English text that never mentions complaints is information',
      yaml: withValue('escalation', 'Clinical questions go to the nurse line within the hour'),
      findings: [{ pointer: '/engagement/escalation', severity: 'info', message: 'does not say where complaints go', at: /^escalation:/ }],
    },
  ],
  notApplicable: [NO_SECTION],
});
