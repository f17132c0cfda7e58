/**
 * Who a narrowcast reaches: every follower, or the first `limit.max`. Computed once, when the
 * narrowcast is accepted, so that the quota check and the delivery agree on the number.
 */
import type { World } from './world.ts';

export function narrowcastTargets(world: World, body: Readonly<Record<string, unknown>>): readonly string[] {
  const max = (body.limit as { max?: number } | undefined)?.max;
  return max === undefined ? world.followers : world.followers.slice(0, max);
}
