/**
 * The LINE Messaging API endpoints linejsx speaks, in one table shared by the client and the
 * emulator: method, path, host, LINE's rate limit and whether the endpoint takes a retry key.
 * Sources are the tags of `CONSTRAINTS.md` (§1 hosts, §2 send endpoints, §3 retry key, §4 rate limits).
 */

/** `limit` requests per `per` milliseconds, refilled gradually (LINE uses token buckets, `R#rate-limits`). */
export interface RateLimit {
  readonly limit: number;
  readonly per: number;
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

const perSecond = (limit: number): RateLimit => ({ limit, per: SECOND });
const perMinute = (limit: number): RateLimit => ({ limit, per: MINUTE });
const perHour = (limit: number): RateLimit => ({ limit, per: HOUR });

/** `R#rate-limits`: everything not listed otherwise. */
const DEFAULT_RATE = perSecond(2000);

export interface Endpoint {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path template; `{name}` is a path parameter. */
  readonly path: string;
  /** `data` is api-data.line.me (`R#domain-name`), `api` is api.line.me. */
  readonly host: 'api' | 'data';
  readonly rate: RateLimit;
  /** Takes `X-Line-Retry-Key`; every other endpoint refuses it with 400 (`D:retrying-api-request`). */
  readonly retryKey?: true;
  /**
   * Sending it twice can not do anything twice: GET, PUT, DELETE, validation, and the sends that
   * carry a retry key. Others are retried only when the request never left (connection refused):
   * a 5xx may come after LINE did the work, so repeating it could do it twice.
   */
  readonly idempotent: boolean;
  /** The request body is an image's bytes (JPEG or PNG), not JSON. */
  readonly image?: true;
}

const get = (path: string, rate = DEFAULT_RATE, host: Endpoint['host'] = 'api'): Endpoint => ({
  method: 'GET',
  path,
  host,
  rate,
  idempotent: true,
});
const send = (path: string, rate: RateLimit): Endpoint => ({ method: 'POST', path, host: 'api', rate, retryKey: true, idempotent: true });
const validate = (path: string): Endpoint => ({ method: 'POST', path, host: 'api', rate: DEFAULT_RATE, idempotent: true });

export const ENDPOINTS = {
  // Sending (`R#send-reply-message` … `R#send-broadcast-message`)
  reply: { method: 'POST', path: '/v2/bot/message/reply', host: 'api', rate: DEFAULT_RATE, idempotent: false },
  push: send('/v2/bot/message/push', DEFAULT_RATE),
  multicast: send('/v2/bot/message/multicast', perSecond(200)),
  narrowcast: send('/v2/bot/message/narrowcast', perHour(60)),
  broadcast: send('/v2/bot/message/broadcast', perHour(60)),
  narrowcastProgress: get('/v2/bot/message/progress/narrowcast'),
  validateReply: validate('/v2/bot/message/validate/reply'),
  validatePush: validate('/v2/bot/message/validate/push'),
  validateMulticast: validate('/v2/bot/message/validate/multicast'),
  validateNarrowcast: validate('/v2/bot/message/validate/narrowcast'),
  validateBroadcast: validate('/v2/bot/message/validate/broadcast'),

  // Quota and sent-message counts (`R#get-quota`, `R#get-number-of-push-messages`)
  quota: get('/v2/bot/message/quota'),
  quotaConsumption: get('/v2/bot/message/quota/consumption'),
  deliveryReply: get('/v2/bot/message/delivery/reply'),
  deliveryPush: get('/v2/bot/message/delivery/push'),
  deliveryMulticast: get('/v2/bot/message/delivery/multicast'),
  deliveryBroadcast: get('/v2/bot/message/delivery/broadcast'),

  // Bot, users, groups (`R#get-bot-info`, `R#get-profile`, `R#get-follower-ids`, `R#get-group-summary`)
  botInfo: get('/v2/bot/info'),
  profile: get('/v2/bot/profile/{userId}'),
  followerIds: get('/v2/bot/followers/ids'),
  groupSummary: get('/v2/bot/group/{groupId}/summary'),
  groupMemberCount: get('/v2/bot/group/{groupId}/members/count'),
  groupMemberIds: get('/v2/bot/group/{groupId}/members/ids'),
  groupMemberProfile: get('/v2/bot/group/{groupId}/member/{userId}'),

  // Webhook settings (`R#set-webhook-endpoint-url`, `R#test-webhook-endpoint`)
  webhookEndpoint: get('/v2/bot/channel/webhook/endpoint', perMinute(1000)),
  setWebhookEndpoint: { method: 'PUT', path: '/v2/bot/channel/webhook/endpoint', host: 'api', rate: perMinute(1000), idempotent: true },
  testWebhookEndpoint: { method: 'POST', path: '/v2/bot/channel/webhook/test', host: 'api', rate: perHour(60), idempotent: false },

  // Rich menus (`R#create-rich-menu`, `R#get-rich-menu-list`, `R#delete-rich-menu`; CONSTRAINTS.md §10)
  createRichMenu: { method: 'POST', path: '/v2/bot/richmenu', host: 'api', rate: perHour(100), idempotent: false },
  validateRichMenu: validate('/v2/bot/richmenu/validate'),
  richMenuList: get('/v2/bot/richmenu/list', perSecond(10)),
  richMenu: get('/v2/bot/richmenu/{richMenuId}'),
  deleteRichMenu: { method: 'DELETE', path: '/v2/bot/richmenu/{richMenuId}', host: 'api', rate: perHour(100), idempotent: true },
  // A repeated upload can not set a second image, but LINE refuses it (400), which would hide that
  // the first one worked: not repeated once it may have reached LINE.
  uploadRichMenuImage: {
    method: 'POST',
    path: '/v2/bot/richmenu/{richMenuId}/content',
    host: 'data',
    rate: DEFAULT_RATE,
    idempotent: false,
    image: true,
  },
  richMenuImage: get('/v2/bot/richmenu/{richMenuId}/content', DEFAULT_RATE, 'data'),

  // Default rich menu (`R#set-default-rich-menu`, `R#get-default-rich-menu-id`, `R#cancel-default-rich-menu`)
  setDefaultRichMenu: { method: 'POST', path: '/v2/bot/user/all/richmenu/{richMenuId}', host: 'api', rate: DEFAULT_RATE, idempotent: true },
  defaultRichMenu: get('/v2/bot/user/all/richmenu'),
  cancelDefaultRichMenu: { method: 'DELETE', path: '/v2/bot/user/all/richmenu', host: 'api', rate: DEFAULT_RATE, idempotent: true },

  // Per-user rich menus (`R#link-rich-menu-to-user`, `R#link-rich-menu-to-users`, `R#unlink-rich-menu-from-users`)
  linkRichMenu: { method: 'POST', path: '/v2/bot/user/{userId}/richmenu/{richMenuId}', host: 'api', rate: DEFAULT_RATE, idempotent: true },
  userRichMenu: get('/v2/bot/user/{userId}/richmenu'),
  unlinkRichMenu: { method: 'DELETE', path: '/v2/bot/user/{userId}/richmenu', host: 'api', rate: DEFAULT_RATE, idempotent: true },
  bulkLinkRichMenu: { method: 'POST', path: '/v2/bot/richmenu/bulk/link', host: 'api', rate: DEFAULT_RATE, idempotent: true },
  bulkUnlinkRichMenu: { method: 'POST', path: '/v2/bot/richmenu/bulk/unlink', host: 'api', rate: DEFAULT_RATE, idempotent: true },

  // Rich menu aliases (`R#create-rich-menu-alias` … `R#get-rich-menu-alias-list`); a repeated create
  // is refused as a duplicate, so it is not repeated once it may have reached LINE.
  createRichMenuAlias: { method: 'POST', path: '/v2/bot/richmenu/alias', host: 'api', rate: DEFAULT_RATE, idempotent: false },
  updateRichMenuAlias: {
    method: 'POST',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    rate: DEFAULT_RATE,
    idempotent: true,
  },
  richMenuAlias: get('/v2/bot/richmenu/alias/{richMenuAliasId}'),
  richMenuAliasList: get('/v2/bot/richmenu/alias/list'),
  deleteRichMenuAlias: {
    method: 'DELETE',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    host: 'api',
    rate: perHour(100),
    idempotent: true,
  },

  // Insight (`insight.yml`; all 60/hour)
  insightMessageDeliveries: get('/v2/bot/insight/message/delivery', perHour(60)),
  insightFollowers: get('/v2/bot/insight/followers', perHour(60)),
  insightDemographic: get('/v2/bot/insight/demographic', perHour(60)),

  // Content sent by users, on api-data.line.me (`R#get-content`)
  messageContent: get('/v2/bot/message/{messageId}/content', DEFAULT_RATE, 'data'),
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Rate limits per endpoint, to override LINE's (`false` turns one or all off). */
export type RateLimits = false | { readonly [E in EndpointName]?: RateLimit | false };

/**
 * The limit in force for `name`: an override, or LINE's.
 *
 * @example
 * rateLimitOf('multicast', undefined); // { limit: 200, per: 1000 }
 */
export function rateLimitOf(name: EndpointName, overrides: RateLimits | undefined): RateLimit | undefined {
  if (overrides === false) return undefined;
  const override = overrides?.[name];
  if (override === false) return undefined;
  return override ?? ENDPOINTS[name].rate;
}

/**
 * Fills `{name}` parameters of an endpoint path, percent-encoding each value.
 *
 * @example
 * fillPath(ENDPOINTS.profile.path, { userId: 'U4af…' }); // '/v2/bot/profile/U4af…'
 */
export function fillPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  if (!template.includes('{')) return template;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`${name} is required`);
    return encodeURIComponent(value);
  });
}
