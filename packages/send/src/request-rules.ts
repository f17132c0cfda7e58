/**
 * Rules for the parts of a request that are not messages (those are `@linejsx/schema`'s): IDs,
 * aggregation units, narrowcast limits, webhook URLs. The client checks them before sending and
 * the emulator with the same functions, so both refuse the same things with the same words.
 */
import { LIMITS, urlProblem, type ValidationIssue } from '@linejsx/schema';
import { CHAT_ID, USER_ID } from './ids.ts';

function isId(id: unknown, pattern: RegExp): boolean {
  return typeof id === 'string' && pattern.test(id);
}

function notAnId(id: unknown, what: string, path: string): ValidationIssue {
  return { path, code: 'invalid_format', message: `${JSON.stringify(id)} is not ${what}` };
}

/**
 * `to` of a push: a user, group or room ID.
 *
 * @example
 * chatIdIssues('Uxyz')[0].message; // '"Uxyz" is not a user, group or room ID (U, C or R and 32 hex digits)'
 */
export function chatIdIssues(to: unknown): ValidationIssue[] {
  return isId(to, CHAT_ID) ? [] : [notAnId(to, 'a user, group or room ID (U, C or R and 32 hex digits)', 'to')];
}

/**
 * `to` of a multicast: user IDs only; paths `to[i]`.
 *
 * @example
 * userIdIssues(['U4af4980629…', 'Ca56f94637c…']).map((i) => i.path); // ['to[1]']
 */
export function userIdIssues(ids: readonly unknown[]): ValidationIssue[] {
  // A multicast may list 100,000 IDs: nothing is allocated for the valid ones.
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (!isId(ids[i], USER_ID)) issues.push(notAnId(ids[i], 'a user ID (U and 32 hex digits)', `to[${i}]`));
  }
  return issues;
}

/**
 * `customAggregationUnits` of a push or multicast: at most one name of 1 to 30 letters, digits or
 * underscores (`S:MulticastRequest.customAggregationUnits`).
 *
 * @example
 * aggregationUnitIssues(['spring-sale'])[0].path; // 'customAggregationUnits[0]'
 */
export function aggregationUnitIssues(units: unknown): ValidationIssue[] {
  if (units === undefined) return [];
  if (!Array.isArray(units)) return [{ path: 'customAggregationUnits', code: 'invalid_type', message: 'customAggregationUnits must be an array' }];
  if (units.length > 1) return [{ path: 'customAggregationUnits', code: 'too_many', message: `${units.length} aggregation units; LINE allows at most 1` }];
  return units.flatMap((unit, i) =>
    typeof unit === 'string' && /^[a-zA-Z0-9_]{1,30}$/.test(unit)
      ? []
      : [{ path: `customAggregationUnits[${i}]`, code: 'invalid_format' as const, message: `${JSON.stringify(unit)} is not a unit name: 1 to 30 letters, digits or underscores` }],
  );
}

/**
 * `limit` of a narrowcast (`S:Limit`, `R#send-narrowcast-limit`): `max` at least 1, and
 * `forbidPartialDelivery` only together with `upToRemainingQuota`.
 *
 * @example
 * narrowcastLimitIssues({ forbidPartialDelivery: true })[0].path; // 'limit.forbidPartialDelivery'
 */
export function narrowcastLimitIssues(limit: unknown): ValidationIssue[] {
  if (limit === undefined) return [];
  if (typeof limit !== 'object' || limit === null) return [{ path: 'limit', code: 'invalid_type', message: 'limit must be an object' }];
  const { max, upToRemainingQuota, forbidPartialDelivery } = limit as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (max !== undefined && !(Number.isInteger(max) && (max as number) >= 1)) {
    issues.push({ path: 'limit.max', code: 'out_of_range', message: `max must be a whole number of at least 1; got ${JSON.stringify(max)}` });
  }
  if (forbidPartialDelivery === true && upToRemainingQuota !== true) {
    issues.push({ path: 'limit.forbidPartialDelivery', code: 'invalid_combination', message: 'forbidPartialDelivery can be true only when upToRemainingQuota is true' });
  }
  return issues;
}

/**
 * A webhook endpoint URL: HTTPS, at most 500 characters (`S:SetWebhookEndpointRequest`).
 *
 * @example
 * webhookEndpointIssues('http://bot.example.com/cb')[0].message; // '"http://bot.example.com/cb" must be an https URL'
 */
export function webhookEndpointIssues(endpoint: unknown): ValidationIssue[] {
  const path = 'endpoint';
  if (typeof endpoint !== 'string') return [{ path, code: 'invalid_type', message: 'endpoint must be a string' }];
  const limit = LIMITS.webhookEndpoint;
  if (endpoint.length > limit.max) {
    return [{ path, code: 'too_long', limit: 'webhookEndpoint', message: `endpoint is ${endpoint.length} characters; LINE allows at most ${limit.max}` }];
  }
  const problem = urlProblem(endpoint, ['https']);
  return problem ? [{ path, code: 'invalid_format', message: problem }] : [];
}
