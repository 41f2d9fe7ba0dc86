// The list of rules. Nothing but this file imports a rule module (test/rules/layout.test.ts checks
// it); the engine reads RULES. A rule `family/name` lives in src/rules/<family>/<name>.ts, is
// tested in test/rules/<family>.test.ts and documented in docs/rules/<family>/<name>.md.
import type { CategoryId, Rule } from '../types.js';
// smart/
import { rule as smartAchievable } from './smart/achievable.js';
import { rule as smartGoalCount } from './smart/goal-count.js';
import { rule as smartGoalIds } from './smart/goal-ids.js';
import { rule as smartMeasurable } from './smart/measurable.js';
import { rule as smartPlanPeriod } from './smart/plan-period.js';
import { rule as smartRelevant } from './smart/relevant.js';
import { rule as smartSpecific } from './smart/specific.js';
import { rule as smartTimeBound } from './smart/time-bound.js';
// audience/
import { rule as audienceActiveHours } from './audience/active-hours.js';
import { rule as audienceInsightSources } from './audience/insight-sources.js';
import { rule as audienceMinimumAge } from './audience/minimum-age.js';
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
// ftc/
import { rule as ftcEndorsementDisclosure } from './ftc/endorsement-disclosure.js';
// fda/
import { rule as fdaRiskInformation } from './fda/risk-information.js';
// mhmda/
import { rule as mhmdaConsent } from './mhmda/consent.js';
import { rule as mhmdaGeofencing } from './mhmda/geofencing.js';
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
  mhmda: 'compliance',
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
  smartTimeBound,
  smartPlanPeriod,
  // audience-fit
  channelAudience,
  channelKnownIds,
  audienceReached,
  audiencePlatformReach,
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
  ftcEndorsementDisclosure,
  fdaRiskInformation,
  mhmdaConsent,
  mhmdaGeofencing,
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

/** Repository-relative path of a rule's documentation page. */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}
