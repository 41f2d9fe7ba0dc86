import type { RuleFinding } from '../../types.js';
import { findInClauses, languagesOf } from '../../knowledge/words.js';
import { defineRule, finding, present, quote, scope, sev, words } from '../helpers.js';

const AT = '/compliance/hipaa/review_response_policy';

/** The professional-secrecy law of a country, for messages. */
const SECRECY: Record<string, string> = {
  FR: 'Code de la santé publique art. L.1110-4 and Code pénal art. 226-13 (secret médical)',
  SE: 'patientsäkerhetslagen (2010:659) 6 kap. 12 § (tystnadsplikt)',
  RO: 'Legea nr. 46/2003 art. 21 (confidențialitate)',
  ES: 'Ley 41/2002 art. 7 (intimidad)',
  GB: 'the common-law duty of confidentiality',
};

export const rule = defineRule({
  meta: {
    id: 'confidentiality/review-replies',
    category: 'compliance',
    severity: 'error',
    mayBeCritical: true,
    description:
      'Outside HIPAA (a clinic in France, Sweden, Romania, Spain, the UK), replies to online reviews never confirm that the reviewer is a patient or discuss their care: medical secrecy and the GDPR forbid it.',
    rationale:
      "That a person is or was a clinic's patient is itself covered by medical secrecy, and so is everything about their care. In France a reply to an online review that confirms the relationship or describes the treatment breaches the secret médical (Code de la santé publique L.1110-4), a criminal offence (Code pénal 226-13), whatever the reviewer wrote first; Sweden (patientsäkerhetslagen 6 kap. 12 §), Romania (Legea 46/2003 art. 21) and Spain (Ley 41/2002 art. 7) have the same duty, and the reply discloses health data (GDPR Art. 9(1)). " +
      'The HIPAA side of the same obligation is hipaa/review-response-policy. A policy that tells staff to discuss care in replies stops publication (critical); one that addresses reviewers by name without saying never to confirm the relationship is an error. ' +
      'Respond to reviews, as the source articles advise ("Click, Like, Retweet: Healthcare Reputation Online", listen and respond), but without a word about care. The policy is read in English, Swedish, French, Romanian and Spanish with the word lists of the HIPAA rule.',
    source:
      'Code de la santé publique art. L.1110-4 and Code pénal art. 226-13, as of 2024-01-01; Regulation (EU) 2016/679 (GDPR) Art. 9(1); patientsäkerhetslagen (2010:659) 6 kap. 12 §; Legea nr. 46/2003 art. 21; Ley 41/2002 art. 7; ' +
      '"Click, Like, Retweet: Healthcare Reputation Online", sections on listening and responding and on privacy concerns',
    fix: 'Write the review-response policy (compliance.hipaa.review_response_policy holds it whatever the country): never confirm or deny that a reviewer is a patient, never discuss care, give a phone number instead.',
    laws: ['fr-csp-l1110-4', 'gdpr-art9'],
    examples: {
      fail: 'organization: {jurisdictions: [FR], covered_entity: false}\ncompliance:\n  hipaa:\n    review_response_policy: Répondre en rappelant son traitement et les détails cliniques de la visite',
      pass: "organization: {jurisdictions: [FR], covered_entity: false}\ncompliance:\n  hipaa:\n    review_response_policy: Nous ne confirmons jamais qu'un auteur d'avis est patient ; nous donnons le numéro de la clinique",
    },
  },
  notApplicable(plan, ctx) {
    const s = scope(plan, ctx);
    if (s.hipaa.applies) return `HIPAA applies (${s.hipaa.because}); hipaa/review-response-policy judges review replies`;
    if (s.manufacturer) return "medical secrecy binds health professionals and care establishments; the plan is a drug or device maker's";
    if (s.eu.length === 0 && !s.uk)
      return `medical secrecy in review replies is checked for plans in the EU/EEA and the UK; this plan names ${[...s.all].join(', ') || 'no jurisdiction'}`;
    return undefined;
  },
  appliesBecause(plan, ctx) {
    const s = scope(plan, ctx);
    const codes = [...s.all].map((c) => c.split('-')[0]);
    const laws = [...new Set(codes.map((c) => SECRECY[c]).filter(Boolean))];
    return `medical secrecy applies: the plan is for ${codes.join(', ')}${laws.length ? ` (${laws.join('; ')})` : ''}`;
  },
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const s = scope(plan, ctx);
    const laws = [...new Set([...s.all].map((c) => SECRECY[c.split('-')[0]]).filter(Boolean)), 'GDPR Art. 9(1)'].join('; ');
    const policy = plan.compliance?.hipaa?.review_response_policy;
    if (!present(policy)) {
      return [
        finding(
          AT,
          'the plan has no review-response policy (compliance.hipaa.review_response_policy holds it in any country): a reply that confirms a reviewer is a patient breaches medical secrecy',
          sev('info'),
        ),
      ];
    }
    const text = policy as string;
    const w = words(ctx);
    const care = findInClauses(text, w.reviewDisclosesCare, w.negators).filter((h) => !h.negated);
    const names = findInClauses(text, w.reviewNamesReviewer, w.negators).filter((h) => !h.negated);
    const neverConfirms = findInClauses(text, w.reviewNeverConfirms, w.negators).length > 0;
    if (care.length > 0) {
      out.push(
        finding(
          AT,
          `the review-response policy tells staff to discuss the reviewer's care in public replies (it says ${[...new Set(care.map((h) => quote(h.term)))].slice(0, 3).join(', ')}): that discloses that the reviewer is a patient and what care they had (${laws})`,
          {
            severity: 'critical',
            hint: 'Reply without any detail of care and without confirming a patient relationship; offer a phone number.',
          },
        ),
      );
    } else if (names.length > 0 && !neverConfirms) {
      out.push(
        finding(
          AT,
          `the review-response policy has replies address the reviewer by name (it says ${quote(names[0].term)}) and never says they must not confirm a patient relationship (${laws})`,
        ),
      );
    } else if (!neverConfirms && languagesOf(text, w.languageMarkers).length > 0) {
      out.push(
        finding(AT, `the review-response policy does not say that replies never confirm or deny that a reviewer is a patient (${laws})`, sev('warning')),
      );
    }
    return out;
  },
});
