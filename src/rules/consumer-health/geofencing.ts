import type { RuleFinding } from '../../types.js';
import { LAW_TERMS, showTerm, together } from '../../knowledge/law-terms.js';
import { defineRule, finding, items, pointer, quote, sev, words } from '../helpers.js';
import { chdApplies, chdBlock, chdSkipReason, statesInReach } from './helpers.js';
import { thousands } from '../../util/text.js';

/** A cheap test before the word lists: words of a fence or a radius in one of the languages. */
const MENTIONS_FENCE =
  /geo|fenc|radi|rayon|raz[aă]|staket|valla|cerca|perimet|p[eé]rim[eè]tre|within|inom|\b(?:ft|feet|foot|yards?|m|meters?|metres?|km|miles?)\b/i;

/** The radius a text gives, in feet ("1,000 ft", "800 ft radius", "300 m"), or undefined. */
function radiusFeet(text: string): number | undefined {
  const m = /(\d{1,3}(?:[,.\s]\d{3})*|\d+)\s*(ft|feet|foot|yards?|yd|m|meters?|metres?|km|miles?|mi)\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1].replace(/[,.\s]/g, ''));
  const unit = m[2].toLowerCase();
  const f = unit.startsWith('f') ? 1 : unit.startsWith('y') ? 3 : unit === 'km' ? 3280.84 : unit.startsWith('mi') ? 5280 : 3.28084;
  return Number.isFinite(n) ? Math.round(n * f) : undefined;
}

export const rule = defineRule({
  meta: {
    id: 'consumer-health/geofencing',
    category: 'compliance',
    severity: 'critical',
    description:
      'A plan that reaches Washington, Nevada or Connecticut residents runs no geofenced ads or tracking around care sites, whatever its fields say: budget lines and posts that describe a geofence near clinics are read too.',
    rationale:
      'Washington forbids any person to geofence within 2,000 feet of a site that provides in-person health care to identify or track consumers, collect their data, or send them notifications or ads (RCW 19.373.080, in force since 23 July 2023); Nevada forbids it within 1,750 feet of a health care provider or facility (SB 370, since 31 March 2024); Connecticut within 1,750 feet of a mental health or reproductive or sexual health facility (Public Act 23-56, since 1 July 2023). ' +
      "The bans apply to everyone, HIPAA covered entities included, and a geofence around a competitor's urgent care is still a geofence around a care site. " +
      'It stops publication (critical). Location-targeted promotion is paid media the source articles recommend in general ("Click, Like, Retweet: Healthcare Reputation Online", content promotion); near care sites it is unlawful in these states.',
    source:
      'RCW 19.373.080, as of 2024-03-31; Nevada SB 370 (2023), NRS 603A.400 et seq., as of 2024-03-31; Connecticut Public Act 23-56, as of 2023-07-01; "Click, Like, Retweet: Healthcare Reputation Online", section on content promotion',
    fix: 'Drop geofences around care sites (or keep every fence beyond 2,000 feet of them) and set `compliance.consumer_health_data.geofencing: none` or `away-from-care-sites`.',
    laws: ['rcw-19-373', 'nv-sb-370', 'ct-pa-23-56'],
    examples: {
      fail: 'organization: {jurisdictions: [US, US-WA]}\nbudget:\n  lines:\n    - item: Geofenced mobile ads within 500 ft of urgent care clinics\n      amount: 9000',
      pass: 'organization: {jurisdictions: [US, US-WA]}\ncompliance:\n  consumer_health_data:\n    geofencing: none',
    },
  },
  notApplicable: (plan, ctx) => chdSkipReason(plan, ctx, true),
  appliesBecause: (plan, ctx) => chdApplies(plan, ctx, true),
  check(plan, ctx) {
    const out: RuleFinding[] = [];
    const reach = statesInReach(plan, ctx, true);
    const named = reach.filter((r) => r.reach === 'named');
    const laws = (named.length > 0 ? named : reach).map((r) => r.law);
    const limit = Math.max(...laws.map((l) => l.geofenceFeet));
    const cites = laws.map((l) => `${thousands(l.geofenceFeet)} feet in ${l.name.replace(/'s .*$/, '')}, ${l.cite.geofence}`).join('; ');
    const severity = named.length > 0 ? 'critical' : 'error';
    const { data, at } = chdBlock(plan);
    const negators = words(ctx).negators;
    const texts: [string, string][] = [
      ...items(plan.budget?.lines).map(([l, i]): [string, string] => [pointer('budget', 'lines', i, 'item'), String(l.item ?? '')]),
      ...items(plan.content?.calendar).flatMap(([e, i]): [string, string][] => [
        [pointer('content', 'calendar', i, 'topic'), String(e.topic ?? '')],
        [pointer('content', 'calendar', i, 'copy'), String(e.copy ?? '')],
      ]),
    ];
    let textFound = false;
    for (const [ptr, text] of texts) {
      if (!MENTIONS_FENCE.test(text)) continue;
      const hit = together(text, LAW_TERMS.geofence, LAW_TERMS.careSite, negators);
      if (!hit) continue;
      const feet = radiusFeet(text);
      if (feet !== undefined && feet > limit) continue;
      textFound = true;
      const contradicts =
        data.geofencing === 'none' || data.geofencing === 'away-from-care-sites'
          ? ` although ${at.replace('/compliance/', 'compliance.')}.geofencing says ${quote(data.geofencing)}`
          : '';
      out.push(
        finding(
          ptr,
          `this describes a geofence (${quote(showTerm(hit.a))}) around care sites (${quote(showTerm(hit.b))})${feet !== undefined ? ` of about ${thousands(feet)} feet` : ''}${contradicts}: geofencing around health care sites is forbidden (${cites})`,
          {
            severity,
            hint: 'Remove the geofence, or target by city or ZIP code without fences around care sites.',
          },
        ),
      );
    }
    if (data.geofencing === 'near-care-sites' && !textFound) {
      out.push(finding(`${at}/geofencing`, `the plan geofences near care sites; that is forbidden (${cites})`, { severity }));
    } else if (data.geofencing === undefined && !textFound && named.length > 0) {
      out.push(
        finding(
          `${at}/geofencing`,
          `the plan reaches ${named.map((r) => r.law.code).join(', ')} but does not say whether it geofences ads or tracking near care sites (geofencing)`,
          sev('info'),
        ),
      );
    }
    return out;
  },
});
