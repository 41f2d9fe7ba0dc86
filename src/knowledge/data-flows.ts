// Where a plan's data goes, read from `compliance.tracking[]` (structured) and from the vendor
// lines of `compliance.vendors[]` (whose names often say "Meta Pixel on the appointment pages"):
// one DataFlow per entry, with the vendor it names (vendors.ts), whether it is a tracking
// technology or an ad platform, where it runs (pages where people are identified or enter their
// details, or public pages only), whether it carries health data, and the agreement and consent it
// runs under. The HIPAA, FTC, state consumer-health, ePrivacy and GDPR rules all judge these flows,
// each under its own law. Pure functions of the plan and the vendor data.
import type { Plan } from '../types.js';
import { LAW_TERMS, affirmed, showTerm } from './law-terms.js';
import { vendorsIn, type VendorFact } from './vendors.js';

export interface DataFlow {
  from: 'tracking' | 'vendor';
  index: number;
  /** Pointer of the entry, and of the field that names the vendor. */
  at: string;
  nameAt: string;
  /** The vendor's name as the plan writes it (for messages: quote() it). */
  label: string;
  /** Known vendors it names. */
  vendors: VendorFact[];
  /** A tracking technology (pixel, SDK, analytics, tag, session replay, call tracking). */
  tracking: boolean;
  /** Sends data to an advertising platform. */
  adPlatform: boolean;
  /** Runs where people are identified or enter their details (portal, booking, forms, app); the term or page kind that says so. */
  identified?: string;
  /** Runs only on public information pages (the term or page kind). */
  publicOnly?: string;
  /** Carries health data; the reason (a term from our lists or the field that says so). */
  health?: string;
  /** A BAA is recorded (agreement baa / baa-and-dpa, or baa: true), not recorded, or recorded as absent. */
  baa: 'yes' | 'no' | 'unknown';
  /** A GDPR Art. 28 data processing agreement is recorded, recorded as absent, or unknown. */
  dpa: 'yes' | 'no' | 'unknown';
  /** Pointer of the agreement field (`agreement`, or `baa` when only that is set). */
  agreementAt: string;
  /** The consent it runs under: from the field, or `prior-opt-in` when the text says so. */
  consent?: string;
  consentAt: string;
  /** `handles_phi` of a vendor line. */
  handlesPhi?: boolean;
}

const TRACKING_TECH = new Set([
  'pixel',
  'sdk',
  'conversions-api',
  'analytics',
  'tag-manager',
  'server-side-tag',
  'session-replay',
  'chat-widget',
  'call-tracking',
]);
const IDENTIFIED_PAGES = new Set(['scheduling', 'portal', 'app', 'symptom-checker', 'patient-forms', 'payment', 'telehealth']);
const PUBLIC_PAGES = new Set(['public-info', 'condition-info']);
/** Words of a vendor line that make it a tracking technology. */
const TRACKING_WORDS =
  /\b(?:pixel|sdk|tag|tags|tagging|analytics|conversions? api|events? api|capi|ga4|tracking|tracker|cookies?|insight tag|session replay|heat ?maps?)\b/i;
const SITE_WIDE = /\b(?:site[- ]wide|all pages|every page|whole site|entire site)\b/i;

const agreementOf = (agreement: unknown, baa: unknown) => ({
  baa:
    agreement === 'baa' || agreement === 'baa-and-dpa' || baa === true
      ? ('yes' as const)
      : agreement === 'none' || agreement === 'dpa' || baa === false
        ? ('no' as const)
        : ('unknown' as const),
  dpa: agreement === 'dpa' || agreement === 'baa-and-dpa' ? ('yes' as const) : agreement === 'none' ? ('no' as const) : ('unknown' as const),
});

const flowMemo = new WeakMap<object, DataFlow[]>();
const show = (t: string | undefined) => (t === undefined ? undefined : showTerm(t));

/** Every data flow of the plan (tracking entries first, then vendor lines). */
export function dataFlows(plan: Plan, vendorList: readonly VendorFact[]): DataFlow[] {
  const c = plan.compliance;
  if (!c || typeof c !== 'object') return [];
  const hit = flowMemo.get(c);
  if (hit) return hit;
  const out: DataFlow[] = [];
  (Array.isArray(c.tracking) ? c.tracking : []).forEach((t, i) => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return;
    const at = `/compliance/tracking/${i}`;
    const vendor = typeof t.vendor === 'string' ? t.vendor : '';
    const data = (Array.isArray(t.data) ? t.data : []).filter((d): d is string => typeof d === 'string');
    const pages = (Array.isArray(t.pages) ? t.pages : []).filter((p): p is string => typeof p === 'string');
    const vendors = vendorsIn(vendor, vendorList);
    const identified = pages.find((p) => IDENTIFIED_PAGES.has(p));
    const publicOnly = pages.length > 0 && pages.every((p) => PUBLIC_PAGES.has(p)) ? pages.join(', ') : undefined;
    const healthTerm = show(affirmed(data.join('; '), LAW_TERMS.healthEvents)[0]?.term);
    const health = healthTerm
      ? `it sends ${healthTerm}`
      : data.includes('health-events')
        ? 'it sends health events'
        : identified
          ? `it runs on ${identified} pages`
          : undefined;
    out.push({
      from: 'tracking',
      index: i,
      at,
      nameAt: `${at}/vendor`,
      label: vendor || `tracking entry ${i + 1}`,
      vendors,
      tracking: true,
      adPlatform: vendors.some((v) => v.adPlatform) || t.technology === 'conversions-api',
      identified: identified ? `${identified} pages` : undefined,
      publicOnly,
      health,
      ...agreementOf(t.agreement, undefined),
      agreementAt: `${at}/agreement`,
      consent: typeof t.consent === 'string' ? t.consent : undefined,
      consentAt: `${at}/consent`,
    });
    if (typeof t.technology === 'string' && !TRACKING_TECH.has(t.technology) && vendors.length === 0) out[out.length - 1].tracking = t.technology !== 'other';
  });
  (Array.isArray(c.vendors) ? c.vendors : []).forEach((v, i) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const at = `/compliance/vendors/${i}`;
    const name = typeof v.name === 'string' ? v.name : '';
    const vendors = vendorsIn(name, vendorList);
    const tracking = TRACKING_WORDS.test(name) || vendors.some((x) => x.tracking && !x.adPlatform && x.id !== 'salesforce' && x.id !== 'birdeye');
    const identifiedTerm =
      show(affirmed(name, LAW_TERMS.identifiedPages)[0]?.term) ?? (SITE_WIDE.test(name) ? 'site-wide (booking and form pages included)' : undefined);
    const publicTerm = show(affirmed(name, LAW_TERMS.publicPages)[0]?.term);
    const healthTerm = show(affirmed(name, LAW_TERMS.healthEvents)[0]?.term);
    const consentTerm = affirmed(name, LAW_TERMS.trackerConsent)[0]?.term;
    const { baa, dpa } = agreementOf(v.agreement, v.baa);
    out.push({
      from: 'vendor',
      index: i,
      at,
      nameAt: `${at}/name`,
      label: name || `vendor ${i + 1}`,
      vendors,
      tracking,
      adPlatform: tracking && vendors.some((x) => x.adPlatform),
      identified: tracking && identifiedTerm ? identifiedTerm : undefined,
      publicOnly: tracking && publicTerm && !identifiedTerm ? publicTerm : undefined,
      health: healthTerm
        ? `its line names ${healthTerm}`
        : v.handles_phi === true
          ? 'handles_phi is true'
          : tracking && identifiedTerm
            ? `it runs on ${identifiedTerm} pages`
            : undefined,
      baa,
      dpa,
      agreementAt: v.agreement !== undefined ? `${at}/agreement` : v.baa !== undefined ? `${at}/baa` : `${at}/agreement`,
      consent: consentTerm ? 'prior-opt-in' : undefined,
      consentAt: at,
      handlesPhi: typeof v.handles_phi === 'boolean' ? v.handles_phi : undefined,
    });
  });
  flowMemo.set(c, out);
  return out;
}
