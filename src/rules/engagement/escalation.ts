import { defineRule, finding, looksEnglish, present, quote, sectionSkip } from '../helpers.js';

const CLINICAL = /\b(clinical|clinician|medical|nurse|nursing|doctor|physician|symptom|health question|triage|care team|provider)s?\b/i;
const COMPLAINT = /\b(complain|complaint|grievance|patient relations|patient experience|feedback|review|ombudsman|negative)/i;

export const rule = defineRule({
  meta: {
    id: 'engagement/escalation',
    category: 'engagement',
    severity: 'error',
    description: 'The plan says where clinical questions and complaints raised on social media are escalated.',
    rationale:
      'A social-media manager cannot answer a medical question and must not ignore one: a question about symptoms needs a route to a ' +
      'clinician, and a public complaint needs an owner, fast. Without an escalation path a patient-safety question waits in a comment thread.',
    source:
      '"Click, Like, Retweet: Healthcare Reputation Online": listen and respond; "Social Media în industria sănătății: Ghid complet" [Social media in the healthcare industry: a complete guide], Mentionlytics blog, 16 December 2022: engagement and handling of patient questions; HHS OCR: social media is not the place to discuss a patient\'s care',
    fix: 'Write `engagement.escalation:` naming where clinical questions go (e.g. the nurse line) and where complaints go (e.g. patient relations), and how fast.',
    examples: {
      fail: 'engagement:\n  response_time_hours: 4',
      pass: 'engagement:\n  escalation: Clinical questions go to the nurse line; complaints go to patient relations within one business day',
    },
  },
  notApplicable: (plan) => sectionSkip(plan, 'engagement'),
  check(plan) {
    const text = plan.engagement?.escalation;
    if (!present(text)) return [finding('/engagement/escalation', 'the plan has no escalation path for clinical questions and complaints')];
    // English-only heuristic: in another language the presence of the path is all the tool judges.
    if (typeof text === 'string' && looksEnglish(text)) {
      const missing = [!CLINICAL.test(text) && 'clinical questions', !COMPLAINT.test(text) && 'complaints'].filter(Boolean);
      if (missing.length) {
        return [
          finding('/engagement/escalation', `the escalation path ${quote(text, 50)} does not say where ${missing.join(' and ')} go`, { severity: 'info' }),
        ];
      }
    }
    return [];
  },
});
