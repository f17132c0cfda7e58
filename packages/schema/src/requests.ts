/**
 * Rules for the parts of a request that are not messages: IDs, aggregation units, narrowcast
 * limits, webhook URLs. The client checks them before sending and the emulator with the same
 * functions, so both refuse the same things with the same words.
 */
import { richMenuAliasIdSchema } from './actions.ts';
import { CHAT_ID, USER_ID } from './ids.ts';
import { LineValidationError, type ValidationIssue } from './issues.ts';
import { LIMITS } from './limits.ts';
import { narrowcastFilterSchema, narrowcastRecipientSchema } from './narrowcast.ts';
import { urlProblem } from './rules.ts';
import { validateWith } from './validate.ts';

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

/** Throws a `LineValidationError` of `issues` about `subject`, if there are any: nothing is sent. */
export function refuse(issues: readonly ValidationIssue[], subject: string): void {
  if (issues.length > 0) throw new LineValidationError(issues, subject);
}

/**
 * `to` of a multicast (or another list of user IDs, named by `key`): user IDs only; paths `to[i]`.
 *
 * @example
 * userIdIssues(['U4af4980629…', 'Ca56f94637c…']).map((i) => i.path); // ['to[1]']
 */
export function userIdIssues(ids: readonly unknown[], key = 'to'): ValidationIssue[] {
  // A multicast may list 100,000 IDs: nothing is allocated for the valid ones.
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (!isId(ids[i], USER_ID)) issues.push(notAnId(ids[i], A_USER_ID, `${key}[${i}]`));
  }
  return issues;
}

/** LINE's cap on recipients per multicast request (`S:MulticastRequest.to`). */
export const MULTICAST_CHUNK = 500;

/**
 * `to` of one multicast request: an array of 1 to 500 user IDs.
 *
 * @example
 * multicastRecipientIssues([])[0].message; // 'to has 0 user IDs; LINE takes 1 to 500'
 */
export function multicastRecipientIssues(to: unknown): ValidationIssue[] {
  return userIdListIssues(to, 'to', MULTICAST_CHUNK);
}

/** An array of 1 to `max` user IDs under `key`. */
function userIdListIssues(ids: unknown, key: string, max: number): ValidationIssue[] {
  if (!Array.isArray(ids)) return [{ path: key, code: 'invalid_type', message: `${key} must be an array of user IDs` }];
  if (ids.length === 0 || ids.length > max)
    return [{ path: key, code: ids.length ? 'too_many' : 'too_few', message: `${key} has ${ids.length} user IDs; LINE takes 1 to ${max}` }];
  return userIdIssues(ids, key);
}

/**
 * One user ID, such as the `{userId}` of `/v2/bot/user/{userId}/richmenu`.
 *
 * @example
 * userIdParamIssues('Cxyz')[0].message; // '"Cxyz" is not a user ID (U and 32 hex digits)'
 */
export function userIdParamIssues(userId: unknown): ValidationIssue[] {
  return isId(userId, USER_ID) ? [] : [notAnId(userId, A_USER_ID, 'userId')];
}

const A_USER_ID = 'a user ID (U and 32 hex digits)';

/**
 * `userIds` of a bulk link or unlink of rich menus: 1 to 500 user IDs (`S:RichMenuBulkLinkRequest`).
 *
 * @example
 * bulkUserIdIssues([])[0].message; // 'userIds has 0 user IDs; LINE takes 1 to 500'
 */
export function bulkUserIdIssues(ids: unknown): ValidationIssue[] {
  return userIdListIssues(ids, 'userIds', BULK_USERS);
}

/** User IDs per bulk link or unlink request (`S:RichMenuBulkLinkRequest.userIds`). */
export const BULK_USERS = 500;

/**
 * A rich menu alias ID: 1 to 32 of `a-z 0-9 _ -` (`S:CreateRichMenuAliasRequest`), the rule the
 * schema applies to switch actions.
 *
 * @example
 * richMenuAliasIdIssues('Main Menu')[0].message; // 'richMenuAliasId "Main Menu" may only use lowercase letters, digits, "_" and "-"'
 */
export function richMenuAliasIdIssues(aliasId: unknown): ValidationIssue[] {
  return [...validateWith(richMenuAliasIdSchema, aliasId, 'richMenuAliasId').issues];
}

/**
 * A rich menu ID in a request: a non-empty string (LINE's are `richmenu-` and 32 hex digits, but
 * LINE does not document the form, so any other is left for LINE to answer 404).
 *
 * @example
 * richMenuIdIssues('')[0].message; // 'richMenuId must be a rich menu ID, not ""'
 */
export function richMenuIdIssues(id: unknown, path = 'richMenuId'): ValidationIssue[] {
  return typeof id === 'string' && id !== ''
    ? []
    : [
        {
          path,
          code: typeof id === 'string' ? 'too_short' : 'invalid_type',
          message: `richMenuId must be a rich menu ID, not ${JSON.stringify(id) ?? 'undefined'}`,
        },
      ];
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
  if (!Array.isArray(units))
    return [{ path: 'customAggregationUnits', code: 'invalid_type', message: 'customAggregationUnits must be an array' }];
  if (units.length > 1)
    return [
      {
        path: 'customAggregationUnits',
        code: 'too_many',
        message: `${units.length} aggregation units; LINE allows at most 1 aggregation unit`,
      },
    ];
  return units.flatMap((unit, i) =>
    typeof unit === 'string' && /^[a-zA-Z0-9_]{1,30}$/.test(unit)
      ? []
      : [
          {
            path: `customAggregationUnits[${i}]`,
            code: 'invalid_format' as const,
            message: `${JSON.stringify(unit)} is not a unit name: 1 to 30 letters, digits or underscores`,
          },
        ],
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
    issues.push({
      path: 'limit.max',
      code: 'out_of_range',
      message: `max must be a whole number of at least 1; got ${JSON.stringify(max)}`,
    });
  }
  if (forbidPartialDelivery === true && upToRemainingQuota !== true) {
    issues.push({
      path: 'limit.forbidPartialDelivery',
      code: 'invalid_combination',
      message: 'forbidPartialDelivery can be true only when upToRemainingQuota is true',
    });
  }
  return issues;
}

/** Follower IDs per page: LINE takes 1 to 1,000 (`R#get-follower-ids`). */
export const FOLLOWER_IDS_PAGE = 1000;

/**
 * `limit` of a follower-IDs page: a whole number from 1 to 1,000.
 *
 * @example
 * followerIdsLimitIssues(5000)[0].message; // 'limit must be a whole number from 1 to 1000; got 5000'
 */
export function followerIdsLimitIssues(limit: unknown): ValidationIssue[] {
  if (limit === undefined || (Number.isInteger(limit) && (limit as number) >= 1 && (limit as number) <= FOLLOWER_IDS_PAGE)) return [];
  return [
    {
      path: 'limit',
      code: 'out_of_range',
      message: `limit must be a whole number from 1 to ${FOLLOWER_IDS_PAGE}; got ${JSON.stringify(limit)}`,
    },
  ];
}

/**
 * `recipient` of a narrowcast (`S:Recipient`): audience, redelivery and operator objects, at most
 * 10 audiences and redeliveries in all; the schema is `@linejsx/schema`'s.
 *
 * @example
 * narrowcastRecipientIssues({ type: 'audience' })[0].path; // 'recipient.audienceGroupId'
 */
export function narrowcastRecipientIssues(recipient: unknown): ValidationIssue[] {
  return recipient === undefined ? [] : [...validateWith(narrowcastRecipientSchema, recipient, 'recipient').issues];
}

/**
 * `filter` of a narrowcast (`S:Filter`): `{ demographic }` with gender, age, appType, area,
 * subscriptionPeriod and operator objects.
 *
 * @example
 * narrowcastFilterIssues({ demographic: { type: 'gender', oneOf: ['robot'] } })[0].path; // 'filter.demographic.oneOf[0]'
 */
export function narrowcastFilterIssues(filter: unknown): ValidationIssue[] {
  return filter === undefined ? [] : [...validateWith(narrowcastFilterSchema, filter, 'filter').issues];
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
    return [
      {
        path,
        code: 'too_long',
        limit: 'webhookEndpoint',
        message: `endpoint is ${endpoint.length} characters; LINE allows at most ${limit.max}`,
      },
    ];
  }
  const problem = urlProblem(endpoint, ['https']);
  return problem ? [{ path, code: 'invalid_format', message: problem }] : [];
}
