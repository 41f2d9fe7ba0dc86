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
const NO_SECTION = {
  name: 'no engagement section: engagement/section reports it once',
  yaml: 'channels:\n  - platform: instagram\n',
  reason: 'the plan has no `engagement` section; engagement/section reports it once',
};
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
    {
      name: 'an empty section counts as missing',
      yaml: 'engagement:\n  listening_tools: []\n',
      findings: [{ pointer: '/engagement', message: 'no `engagement` section' }],
    },
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
  valid: [
    { name: 'a moderation policy', yaml: engagement },
    { name: 'hides spam and keeps criticism visible', yaml: withValue('moderation_policy', 'We hide abuse and spam and keep factual criticism visible') },
    {
      name: 'does not delete negative comments',
      yaml: withValue('moderation_policy', 'Hide profanity and spam; we do not delete negative comments; we answer once publicly'),
    },
    {
      name: 'Swedish: hides personal data, lets criticism stand',
      yaml: withValue('moderation_policy', 'Vi döljer personuppgifter, hot och reklam; kritik får stå kvar och besvaras sakligt'),
    },
    {
      name: 'Romanian: deletes insults, answers criticism',
      yaml: withValue('moderation_policy', 'Ștergem mesajele jignitoare și spam-ul; răspundem politicos la critici'),
    },
  ],
  invalid: [
    {
      name: 'an empty policy is a warning at the key',
      yaml: withValue('moderation_policy', '""'),
      findings: [{ pointer: '/engagement/moderation_policy', severity: 'warning', message: 'the plan has no moderation policy', at: 'moderation_policy: ""' }],
    },
    {
      name: 'a policy that deletes negative comments is an error',
      yaml: withValue('moderation_policy', 'Delete negative comments that could hurt the brand; reply to positive ones within the hour'),
      findings: [
        {
          pointer: '/engagement/moderation_policy',
          severity: 'error',
          message: 'the moderation policy hides or removes criticism (it says `delete…` next to `negative`)',
        },
      ],
    },
    {
      name: 'hiding comments that mention pain or complaints',
      yaml: withValue('moderation_policy', 'Hide any comment that mentions pain, cost or complaints'),
      findings: [{ pointer: '/engagement/moderation_policy', message: '(it says `hide` next to `pain`, `complain…`)' }],
    },
    {
      name: 'removing posts that criticise staff',
      yaml: withValue('moderation_policy', 'Remove posts that criticise staff by name'),
      findings: [{ pointer: '/engagement/moderation_policy', message: 'hides or removes criticism' }],
    },
    {
      name: 'French, Spanish and Swedish policies that hide negative comments',
      yaml: withValue('moderation_policy', 'Masquer les commentaires négatifs sur les résultats'),
      findings: [{ pointer: '/engagement/moderation_policy', message: '(it says `masque…` next to `négati…`)' }],
    },
    {
      name: 'Spanish: hide complaints',
      yaml: withValue('moderation_policy', 'Ocultamos las quejas y los comentarios negativos'),
      findings: [{ pointer: '/engagement/moderation_policy', message: 'hides or removes criticism' }],
    },
    {
      name: 'Swedish: remove criticism',
      yaml: withValue('moderation_policy', 'Vi tar bort kritik och klagomål'),
      findings: [{ pointer: '/engagement/moderation_policy', message: 'hides or removes criticism' }],
    },
    {
      name: 'hiding reports of side effects',
      yaml: withValue('moderation_policy', 'Hide comments mentioning side effects or competitor products'),
      findings: [{ pointer: '/engagement/moderation_policy', message: '`side effect…`' }],
    },
  ],
  notApplicable: [NO_SECTION],
});

ruleTester('engagement/crisis-plan', {
  valid: [
    { name: 'a crisis plan', yaml: engagement },
    {
      name: 'a written plan that mentions its yearly review is not a promise',
      yaml: withValue('crisis_plan', '"Spokesperson: CMO; approvals: CEO and legal; holding statements in docs/crisis.md, reviewed every year"'),
    },
    ...[
      'Written plan in docs/crisis.md: the on-call spokesperson decides what to do within one hour, legal approves every statement, holding statements are pre-approved',
      'Plan de crise dans docs/crise.md : porte-parole, validation juridique, messages d attente prêts pour les crises à venir et les rappels de produits',
      'Krisplan i docs/kris.md: talesperson, juridisk granskning och färdiga svar som tas fram i förväg och övas två gånger om året',
      'Plan de crisis en docs/crisis.md: portavoz, aprobación legal y mensajes preparados; próximamente también en inglés para los pacientes extranjeros',
      'Written crisis plan (docs/crisis.md) with spokesperson and approvals; a translation into Spanish is pending and planned for next year',
    ].map((text) => ({
      name: `a written plan that uses a not-yet word in passing: ${text.slice(0, 40)}…`,
      yaml: withValue('crisis_plan', JSON.stringify(text)),
    })),
  ],
  invalid: [
    ...[
      ['English', 'To be written with the PR agency in Q2', 'to be written'],
      ['English, TBD', 'TBD', 'tbd'],
      ['Swedish', 'Ska tas fram under våren', 'ska tas fram'],
      ['French', 'À rédiger avec l agence', 'à rédiger'],
      ['Romanian', 'De elaborat în trimestrul 2', 'de elaborat'],
      ['Spanish', 'Por definir con la agencia', 'por definir'],
      ['English, pending', 'Pending', 'pending'],
      ['English, under development', 'Under development with the PR agency', 'under development'],
      ['English, planned for a quarter', 'Planned for Q2', 'planned for q…'],
      ['Spanish, en desarrollo', 'En desarrollo', 'en desarrollo'],
    ].map(([language, text, term]) => ({
      name: `a plan announced, not written (${language}): ${text}`,
      yaml: withValue('crisis_plan', JSON.stringify(text)),
      findings: [
        { pointer: '/engagement/crisis_plan', severity: 'warning' as const, message: `the crisis communication plan is not written yet (it says \`${term}\`)` },
      ],
    })),
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
      findings: [
        {
          pointer: '/engagement/medical_advice_disclaimer',
          severity: 'warning',
          message: '`medical_advice_disclaimer: false`',
          at: 'medical_advice_disclaimer: false',
        },
      ],
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
      findings: [
        {
          pointer: '/engagement/response_time_hours',
          severity: 'warning',
          message: 'a response time of 48 hours is longer than 24 hours',
          at: 'response_time_hours: 48',
        },
      ],
    },
    {
      name: '8 hours is information',
      yaml: withValue('response_time_hours', '8'),
      findings: [{ pointer: '/engagement/response_time_hours', severity: 'info', message: 'longer than the 4 hours people expect' }],
    },
    {
      name: '24 hours is information',
      yaml: withValue('response_time_hours', '24'),
      findings: [{ pointer: '/engagement/response_time_hours', severity: 'info', message: '24 hours' }],
    },
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
