// Which laws a plan falls under, and why: derived from the organisation (a HIPAA covered entity
// or not, a business associate, a drug or device manufacturer, what it offers) and from where it
// operates and where its audiences are (`organization.jurisdictions` and
// `organization.audience_locations`, ISO codes or US state names), not from a jurisdiction list
// alone. Each verdict carries a reason a reader can check ("not a HIPAA covered entity, offers a
// health app"); rules return it as their not-applicable reason or their `appliesBecause`.
// Pure functions of the plan and the regulatory data; one scope per plan (memoised).
import type { Plan } from '../types.js';
import type { ConsumerHealthLaw, Regulations } from './regulations.js';

/** Whether a law applies, and the reason in words. */
export interface Verdict {
  applies: boolean;
  because: string;
}

/** Where a plan runs and who it is, as the laws see it. */
export interface PlanScope {
  /** `organization.jurisdictions`, upper-cased: where the organisation operates. */
  operates: string[];
  /** Where its audiences are: `organization.audience_locations` resolved to codes, else `operates`. */
  audiences: string[];
  /** Every code of either list. */
  all: Set<string>;
  /** The US is in either list. */
  us: boolean;
  /** The US is where the organisation operates. */
  usOperates: boolean;
  /** A US audience with no state named: it reaches every state's residents. */
  usNationwide: boolean;
  /** EU/EEA codes of either list; `euOperates` those where it operates. */
  eu: string[];
  euOperates: string[];
  /** The United Kingdom is in either list. */
  uk: boolean;
  /** HIPAA: applies to covered entities and business associates. */
  hipaa: Verdict;
  /** HIPAA status set explicitly (covered_entity or business_associate true). */
  hipaaDeclared: boolean;
  /** FTC Act s.5 on health data, for a US organisation outside HIPAA. */
  ftcHealth: Verdict;
  /** FTC Health Breach Notification Rule (16 CFR 318): outside HIPAA and offers a health app or device. */
  hbnr: Verdict;
  /** A prescription-drug or device manufacturer (organization.type or offers). */
  manufacturer?: 'pharma' | 'medtech';
  /** What the organisation offers: organization.offers, plus what its type implies. */
  offers: Set<string>;
}

/** US state and territory names (lower case) to ISO 3166-2 codes, for audience_locations written out. */
const US_STATES: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'washington state': 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
};
/** Country names a plan may write instead of a code. */
const COUNTRIES: Record<string, string> = {
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  france: 'FR',
  sweden: 'SE',
  sverige: 'SE',
  romania: 'RO',
  românia: 'RO',
  spain: 'ES',
  españa: 'ES',
  germany: 'DE',
  netherlands: 'NL',
  'european union': 'EU',
};

/** A location as a plan writes it (`US-WA`, `us`, `Washington`, `Nevada`, `France`) as a code, or undefined. */
export function locationCode(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  if (/^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,3})?$/.test(s)) return s.toUpperCase();
  const key = s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(?:the )?state of /, '');
  if (Object.hasOwn(US_STATES, key)) return `US-${US_STATES[key]}`;
  if (Object.hasOwn(COUNTRIES, key)) return COUNTRIES[key];
  return undefined;
}

const list = (codes: string[]) => (codes.length === 0 ? 'no jurisdiction' : `${codes.slice(0, 6).join(', ')}${codes.length > 6 ? ', …' : ''}`);

const memo = new WeakMap<object, { regs: object; scope: PlanScope }>();

/**
 * The scope of a plan. `regs` is the regulatory data in force; `key` identifies it for the memo
 * (the knowledge base: regulations(ctx) makes a new object per call).
 */
export function planScope(plan: Plan, regs: Regulations, key: object = regs): PlanScope {
  const hit = memo.get(plan);
  if (hit && hit.regs === key) return hit.scope;
  const scope = computeScope(plan, regs);
  memo.set(plan, { regs: key, scope });
  return scope;
}

function computeScope(plan: Plan, regs: Regulations): PlanScope {
  const org = plan.organization ?? {};
  const operates = (Array.isArray(org.jurisdictions) ? org.jurisdictions : []).map(locationCode).filter((c): c is string => c !== undefined);
  const named = (Array.isArray(org.audience_locations) ? org.audience_locations : []).map(locationCode).filter((c): c is string => c !== undefined);
  const audiences = named.length > 0 ? named : operates;
  const all = new Set([...operates, ...audiences]);
  const isUs = (c: string) => c === regs.us.code || c.startsWith(regs.us.subdivisionPrefix);
  const us = [...all].some(isUs);
  const usOperates = operates.some(isUs);
  const usNationwide = audiences.includes(regs.us.code) && !audiences.some((c) => c.startsWith(regs.us.subdivisionPrefix));
  const euSet = new Set(regs.euEea.codes);
  const eu = [...all].filter((c) => euSet.has(c.split('-')[0]));
  const euOperates = operates.filter((c) => euSet.has(c.split('-')[0]));
  const ukSet = new Set(regs.uk?.codes ?? ['GB', 'UK']);
  const uk = [...all].some((c) => ukSet.has(c.split('-')[0]));

  const type = typeof org.type === 'string' ? org.type : undefined;
  const offers = new Set((Array.isArray(org.offers) ? org.offers : []).filter((o): o is string => typeof o === 'string'));
  const pharma = type !== undefined && regs.fda.organizationTypes.includes(type);
  const medtech = type !== undefined && (regs.fda.deviceTypes ?? ['medtech']).includes(type);
  if (pharma) offers.add('prescription-drugs');
  if (medtech) offers.add('medical-devices');
  if (type === 'telehealth') offers.add('telehealth');
  const manufacturer = pharma
    ? 'pharma'
    : medtech
      ? 'medtech'
      : offers.has('prescription-drugs')
        ? 'pharma'
        : offers.has('medical-devices')
          ? 'medtech'
          : undefined;

  // HIPAA binds covered entities (providers that bill electronically, health plans,
  // clearinghouses) and their business associates.
  const hipaaDeclared = org.covered_entity === true || org.business_associate === true;
  let hipaa: Verdict;
  if (org.covered_entity === true) hipaa = { applies: true, because: 'a HIPAA covered entity (organization.covered_entity is true)' };
  else if (org.business_associate === true)
    hipaa = { applies: true, because: 'a business associate, bound through its BAAs (organization.business_associate is true)' };
  else if (org.covered_entity === false)
    hipaa = { applies: false, because: 'HIPAA binds covered entities and their business associates; organization.covered_entity is false' };
  else if (pharma || medtech) {
    hipaa = {
      applies: false,
      because: `a ${pharma ? 'drug' : 'device'} manufacturer (organization.type: ${type}) is not a HIPAA covered entity; set organization.covered_entity: true if it also provides or bills for care`,
    };
  } else if (usOperates && type !== undefined && regs.hipaaPresumed.organizationTypes.includes(type)) {
    hipaa = { applies: true, because: `a US ${type} is presumed a HIPAA covered entity (organization.covered_entity is not set)` };
  } else if (usOperates) hipaa = { applies: true, because: 'the plan is for the US and does not set organization.covered_entity' };
  else
    hipaa = { applies: false, because: `HIPAA applies to US covered entities; this plan names ${list(operates)} and does not set organization.covered_entity` };

  // The FTC Act reaches every business that markets to US consumers; for health data outside
  // HIPAA it is the federal law (with the Health Breach Notification Rule for health apps).
  let ftcHealth: Verdict;
  if (!us) ftcHealth = { applies: false, because: `the FTC rules on health data protect US consumers; this plan names ${list([...all])}` };
  else if (hipaa.applies)
    ftcHealth = {
      applies: false,
      because: `HIPAA governs this organisation's health data (${hipaa.because}); the FTC rules on health data cover organisations outside HIPAA`,
    };
  else ftcHealth = { applies: true, because: `a US organisation outside HIPAA (${hipaa.because})` };

  let hbnr: Verdict;
  const app = healthApp(plan, offers);
  if (!ftcHealth.applies) hbnr = { applies: false, because: ftcHealth.because };
  else if (app) hbnr = { applies: true, because: `not a HIPAA covered entity, offers ${app}` };
  else
    hbnr = {
      applies: false,
      because:
        'the Health Breach Notification Rule covers health apps and connected devices (vendors of personal health records); the plan names none (organization.offers)',
    };

  return { operates, audiences, all, us, usOperates, usNationwide, eu, euOperates, uk, hipaa, hipaaDeclared, ftcHealth, hbnr, manufacturer, offers };
}

/** "a health app (organization.offers)" / "an app (the plan's why)" / undefined. */
function healthApp(plan: Plan, offers: Set<string>): string | undefined {
  if (offers.has('health-app')) return 'a health app (organization.offers)';
  if (offers.has('connected-device')) return 'a connected health device (organization.offers)';
  const why = typeof plan.why === 'string' ? plan.why : '';
  if (/\b(?:apps?|app-based|mobile application)\b/i.test(why) || /\bapp\b/i.test(plan.organization?.name ?? ''))
    return "an app (as the plan's `why` describes it)";
  const tracking = Array.isArray(plan.compliance?.tracking) ? plan.compliance!.tracking! : [];
  if (tracking.some((t) => t && (t.technology === 'sdk' || (Array.isArray(t.pages) && t.pages.includes('app')))))
    return 'an app (compliance.tracking names an SDK or app pages)';
  const vendors = Array.isArray(plan.compliance?.vendors) ? plan.compliance!.vendors! : [];
  if (vendors.some((v) => v && typeof v.name === 'string' && /\b(?:sdk|in-app)\b/i.test(v.name))) return 'an app (a vendor receives events from its SDK)';
  return undefined;
}

/** Whether a US state's consumer health data law protects the plan's audiences: yes, as part of a nationwide audience, or no. */
export function stateLawScope(scope: PlanScope, law: ConsumerHealthLaw): { reach: 'named' | 'nationwide' | 'none'; because: string } {
  if (scope.all.has(law.code)) {
    const how = scope.operates.includes(law.code) ? `the plan names ${law.code}` : `its audiences include ${law.code} (organization.audience_locations)`;
    return { reach: 'named', because: `${law.name} protects that state's residents wherever the organisation is; ${how}` };
  }
  if (scope.usNationwide) {
    return {
      reach: 'nationwide',
      because: `${law.name} protects that state's residents wherever the organisation is; the plan's US audience is nationwide (it names US and no state)`,
    };
  }
  const states = scope.audiences.filter((c) => c.startsWith('US-'));
  return { reach: 'none', because: scope.us ? `its US audiences are in ${list(states)}` : `the plan names no US audience (${list([...scope.all])})` };
}

/** The GDPR (EU/EEA) or the UK GDPR: whether either applies and why. */
export function gdprScope(scope: PlanScope): Verdict & { law: string } {
  if (scope.euOperates.length > 0) return { applies: true, law: 'GDPR', because: `the organisation operates in ${list(scope.euOperates)} (GDPR Art. 3(1))` };
  if (scope.eu.length > 0)
    return { applies: true, law: 'GDPR', because: `its audiences are in ${list(scope.eu)} (GDPR Art. 3(2): offering services to people in the EU)` };
  if (scope.uk) return { applies: true, law: 'UK GDPR', because: 'the plan names the United Kingdom (UK GDPR)' };
  return {
    applies: false,
    law: 'GDPR',
    because: `the GDPR applies to plans for EU/EEA countries and the UK GDPR to the United Kingdom; this plan names ${list([...scope.all])}`,
  };
}
