// The confidentiality/ rules (category compliance): medical secrecy in replies to reviews outside
// HIPAA (France CSP L.1110-4, Sweden, Romania, Spain, the UK; GDPR Art. 9).
import { ruleTester } from '../rule-tester.js';

const policy = (j: string, text: string) =>
  `organization: {jurisdictions: [${j}], covered_entity: false}\ncompliance:\n  hipaa:\n    review_response_policy: "${text}"\n`;

ruleTester('confidentiality/review-replies', {
  valid: [
    { name: 'French: never confirm', yaml: policy('FR', "Nous ne confirmons jamais qu'un auteur d'avis est patient ; nous donnons le numéro de la clinique") },
    { name: 'Swedish: never confirm', yaml: policy('SE', 'Vi bekräftar aldrig att någon är patient hos oss och hänvisar till verksamhetschefen') },
    { name: 'Romanian: never confirm', yaml: policy('RO', 'Nu confirmăm niciodată că autorul unei recenzii este pacientul nostru') },
  ],
  invalid: [
    {
      name: 'French: replies that discuss the care breach the secret médical (L.1110-4)',
      yaml: policy('FR', 'Répondre à chaque avis en rappelant son traitement et les détails cliniques de la visite'),
      findings: [
        {
          pointer: '/compliance/hipaa/review_response_policy',
          severity: 'critical',
          message:
            "tells staff to discuss the reviewer's care in public replies (it says `son traitement`, `détails cliniques`): that discloses that the reviewer is a patient and what care they had (Code de la santé publique art. L.1110-4 and Code pénal art. 226-13 (secret médical); GDPR Art. 9(1))",
        },
      ],
    },
    {
      name: 'Spanish: addressing reviewers by name without a rule against confirming',
      yaml: policy('ES', 'Respondemos a cada reseña por su nombre en 24 horas'),
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'error', message: 'address the reviewer by name (it says `por su nombre`)' }],
    },
    {
      name: 'no policy at all is information',
      yaml: 'organization: {jurisdictions: [FR], covered_entity: false}\ncompliance:\n  gdpr:\n    dpo_contact: dpo@clinique.example\n',
      findings: [{ pointer: '/compliance/hipaa/review_response_policy', severity: 'info', message: 'the plan has no review-response policy' }],
    },
  ],
  notApplicable: [
    {
      name: 'a HIPAA covered entity (hipaa/review-response-policy judges it)',
      yaml: 'organization: {jurisdictions: [US], covered_entity: true}\n',
      reason: 'hipaa/review-response-policy judges review replies',
    },
    { name: 'a device maker', yaml: 'organization: {type: medtech, jurisdictions: [DE]}\n', reason: 'binds health professionals and care establishments' },
  ],
});
