/**
 * `createClient()`: the LINE Messaging API as typed methods. Every method goes through the
 * transport (rate limits, retries, typed errors); every send renders or validates its messages
 * first and never puts an invalid payload on the wire.
 */
import { randomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { DEFAULT_RETRY, type RetryOptions } from './backoff.ts';
import { checkConnection } from './connection-rules.ts';
import { contentOf, type MessageContent } from './content.ts';
import { type LineDate, lineDate } from './dates.ts';
import type { RateLimits } from './endpoints.ts';
import { RETRY_KEY } from './ids.ts';
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
import {
  aggregationUnitIssues,
  chatIdIssues,
  followerIdsLimitIssues,
  narrowcastFilterIssues,
  narrowcastLimitIssues,
  narrowcastRecipientIssues,
  refuse,
  userIdIssues,
  webhookEndpointIssues,
} from './request-rules.ts';
import { type RichMenuClient, richMenuClient } from './rich-menus.ts';
import { type Answer, type Call, createTransport, type LogEntry } from './transport.ts';
import type {
  BotInfo,
  FollowerDemographics,
  FollowerIdsPage,
  FollowerStatistics,
  GroupMemberProfile,
  GroupSummary,
  MemberIdsPage,
  MessageDeliveries,
  MessageQuota,
  NarrowcastProgress,
  NarrowcastTarget,
  SentMessage,
  SentMessageCount,
  UserProfile,
  WebhookEndpoint,
  WebhookTestResult,
} from './types.ts';

export interface ClientOptions {
  /** The channel access token. Kept out of every error, log entry and enumerable field. */
  readonly channelAccessToken: string;
  /** api.line.me, or the emulator's URL. */
  readonly baseUrl?: string;
  /** api-data.line.me (content downloads); defaults to `baseUrl` when that is set, as the emulator serves both. */
  readonly dataBaseUrl?: string;
  /**
   * Allow plain `http://` to a host other than this machine (default false: the token would travel
   * unencrypted). `http://` to 127.0.0.0/8, ::1 and localhost, such as the emulator, is always allowed.
   */
  readonly allowInsecure?: boolean;
  /** Per attempt, in ms: for the answer's headers, then for each pause in its body (default 30,000; see the README). */
  readonly timeout?: number;
  /** Retry policy for 5xx, timeouts and connection errors, or `false` for none. */
  readonly retry?: RetryOptions | false;
  /** Override LINE's per-endpoint rate limits (`{ multicast: { limit: 100, per: 1000 } }`), or `false` for none. */
  readonly rateLimits?: RateLimits;
  /** An undici dispatcher (Agent, ProxyAgent, MockAgent…); undici's global one by default. */
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
  /** How many messages of a kind were sent on a day (UTC+9). */
  sentMessageCount(kind: 'reply' | 'push' | 'multicast' | 'broadcast', date: LineDate): Promise<SentMessageCount>;

  readonly webhook: {
    get(): Promise<WebhookEndpoint>;
    set(endpoint: string): Promise<void>;
    /** Has LINE send a test webhook to `endpoint` (or the one set) and reports what happened. */
    test(endpoint?: string): Promise<WebhookTestResult>;
  };

  /** Rich menus: create, images, the default menu, per-user menus and aliases. */
  readonly richMenu: RichMenuClient;

  readonly group: {
    summary(groupId: string): Promise<GroupSummary>;
    memberCount(groupId: string): Promise<number>;
    memberProfile(groupId: string, userId: string): Promise<GroupMemberProfile>;
    /** Every member's user ID, following `next` tokens (100 per page). */
    memberIds(groupId: string): AsyncIterableIterator<string>;
  };

  readonly insight: {
    /** Messages delivered on a day, by kind (`GetNumberOfMessageDeliveriesResponse`). */
    messageDeliveries(date: LineDate): Promise<MessageDeliveries>;
    /** Friends, targeted reaches and blocks as of a day (today by default). */
    followers(date?: LineDate): Promise<FollowerStatistics>;
    /** Percentages of friends by gender, age, area, app and friendship length. */
    demographic(): Promise<FollowerDemographics>;
  };

  /** Downloads what a user sent (image, video, audio, file) by message ID, from api-data.line.me. */
  messageContent(messageId: string): Promise<MessageContent>;
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

async function* follow<P extends { readonly next?: string }>(
  page: (start: string | undefined) => Promise<P>,
  items: (p: P) => readonly string[],
): AsyncGenerator<string> {
  let start: string | undefined;
  do {
    const current = await page(start);
    yield* items(current);
    start = current.next;
  } while (start);
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
  const dataBaseUrl = options.dataBaseUrl ?? (options.baseUrl ? baseUrl : 'https://api-data.line.me');
  checkConnection({ ...options, baseUrl, dataBaseUrl });
  const timeout = options.timeout ?? 30_000;
  const call: Call = createTransport({
    channelAccessToken: options.channelAccessToken,
    baseUrl,
    dataBaseUrl,
    timeout,
    retry: options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry },
    rateLimits: options.rateLimits,
    dispatcher: options.dispatcher,
    log: options.log,
  });
  const data = async <T>(answer: Promise<Answer<T>>): Promise<T> => (await answer).data;

  /** A send that carries a retry key: the caller's (checked) or a fresh UUID, kept across retries. */
  async function sendWithKey<T>(
    name: 'push' | 'narrowcast' | 'broadcast',
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
      const answer = await call<{ sentMessages?: SentMessage[] }>('reply', {
        json: requestJson({ replyToken, notificationDisabled: opts.notificationDisabled }, prepared),
        componentAt: prepared.componentAt,
      });
      return { requestId: answer.requestId, sentMessages: answer.data.sentMessages ?? [] };
    },

    async push(to, messages, opts = {}) {
      const prepared = prepareMessages(messages);
      refuse([...chatIdIssues(to), ...aggregationUnitIssues(opts.customAggregationUnits)], 'the push request');
      const { answer, retryKey } = await sendWithKey<{ sentMessages?: SentMessage[] }>('push', prepared, opts.retryKey, {
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

    narrowcastProgress: (requestId) => data(call<NarrowcastProgress>('narrowcastProgress', { query: { requestId } })),

    waitForNarrowcast: (requestId, opts) => waitForNarrowcast((id) => client.narrowcastProgress(id), requestId, opts),

    async broadcast(messages, opts = {}) {
      const { answer, retryKey } = await sendWithKey('broadcast', prepareMessages(messages), opts.retryKey, {
        notificationDisabled: opts.notificationDisabled,
      });
      return sendResult(answer, retryKey);
    },

    async validate(kind, messages) {
      const prepared = prepareMessages(messages);
      const name = `validate${kind[0]!.toUpperCase()}${kind.slice(1)}` as const;
      await call(name as `validate${Capitalize<ValidateKind>}`, {
        json: requestJson({}, prepared),
        componentAt: prepared.componentAt,
      });
    },

    botInfo: () => data(call<BotInfo>('botInfo')),
    profile: (userId) => data(call<UserProfile>('profile', { params: { userId } })),
    followerIds(opts = {}) {
      // Here, not in the generator: a bad limit throws at the call, before any request.
      refuse(followerIdsLimitIssues(opts.limit), 'the follower IDs request');
      return follow(
        (start) => data(call<FollowerIdsPage>('followerIds', { query: { start, limit: opts.limit } })),
        (page) => page.userIds,
      );
    },
    quota: () => data(call<MessageQuota>('quota')),
    quotaConsumption: () => data(call<{ totalUsage: number }>('quotaConsumption')),
    sentMessageCount: (kind, date) => {
      const name = `delivery${kind[0]!.toUpperCase()}${kind.slice(1)}` as `delivery${Capitalize<typeof kind>}`;
      return data(call<SentMessageCount>(name, { query: { date: lineDate(date) } }));
    },

    webhook: {
      get: () => data(call<WebhookEndpoint>('webhookEndpoint')),
      async set(endpoint) {
        refuse(webhookEndpointIssues(endpoint), 'the webhook endpoint');
        await call('setWebhookEndpoint', { body: { endpoint } });
      },
      test(endpoint) {
        if (endpoint !== undefined) refuse(webhookEndpointIssues(endpoint), 'the webhook endpoint');
        return data(call<WebhookTestResult>('testWebhookEndpoint', { body: endpoint === undefined ? {} : { endpoint } }));
      },
    },

    richMenu: richMenuClient(call),

    group: {
      summary: (groupId) => data(call<GroupSummary>('groupSummary', { params: { groupId } })),
      memberCount: async (groupId) => (await data(call<{ count: number }>('groupMemberCount', { params: { groupId } }))).count,
      memberProfile: (groupId, userId) => data(call<GroupMemberProfile>('groupMemberProfile', { params: { groupId, userId } })),
      memberIds: (groupId) =>
        follow(
          (start) => data(call<MemberIdsPage>('groupMemberIds', { params: { groupId }, query: { start } })),
          (page) => page.memberIds,
        ),
    },

    insight: {
      messageDeliveries: (date) => data(call<MessageDeliveries>('insightMessageDeliveries', { query: { date: lineDate(date) } })),
      followers: (date) =>
        data(call<FollowerStatistics>('insightFollowers', { query: { date: date === undefined ? undefined : lineDate(date) } })),
      demographic: () => data(call<FollowerDemographics>('insightDemographic')),
    },

    messageContent: async (messageId) => contentOf(await call('messageContent', { params: { messageId }, stream: true })),
  };
  return client;
}
