// The list of rules. Nothing but this file imports a rule module (test/rules/layout.test.ts checks
// it); the engine reads RULES. A rule `family/name` lives in src/rules/<family>/<name>.ts, is
// tested in test/rules/<family>.test.ts and documented in docs/rules/<family>/<name>.md.
import type { CategoryId, Rule } from '../types.js';
import { docsBase, packageLinks, type PackageLinks } from '../util/package-links.js';
// smart/
import { rule as smartAchievable } from './smart/achievable.js';
import { rule as smartGoalCount } from './smart/goal-count.js';
import { rule as smartGoalIds } from './smart/goal-ids.js';
import { rule as smartMeasurable } from './smart/measurable.js';
import { rule as smartPlanPeriod } from './smart/plan-period.js';
import { rule as smartRelevant } from './smart/relevant.js';
import { rule as smartSpecific } from './smart/specific.js';
import { rule as smartTimeBound } from './smart/time-bound.js';
import { rule as smartVanityMetric } from './smart/vanity-metric.js';
// audience/
import { rule as audienceActiveHours } from './audience/active-hours.js';
import { rule as audienceInsightSources } from './audience/insight-sources.js';
import { rule as audienceMinimumAge } from './audience/minimum-age.js';
import { rule as audiencePaidReach } from './audience/paid-reach.js';
import { rule as audiencePlatformReach } from './audience/platform-reach.js';
import { rule as audienceProfessionalChannel } from './audience/professional-channel.js';
import { rule as audienceReached } from './audience/reached.js';
// channel/
import { rule as channelAudience } from './channel/audience.js';
import { rule as channelCapacity } from './channel/capacity.js';
import { rule as channelKnownIds } from './channel/known-ids.js';
import { rule as channelVisualFormats } from './channel/visual-formats.js';
// budget/
import { rule as budgetChannelDeclared } from './budget/channel-declared.js';
import { rule as budgetExists } from './budget/exists.js';
import { rule as budgetExpectedReturn } from './budget/expected-return.js';
import { rule as budgetGoalFunded } from './budget/goal-funded.js';
import { rule as budgetKpiMeasured } from './budget/kpi-measured.js';
import { rule as budgetLineGoals } from './budget/line-goals.js';
import { rule as budgetLineKpi } from './budget/line-kpi.js';
import { rule as budgetTotal } from './budget/total.js';
// calendar/
import { rule as calendarCadence } from './calendar/cadence.js';
import { rule as calendarCoverage } from './calendar/coverage.js';
import { rule as calendarDeclaredChannel } from './calendar/declared-channel.js';
import { rule as calendarEntryType } from './calendar/entry-type.js';
import { rule as calendarInPeriod } from './calendar/in-period.js';
import { rule as calendarMedicationAdvice } from './calendar/medication-advice.js';
// content/
import { rule as contentAccessibleMedia } from './content/accessible-media.js';
import { rule as contentMix } from './content/mix.js';
import { rule as contentPillarsVoice } from './content/pillars-voice.js';
import { rule as contentPlainLanguage } from './content/plain-language.js';
import { rule as contentRepurposing } from './content/repurposing.js';
import { rule as contentSection } from './content/section.js';
import { rule as contentSelfPromotion } from './content/self-promotion.js';
import { rule as contentSourcesPolicy } from './content/sources-policy.js';
// engagement/
import { rule as engagementCrisisPlan } from './engagement/crisis-plan.js';
import { rule as engagementEscalation } from './engagement/escalation.js';
import { rule as engagementListening } from './engagement/listening.js';
import { rule as engagementMedicalDisclaimer } from './engagement/medical-disclaimer.js';
import { rule as engagementModeration } from './engagement/moderation.js';
import { rule as engagementResponseTime } from './engagement/response-time.js';
import { rule as engagementSection } from './engagement/section.js';
// measurement/
import { rule as measurementEngagementDenominator } from './measurement/engagement-denominator.js';
import { rule as measurementGoalKpis } from './measurement/goal-kpis.js';
import { rule as measurementKpiSources } from './measurement/kpi-sources.js';
import { rule as measurementReviewCadence } from './measurement/review-cadence.js';
import { rule as measurementSection } from './measurement/section.js';
// governance/
import { rule as governanceCapacity } from './governance/capacity.js';
import { rule as governanceComplianceApproval } from './governance/compliance-approval.js';
import { rule as governanceLeadership } from './governance/leadership.js';
import { rule as governanceSection } from './governance/section.js';
import { rule as governanceWhy } from './governance/why.js';
// hipaa/
import { rule as hipaaDmPolicy } from './hipaa/dm-policy.js';
import { rule as hipaaPatientConsent } from './hipaa/patient-consent.js';
import { rule as hipaaReviewResponsePolicy } from './hipaa/review-response-policy.js';
import { rule as hipaaTrackingTechnologies } from './hipaa/tracking-technologies.js';
import { rule as hipaaVendorBaa } from './hipaa/vendor-baa.js';
// gdpr/
import { rule as gdprDpoContact } from './gdpr/dpo-contact.js';
import { rule as gdprLawfulBasis } from './gdpr/lawful-basis.js';
import { rule as gdprPatientConsent } from './gdpr/patient-consent.js';
import { rule as gdprProcessorAgreement } from './gdpr/processor-agreement.js';
// ftc/
import { rule as ftcHealthDataSharing } from './ftc/health-data-sharing.js';
// endorsement/
import { rule as endorsementDisclosure } from './endorsement/disclosure.js';
import { rule as endorsementProhibitedPromotion } from './endorsement/prohibited-promotion.js';
import { rule as endorsementTypicalResults } from './endorsement/typical-results.js';
// reviews/
import { rule as reviewsIncentives } from './reviews/incentives.js';
import { rule as reviewsSuppression } from './reviews/suppression.js';
// fda/
import { rule as fdaForm2253 } from './fda/form-2253.js';
import { rule as fdaOffLabel } from './fda/off-label.js';
import { rule as fdaRiskInformation } from './fda/risk-information.js';
import { rule as fdaTrialRecruitment } from './fda/trial-recruitment.js';
// pharma/
import { rule as pharmaAdverseEvents } from './pharma/adverse-events.js';
import { rule as pharmaMlrReview } from './pharma/mlr-review.js';
import { rule as pharmaPublicAdvertising } from './pharma/public-advertising.js';
// advertising/
import { rule as advertisingPlatformPolicy } from './advertising/platform-policy.js';
// consumer-health/
import { rule as consumerHealthConsent } from './consumer-health/consent.js';
import { rule as consumerHealthGeofencing } from './consumer-health/geofencing.js';
import { rule as consumerHealthPrivacyPolicy } from './consumer-health/privacy-policy.js';
// tracking/
import { rule as trackingConsent } from './tracking/consent.js';
// confidentiality/
import { rule as confidentialityReviewReplies } from './confidentiality/review-replies.js';
// privacy/
import { rule as privacyComplianceSection } from './privacy/compliance-section.js';
import { rule as privacyPhiInText } from './privacy/phi-in-text.js';
// jurisdiction/
import { rule as jurisdictionNone } from './jurisdiction/none.js';

/**
 * The scoring category of each rule family: every rule of a family belongs to its family's
 * category (test/rules/meta.test.ts checks each rule's `meta.category` against this table).
 * A new family needs a row here.
 */
export const FAMILY_CATEGORY: Readonly<Record<string, CategoryId>> = {
  smart: 'goals',
  audience: 'audience-fit',
  channel: 'audience-fit',
  budget: 'budget-roi',
  calendar: 'content',
  content: 'content',
  engagement: 'engagement',
  measurement: 'measurement',
  governance: 'governance',
  hipaa: 'compliance',
  gdpr: 'compliance',
  ftc: 'compliance',
  fda: 'compliance',
  'consumer-health': 'compliance',
  endorsement: 'compliance',
  reviews: 'compliance',
  pharma: 'compliance',
  advertising: 'compliance',
  tracking: 'compliance',
  confidentiality: 'compliance',
  privacy: 'compliance',
  jurisdiction: 'compliance',
};

/**
 * Every rule, in report order: by category (the order of CATEGORIES), as the JSON and SARIF
 * outputs, `strategy-lint rules` and docs/rules/README.md list them. Keep a new rule next to its
 * category's rules.
 */
export const RULES: Rule[] = [
  // goals
  smartGoalCount,
  smartGoalIds,
  smartSpecific,
  smartMeasurable,
  smartAchievable,
  smartRelevant,
  smartVanityMetric,
  smartTimeBound,
  smartPlanPeriod,
  // audience-fit
  channelAudience,
  channelKnownIds,
  audienceReached,
  audiencePlatformReach,
  audiencePaidReach,
  audienceProfessionalChannel,
  audienceMinimumAge,
  audienceInsightSources,
  audienceActiveHours,
  channelVisualFormats,
  channelCapacity,
  // budget-roi
  budgetExists,
  budgetTotal,
  budgetLineGoals,
  budgetLineKpi,
  budgetExpectedReturn,
  budgetKpiMeasured,
  budgetChannelDeclared,
  budgetGoalFunded,
  // compliance
  privacyComplianceSection,
  jurisdictionNone,
  hipaaPatientConsent,
  hipaaDmPolicy,
  hipaaReviewResponsePolicy,
  hipaaVendorBaa,
  hipaaTrackingTechnologies,
  gdprPatientConsent,
  gdprLawfulBasis,
  gdprDpoContact,
  gdprProcessorAgreement,
  trackingConsent,
  confidentialityReviewReplies,
  ftcHealthDataSharing,
  consumerHealthConsent,
  consumerHealthGeofencing,
  consumerHealthPrivacyPolicy,
  endorsementDisclosure,
  endorsementTypicalResults,
  endorsementProhibitedPromotion,
  reviewsIncentives,
  reviewsSuppression,
  fdaRiskInformation,
  fdaOffLabel,
  fdaForm2253,
  fdaTrialRecruitment,
  pharmaPublicAdvertising,
  pharmaAdverseEvents,
  pharmaMlrReview,
  advertisingPlatformPolicy,
  privacyPhiInText,
  // content
  contentSection,
  contentPillarsVoice,
  contentMix,
  contentSelfPromotion,
  contentSourcesPolicy,
  contentPlainLanguage,
  contentRepurposing,
  contentAccessibleMedia,
  calendarCoverage,
  calendarInPeriod,
  calendarDeclaredChannel,
  calendarEntryType,
  calendarCadence,
  calendarMedicationAdvice,
  // engagement
  engagementSection,
  engagementListening,
  engagementResponseTime,
  engagementEscalation,
  engagementModeration,
  engagementCrisisPlan,
  engagementMedicalDisclaimer,
  // measurement
  measurementSection,
  measurementReviewCadence,
  measurementGoalKpis,
  measurementKpiSources,
  measurementEngagementDenominator,
  // governance
  governanceSection,
  governanceWhy,
  governanceLeadership,
  governanceCapacity,
  governanceComplianceApproval,
];

/**
 * Old rule ids and the ids that replaced them (rules are organised by obligation, with the law
 * named in the finding). Configurations, suppression comments and baselines that name an old id
 * keep working: src/config maps it to the new one.
 */
export const RULE_ALIASES: Readonly<Record<string, string>> = {
  'ftc/endorsement-disclosure': 'endorsement/disclosure',
  'mhmda/consent': 'consumer-health/consent',
  'mhmda/geofencing': 'consumer-health/geofencing',
};

/** The current id of a rule id (an old id is mapped to its replacement; others are returned as they are). */
export function canonicalRuleId(id: string): string {
  return Object.hasOwn(RULE_ALIASES, id) ? RULE_ALIASES[id] : id;
}

/** Repository-relative path of a rule's documentation page. */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/**
 * Where a user can open a rule's page: a URL when package.json declares a `repository` (GitHub,
 * GitLab or Bitbucket) or a `homepage`, else the repository-relative path (`strategy-lint explain
 * RULE` prints the page either way). `links` defaults to the installed package's own.
 */
export function docsLink(ruleId: string, links: PackageLinks | undefined = packageLinks()): string {
  const base = docsBase(links);
  return base ? `${base}/${docsPath(ruleId)}` : docsPath(ruleId);
}
