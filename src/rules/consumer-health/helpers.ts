// Helpers of the consumer-health/ rules only: which US state consumer health data laws
// (Washington RCW 19.373, Nevada SB 370, Connecticut Public Act 23-56) reach the plan's audiences,
// and where the plan records how it meets them.
import type { ConsumerHealthData, Plan, RuleContext } from '../../types.js';
import type { ConsumerHealthLaw } from '../../knowledge/regulations.js';
import { stateLawScope } from '../../knowledge/applicability.js';
import { dataFlows } from '../../knowledge/data-flows.js';
import { regulations, scope } from '../helpers.js';

export interface StateReach {
  law: ConsumerHealthLaw;
  /** The plan names the state, or reaches it through a nationwide US audience. */
  reach: 'named' | 'nationwide';
  because: string;
}

/**
 * The state laws that reach the plan. `geofence`: the geofencing bans apply to any person, so
 * Nevada's exemption of entities subject to HIPAA does not remove it.
 */
export function statesInReach(plan: Plan, ctx: RuleContext, geofence = false): StateReach[] {
  const s = scope(plan, ctx);
  const out: StateReach[] = [];
  for (const law of regulations(ctx).consumerHealth.laws) {
    const r = stateLawScope(s, law);
    if (r.reach === 'none') continue;
    if (!geofence && law.hipaaEntitiesExempt && s.hipaa.applies) continue;
    out.push({ law, reach: r.reach, because: r.because });
  }
  return out;
}

/** Why no state consumer health data law reaches the plan, or undefined. */
export function chdSkipReason(plan: Plan, ctx: RuleContext, geofence = false): string | undefined {
  if (statesInReach(plan, ctx, geofence).length > 0) return undefined;
  const s = scope(plan, ctx);
  const laws = regulations(ctx).consumerHealth.laws;
  const exempt = laws.filter((l) => stateLawScope(s, l).reach !== 'none');
  if (exempt.length > 0) return `${exempt.map((l) => l.name).join(', ')} exempts entities subject to HIPAA (${s.hipaa.because}), except for its geofencing ban`;
  return `the Washington, Nevada and Connecticut consumer health data laws protect those states' residents; ${stateLawScope(s, laws[0]).because}`;
}

/** "Washington's My Health My Data Act applies: …; Nevada's …" for appliesBecause. */
export function chdApplies(plan: Plan, ctx: RuleContext, geofence = false): string | undefined {
  const list = statesInReach(plan, ctx, geofence);
  return list.length === 0 ? undefined : list.map((r) => `${r.law.name} applies: ${r.because}`).join('; ');
}

/** The plan's consumer-health block: `consumer_health_data`, or the older `washington_mhmda`. */
export function chdBlock(plan: Plan): { data: ConsumerHealthData; at: string; present: boolean } {
  const c = plan.compliance;
  if (c?.consumer_health_data && typeof c.consumer_health_data === 'object')
    return { data: c.consumer_health_data, at: '/compliance/consumer_health_data', present: true };
  if (c?.washington_mhmda && typeof c.washington_mhmda === 'object') return { data: c.washington_mhmda, at: '/compliance/washington_mhmda', present: true };
  return { data: {}, at: '/compliance/consumer_health_data', present: false };
}

/** What shows the plan collects consumer health data: tracking, vendors receiving health data; undefined when nothing does. */
export function collectsHealthData(plan: Plan, ctx: RuleContext): string | undefined {
  const flows = dataFlows(plan, regulations(ctx).vendors.list);
  const tracking = flows.find((f) => f.tracking);
  if (tracking) return `it runs tracking (${tracking.vendors[0]?.name ?? 'a tracking technology'})`;
  // A nationwide audience is prompted for tracking; a vendor with health data counts where the plan names the state.
  const named = statesInReach(plan, ctx).some((r) => r.reach === 'named');
  const health = flows.find((f) => f.health !== undefined);
  if (health && named) return 'a vendor receives health data';
  const t = plan.compliance?.hipaa?.tracking_technologies;
  if (t === 'with-baa' || t === 'without-baa') return 'it runs tracking technologies (compliance.hipaa.tracking_technologies)';
  return undefined;
}

/** "Washington, Nevada and Connecticut" for a list of reaches. */
export function stateNames(list: StateReach[]): string {
  const names = list.map((r) => r.law.name.replace(/'s .*$/, ''));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
