// Helpers of the audience/ rules only.
import type { Channel, Plan } from '../../types.js';
import { items, strings } from '../helpers.js';

/** Channels (with their index) that list the audience id. */
export function channelsReaching(plan: Plan, audienceId: string): [Channel, number][] {
  return items(plan.channels).filter(([c]) => strings(c.audiences).includes(audienceId));
}
