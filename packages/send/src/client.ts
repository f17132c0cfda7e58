/**
 * `createClient()`: the LINE Messaging API as typed methods. Every method goes through the
 * transport (rate limits, retries, typed errors); every send renders or validates its messages
 * first and never puts an invalid payload on the wire.
 */
import { randomUUID } from 'node:crypto';
import type {
  AssertionKey,
  BotInfo,
  FollowerIdsPage,
  MessageQuota,
  messagingApi,
  NarrowcastProgress,
  OperationId,
  RateLimits,
  SentMessage,
  SentMessageCount,
  UserProfile,
  WebhookEndpoint,
  WebhookTestResult,
} from '@linejsx/protocol';
import { type LineDate, lineDate } from '@linejsx/protocol';
import {
  aggregationUnitIssues,
  chatIdIssues,
  followerIdsLimitIssues,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  RETRY_KEY,
  refuse,
  userIdIssues,
  webhookEndpointIssues,
} from '@linejsx/schema';
import type { Dispatcher } from 'undici';
import { type LiffClient, liffClient, type ModuleClient, moduleClient } from './apps.ts';
import { type AudienceClient, audienceClient } from './audiences.ts';
import { DEFAULT_RETRY, type RetryOptions } from './backoff.ts';
import {
  type CouponClient,
  couponClient,
  type MembershipClient,
  membershipClient,
  type PnpClient,
  pnpClient,
  type ShopClient,
  shopClient,
} from './business.ts';
import { data } from './calls.ts';
import { type ChatClient, chatClient, type GroupClient, groupClient, type RoomClient, roomClient } from './chats.ts';
import { checkConnection } from './connection-rules.ts';
import { contentOf, type MessageContent } from './content.ts';
import { type InsightClient, insightClient } from './insight.ts';
import { type MessagesInput, type PreparedMessages, prepareMessages, requestJson } from './messages.ts';
import {
  type ChunksOptions,
  type ChunksRun,
  type MulticastOptions,
  type MulticastResult,
  type PlannedChunk,
  planChunks,
  runMulticast,
  sendChunks,
} from './multicast.ts';
import { type WaitOptions, waitForNarrowcast } from './narrowcast.ts';
import { follow } from './pages.ts';
import { type RichMenuClient, richMenuClient } from './rich-menus.ts';
import { type ChannelTokenClient, channelTokenClient, statelessTokens } from './tokens.ts';
import { type Answer, type Call, createTransport, type LogEntry } from './transport.ts';
import type { NarrowcastTarget } from './types.ts';

export interface ClientOptions {
  /** A channel access token. Kept out of every error, log entry and enumerable field. */
  readonly channelAccessToken?: string;
  /**
   * Instead of a token: the channel ID and secret. The client obtains stateless tokens (15 minutes
   * each) itself, when first needed and again before each expires; none is ever logged.
   */
  readonly channelId?: string;
  readonly channelSecret?: string;
  /** Instead of a token: an assertion signing key (channel ID, key ID, private key); the client signs JWT assertions for its tokens. */
  readonly assertionKey?: AssertionKey;
  /** api.line.me, or the emulator's URL. A path is kept (`https://proxy.example/line`). */
  readonly baseUrl?: string;
  /** api-data.line.me (content, images, audience files); defaults to `baseUrl` when that is set, as the emulator serves both. */
  readonly dataBaseUrl?: string;
  /** manager.line.biz (module attach); defaults to `baseUrl` when that is set. */
  readonly managerBaseUrl?: string;
  /**
   * Allow plain `http://` to a host other than this machine (default false: the token would travel
   * unencrypted). `http://` to 127.0.0.0/8, ::1 and localhost, such as the emulator, is always allowed.
   */
  readonly allowInsecure?: boolean;
  /** Per attempt, in ms: for the answer's headers, then for each pause in its body (default 30,000; see the README). */
  readonly timeout?: number;
  /** Retry policy for 5xx, timeouts and connection errors, or `false` for none. */
  readonly retry?: RetryOptions | false;
  /** Override LINE's rate limits per operation (`{ multicast: { limit: 100, per: 1000 } }`, by operationId or short name), or `false` for none. */
  readonly rateLimits?: RateLimits;
  /**
   * An undici dispatcher (Agent, ProxyAgent, MockAgent…). By default the client keeps its own
   * connections, one per request in flight (`connections.ts`), shared by every client of the
   * process; pass `getGlobalDispatcher()` to go through undici's global one.
   */
  readonly dispatcher?: Dispatcher;
  /** Receives one entry per response, retry and rate-limit wait. */
  readonly log?: (entry: LogEntry) => void;
}

export interface SendOptions {
  readonly notificationDisabled?: boolean;
}

export interface RetryKeyOption {
  /** Your own `X-Line-Retry-Key` (a UUID), to make a send idempotent across processes; a fresh one by default. */
  readonly retryKey?: string;
}

export interface PushOptions extends SendOptions, RetryKeyOption {
  readonly customAggregationUnits?: readonly string[];
}

/** The outcome of push, narrowcast and broadcast. */
export interface SendResult {
  /** `x-line-request-id` of the answer. */
  readonly requestId: string | undefined;
  readonly retryKey: string;
  /**
   * Set when a retry found the request already accepted (409): the request ID of the accepted one.
   * The messages went out once, with that request.
   */
  readonly acceptedRequestId?: string;
}

export interface PushResult extends SendResult {
  readonly sentMessages: readonly SentMessage[];
}

export interface ReplyResult {
  readonly requestId: string | undefined;
  readonly sentMessages: readonly SentMessage[];
}

/** Which send a validate-only call checks the messages for. */
export type ValidateKind = 'reply' | 'push' | 'multicast' | 'narrowcast' | 'broadcast';

/** The client returned by `createClient`. */
export interface LineClient {
  /** The timeout per attempt, in ms: how long a request may be in flight (`deployRichMenu` waits for that long after one). */
  readonly timeout: number;
  /** Replies to a webhook event with its `replyToken` (no retry key: reply tokens are single-use). */
  reply(replyToken: string, messages: MessagesInput, options?: SendOptions): Promise<ReplyResult>;
  /** Pushes messages to a user, group or room. */
  push(to: string, messages: MessagesInput, options?: PushOptions): Promise<PushResult>;
  /** Sends to any number of users in chunks of 500, concurrently within the multicast rate limit. */
  multicast(to: Iterable<string>, messages: MessagesInput, options?: MulticastOptions): Promise<MulticastResult>;
  /** Re-sends the failed and skipped chunks of an earlier multicast under their original retry keys. */
  retryMulticast(
    previous: MulticastResult,
    options?: Omit<MulticastOptions, 'notificationDisabled' | 'customAggregationUnits'>,
  ): Promise<MulticastResult>;
  /**
   * Sends multicast requests planned before (at most 500 user IDs each, with their retry keys),
   * from an array or a stream such as a journal read back from disk, and hands each outcome to
   * `onChunk` as it comes, keeping none: any number of recipients in flat memory. A chunk sent
   * again under its key after LINE took it is answered 409 and counts as sent, not delivered twice.
   */
  multicastChunks(
    chunks: Iterable<PlannedChunk> | AsyncIterable<PlannedChunk>,
    messages: MessagesInput,
    options?: ChunksOptions,
  ): Promise<ChunksRun>;
  /** Starts a narrowcast; LINE answers 202 and sends asynchronously (see `waitForNarrowcast`). */
  narrowcast(messages: MessagesInput, options?: NarrowcastTarget & SendOptions & RetryKeyOption): Promise<SendResult>;
  narrowcastProgress(requestId: string): Promise<NarrowcastProgress>;
  /** Polls the progress of a narrowcast until it has `succeeded` or `failed`, and returns the last progress; throws `NarrowcastWaitTimeoutError` after `timeout` (10 min). */
  waitForNarrowcast(requestId: string, options?: WaitOptions): Promise<NarrowcastProgress>;
  /** Sends to every friend of the account. */
  broadcast(messages: MessagesInput, options?: SendOptions & RetryKeyOption): Promise<SendResult>;
  /** Asks LINE to validate messages for a kind of send, without sending; throws `LineApiError` if LINE refuses them. */
  validate(kind: ValidateKind, messages: MessagesInput): Promise<void>;

  botInfo(): Promise<BotInfo>;
  profile(userId: string): Promise<UserProfile>;
  /** Every follower's user ID, page after page (`limit` per page, at most 1,000). */
  followerIds(options?: { readonly limit?: number }): AsyncIterableIterator<string>;
  quota(): Promise<MessageQuota>;
  /** Messages counted against the quota this month. */
  quotaConsumption(): Promise<{ readonly totalUsage: number }>;
  /** How many messages of a kind were sent on a day (UTC+9); `pnp`: notification messages by phone number. */
  sentMessageCount(kind: 'reply' | 'push' | 'multicast' | 'broadcast' | 'pnp', date: LineDate): Promise<SentMessageCount>;
  /** A link token to start linking a user's LINE account with one of yours (`R#issue-link-token`); valid for 10 minutes. */
  issueLinkToken(userId: string): Promise<string>;
  /** The aggregation units (`customAggregationUnits` of push and multicast) used this month. */
  readonly aggregationUnits: {
    /** How many units were used this month. */
    usage(): Promise<number>;
    /** Their names, following `next` tokens. */
    names(): AsyncIterableIterator<string>;
  };

  readonly webhook: {
    get(): Promise<WebhookEndpoint>;
    set(endpoint: string): Promise<void>;
    /** Has LINE send a test webhook to `endpoint` (or the one set) and reports what happened. */
    test(endpoint?: string): Promise<WebhookTestResult>;
  };

  /** Rich menus: create, images, the default menu, per-user menus, batches and aliases. */
  readonly richMenu: RichMenuClient;
  readonly group: GroupClient;
  readonly room: RoomClient;
  /** The loading animation and marking messages as read, in a one-to-one chat. */
  readonly chat: ChatClient;
  readonly insight: InsightClient;
  /** Audiences to narrowcast to (`narrowcast(messages, { recipient: { type: 'audience', audienceGroupId } })`). */
  readonly audience: AudienceClient;
  readonly membership: MembershipClient;
  readonly coupon: CouponClient;
  readonly pnp: PnpClient;
  readonly shop: ShopClient;
  readonly liff: LiffClient;
  readonly module: ModuleClient;
  /** Channel access tokens: issue, verify, revoke (they need no token of their own). */
  readonly channelToken: ChannelTokenClient;

  /** Downloads what a user sent (image, video, audio, file) by message ID, from api-data.line.me. */
  messageContent(messageId: string): Promise<MessageContent>;
  /** The preview image LINE made of an image or video a user sent. */
  messageContentPreview(messageId: string): Promise<MessageContent>;
  /** Whether LINE has finished preparing a video or audio a user sent (`processing`, `succeeded`, `failed`). */
  messageContentTranscoding(messageId: string): Promise<messagingApi.GetMessageContentTranscodingResponse>;
}

const SENT_COUNTS = {
  reply: 'getNumberOfSentReplyMessages',
  push: 'getNumberOfSentPushMessages',
  multicast: 'getNumberOfSentMulticastMessages',
  broadcast: 'getNumberOfSentBroadcastMessages',
  pnp: 'getPNPMessageStatistics',
} as const satisfies Record<string, OperationId>;

const VALIDATES = {
  reply: 'validateReply',
  push: 'validatePush',
  multicast: 'validateMulticast',
  narrowcast: 'validateNarrowcast',
  broadcast: 'validateBroadcast',
} as const satisfies Record<ValidateKind, OperationId>;

/** The token, or a source of tokens obtained with the channel's credentials; a TypeError when neither is given. */
function credentialsOf(options: ClientOptions, tokens: ChannelTokenClient): string | ReturnType<typeof statelessTokens> {
  const { channelAccessToken, channelId, channelSecret, assertionKey } = options;
  if (typeof channelAccessToken === 'string' && channelAccessToken !== '') return channelAccessToken;
  if (assertionKey) return statelessTokens(tokens, { assertionKey });
  if (typeof channelId === 'string' && channelId !== '' && typeof channelSecret === 'string' && channelSecret !== '')
    return statelessTokens(tokens, { channelId, channelSecret });
  throw new TypeError('channelAccessToken is required (or channelId and channelSecret, or an assertionKey, to obtain tokens)');
}

function checkRetryKey(key: string | undefined): string {
  if (key === undefined) return randomUUID();
  // The value is not echoed: whatever was passed by mistake (a token?) stays out of the error.
  if (!RETRY_KEY.test(key))
    throw new TypeError(
      `retryKey must be a UUID such as 123e4567-e89b-12d3-a456-426614174000; got ${typeof key === 'string' ? `${key.length} characters` : typeof key}`,
    );
  return key;
}

function sendResult(answer: Answer<unknown>, retryKey: string): SendResult {
  const result: { -readonly [K in keyof SendResult]: SendResult[K] } = { requestId: answer.requestId, retryKey };
  if (answer.acceptedRequestId) result.acceptedRequestId = answer.acceptedRequestId;
  return result;
}

/**
 * Creates a LINE Messaging API client.
 *
 * @example
 * import { createClient } from '@linejsx/send';
 * const line = createClient({ channelAccessToken: process.env.LINE_TOKEN! });
 * await line.push(userId, <Receipt order={order} />);
 * const result = await line.multicast(followerIds, <Sale />, { onProgress: (p) => bar.update(p.sent) });
 */
export function createClient(options: ClientOptions): LineClient {
  const baseUrl = options.baseUrl ?? 'https://api.line.me';
  const baseUrls = {
    api: baseUrl,
    data: options.dataBaseUrl ?? (options.baseUrl ? baseUrl : 'https://api-data.line.me'),
    manager: options.managerBaseUrl ?? (options.baseUrl ? baseUrl : 'https://manager.line.biz'),
  };
  checkConnection({ channelAccessToken: options.channelAccessToken, baseUrls, allowInsecure: options.allowInsecure });
  const timeout = options.timeout ?? 30_000;
  const connection = {
    baseUrls,
    timeout,
    retry: options.retry === false ? (false as const) : { ...DEFAULT_RETRY, ...options.retry },
    rateLimits: options.rateLimits,
    dispatcher: options.dispatcher,
    log: options.log,
  };
  // The token operations take none: they have a transport of their own, which also obtains the client's tokens.
  const tokens = channelTokenClient(createTransport({ ...connection, token: undefined }));
  const call: Call = createTransport({ ...connection, token: credentialsOf(options, tokens) });

  /** A send that carries a retry key: the caller's (checked) or a fresh UUID, kept across retries. */
  async function sendWithKey<T>(
    name: 'pushMessage' | 'narrowcast' | 'broadcast',
    prepared: PreparedMessages,
    key: string | undefined,
    fields: object,
  ) {
    const retryKey = checkRetryKey(key);
    const answer = await call<T>(name, { json: requestJson(fields, prepared), retryKey, componentAt: prepared.componentAt });
    return { answer, retryKey };
  }

  const client: LineClient = {
    timeout,
    async reply(replyToken, messages, opts = {}) {
      const prepared = prepareMessages(messages);
      if (typeof replyToken !== 'string' || replyToken === '') throw new TypeError('replyToken is required');
      const answer = await call<{ sentMessages?: SentMessage[] }>('replyMessage', {
        json: requestJson({ replyToken, notificationDisabled: opts.notificationDisabled }, prepared),
        componentAt: prepared.componentAt,
      });
      return { requestId: answer.requestId, sentMessages: answer.data.sentMessages ?? [] };
    },

    async push(to, messages, opts = {}) {
      const prepared = prepareMessages(messages);
      refuse([...chatIdIssues(to), ...aggregationUnitIssues(opts.customAggregationUnits)], 'the push request');
      const { answer, retryKey } = await sendWithKey<{ sentMessages?: SentMessage[] }>('pushMessage', prepared, opts.retryKey, {
        to,
        notificationDisabled: opts.notificationDisabled,
        customAggregationUnits: opts.customAggregationUnits,
      });
      // A 409 for push carries the sentMessages of the accepted request (`S:ErrorResponse.sentMessages`).
      return { ...sendResult(answer, retryKey), sentMessages: answer.data.sentMessages ?? [] };
    },

    async multicast(to, messages, opts = {}) {
      const prepared = prepareMessages(messages);
      const ids = [...to];
      refuse([...userIdIssues(ids), ...aggregationUnitIssues(opts.customAggregationUnits)], 'the multicast request');
      return runMulticast(call, planChunks(ids), prepared, opts);
    },

    retryMulticast(previous, opts = {}) {
      const messages = [...previous.request.messages];
      return runMulticast(call, previous.chunks, { messages, json: JSON.stringify(messages) }, { ...previous.request, ...opts });
    },

    async multicastChunks(chunks, messages, opts = {}) {
      const prepared = prepareMessages(messages);
      refuse(aggregationUnitIssues(opts.customAggregationUnits), 'the multicast request');
      return sendChunks(call, chunks, prepared, opts);
    },

    async narrowcast(messages, opts = {}) {
      const prepared = prepareMessages(messages);
      refuse(
        [...narrowcastRecipientIssues(opts.recipient), ...narrowcastFilterIssues(opts.filter), ...narrowcastLimitIssues(opts.limit)],
        'the narrowcast request',
      );
      const { recipient, filter, limit, notificationDisabled } = opts;
      const { answer, retryKey } = await sendWithKey('narrowcast', prepared, opts.retryKey, {
        recipient,
        filter,
        limit,
        notificationDisabled,
      });
      return sendResult(answer, retryKey);
    },

    narrowcastProgress: (requestId) => data<NarrowcastProgress>(call('getNarrowcastProgress', { query: { requestId } })),

    waitForNarrowcast: (requestId, opts) => waitForNarrowcast((id) => client.narrowcastProgress(id), requestId, opts),

    async broadcast(messages, opts = {}) {
      const { answer, retryKey } = await sendWithKey('broadcast', prepareMessages(messages), opts.retryKey, {
        notificationDisabled: opts.notificationDisabled,
      });
      return sendResult(answer, retryKey);
    },

    async validate(kind, messages) {
      const prepared = prepareMessages(messages);
      await call(VALIDATES[kind], {
        json: requestJson({}, prepared),
        componentAt: prepared.componentAt,
      });
    },

    botInfo: () => data(call('getBotInfo')),
    profile: (userId) => data(call('getProfile', { params: { userId } })),
    followerIds(opts = {}) {
      // Here, not in the generator: a bad limit throws at the call, before any request.
      refuse(followerIdsLimitIssues(opts.limit), 'the follower IDs request');
      return follow(
        (start) => data<FollowerIdsPage>(call('getFollowers', { query: { start, limit: opts.limit } })),
        (page) => page.userIds,
      );
    },
    quota: () => data(call('getMessageQuota')),
    quotaConsumption: () => data(call('getMessageQuotaConsumption')),
    sentMessageCount: (kind, date) => data(call(SENT_COUNTS[kind], { query: { date: lineDate(date) } })),
    issueLinkToken: async (userId) =>
      (await data<messagingApi.IssueLinkTokenResponse>(call('issueLinkToken', { params: { userId } }))).linkToken,
    aggregationUnits: {
      usage: async () =>
        (await data<messagingApi.GetAggregationUnitUsageResponse>(call('getAggregationUnitUsage'))).numOfCustomAggregationUnits,
      names: () =>
        follow(
          (start) => data<messagingApi.GetAggregationUnitNameListResponse>(call('getAggregationUnitNameList', { query: { start } })),
          (page) => page.customAggregationUnits,
        ),
    },

    webhook: {
      get: () => data(call('getWebhookEndpoint')),
      async set(endpoint) {
        refuse(webhookEndpointIssues(endpoint), 'the webhook endpoint');
        await call('setWebhookEndpoint', { body: { endpoint } });
      },
      test(endpoint) {
        if (endpoint !== undefined) refuse(webhookEndpointIssues(endpoint), 'the webhook endpoint');
        return data(call('testWebhookEndpoint', { body: endpoint === undefined ? {} : { endpoint } }));
      },
    },

    richMenu: richMenuClient(call),
    group: groupClient(call),
    room: roomClient(call),
    chat: chatClient(call),
    insight: insightClient(call),
    audience: audienceClient(call),
    membership: membershipClient(call),
    coupon: couponClient(call),
    pnp: pnpClient(call),
    shop: shopClient(call),
    liff: liffClient(call),
    module: moduleClient(call),
    channelToken: tokens,

    messageContent: async (messageId) => contentOf(await call('getMessageContent', { params: { messageId }, stream: true })),
    messageContentPreview: async (messageId) => contentOf(await call('getMessageContentPreview', { params: { messageId }, stream: true })),
    messageContentTranscoding: (messageId) => data(call('getMessageContentTranscodingByMessageId', { params: { messageId } })),
  };
  return client;
}
