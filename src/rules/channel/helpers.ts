// Helpers of the channel/ rules only.
import type { Plan } from '../../types.js';
import { items } from '../helpers.js';

export function audienceIds(plan: Plan): Set<string> {
  return new Set(
    items(plan.audiences)
      .map(([a]) => a.id)
      .filter((id): id is string => typeof id === 'string'),
  );
}
