/**
 * `startEmulator()`: a local LINE Messaging API on node:http. Each API request goes through the
 * steps LINE applies (authentication, rate limit, retry key, body validation, monthly quota), with
 * injected faults before or after, and every accepted message is recorded per recipient.
 */
import { type JsonWebKey, type KeyObject, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type BotInfo,
  type EndpointName,
  endpointNameOf,
  isLoopbackHost,
  MONTHLY_LIMIT_MESSAGE,
  OPERATIONS,
  type OperationId,
  type RateLimits,
  rateLimitOf,
  readBody,
  TokenBucket,
  type WebhookTestResult,
} from '@linejsx/protocol';
import { RETRY_KEY } from '@linejsx/schema';
import { type Answer, invalidBody, lineError, MESSAGES } from './answers.ts';
import { serveChatView } from './chat-view.ts';
import { serveControl } from './control.ts';
import { type ActiveFault, type FaultRule, Faults, seededRandom } from './faults.ts';
import { controlRefusal, hostRefusal, originRefusal } from './guard.ts';
import type { Channel, HandlerContext } from './handler.ts';
import { HANDLERS } from './handlers.ts';
import { narrowcastTargets } from './narrowcast.ts';
import { CHECKS } from './requests.ts';
import { type RichMenuState, richMenuState, type ShownRichMenu, shownRichMenu } from './rich-menu-api.ts';
import { route } from './router.ts';
import { type ReceivedMessage, type SaidText, Store, type StoredContent, type UserContent } from './store.ts';
import { postWebhook, textMessageEvent } from './webhook.ts';
import { type EmulatedGroup, type EmulatedRoom, type GroupOptions, type RoomOptions, World } from './world.ts';

export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Channel access tokens accepted in `Authorization: Bearer …` (default `["emulator-token"]`). */
  readonly tokens?: readonly string[];
  /** Signs the webhooks, and with `channelId` issues channel access tokens (default `emulator-secret`). */
  readonly channelSecret?: string;
  /** The channel ID the token operations take (default `1234567890`). */
  readonly channelId?: string;
  /**
   * Public keys of the channel's assertion signing keys, by key ID (JWK, PEM or KeyObject): JWT
   * assertions signed with their private halves get v2.1 and stateless tokens.
   */
  readonly assertionKeys?: Readonly<Record<string, JsonWebKey | string | KeyObject>>;
  /** Number of emulated followers (default 100). */
  readonly followers?: number;
  /** Emulated groups (default one group of 5 followers). */
  readonly groups?: readonly GroupOptions[];
  /** Emulated rooms, multi-person chats (default one room of 3 followers). */
  readonly rooms?: readonly RoomOptions[];
  readonly bot?: Partial<BotInfo>;
  /** Messages allowed this month (one per recipient); no limit by default. */
  readonly quota?: number;
  /** Override LINE's rate limits per endpoint, or `false` for none. */
  readonly rateLimits?: RateLimits;
  /** Ms between a narrowcast's phases waiting -> sending -> succeeded, and before an audience is READY (default 50). */
  readonly narrowcastStep?: number;
  /** Keep each answer's JSON body in `requests()` (for contract tests; off by default, as it holds every body). */
  readonly recordAnswers?: boolean;
  /** Seed of the random choice of which requests a fault `rate` hits (default 1). */
  readonly seed?: number;
  /** Requests kept in the request log (default 10,000); the oldest are dropped. */
  readonly maxRequests?: number;
  /** Messages kept per chat (default 1,000); the oldest are dropped, and the chat view says so. */
  readonly maxMessagesPerChat?: number;
  /**
   * Required with a `host` other than loopback: the control API (`/__emulator/…`) then needs
   * `Authorization: Bearer <controlToken>`, since anyone who reaches the port could drive it.
   */
  readonly controlToken?: string;
  /**
   * Host names the emulator answers to besides IP addresses, `localhost` and its `host` (a Docker
   * service name, say). Any other `Host` header is refused with 421: DNS rebinding.
   */
  readonly allowedHosts?: readonly string[];
}

/** The request log and the chats keep this much by default. */
export const EMULATOR_LIMITS = { maxRequests: 10_000, maxMessagesPerChat: 1_000 } as const;

/** What `userSays` sent and how the webhook answered. */
export interface UserMessage {
  readonly messageId: string;
  readonly replyToken: string;
  readonly delivery: WebhookTestResult;
}

/** One request the emulator saw, with how it was answered. */
export interface RequestRecord {
  readonly method: string;
  readonly path: string;
  /** The operation, when the path and method are one of LINE's. */
  readonly operationId: OperationId | undefined;
  /** Its short name of `ENDPOINTS`, for the operations that have one. */
  readonly endpoint: EndpointName | undefined;
  readonly requestId: string;
  readonly retryKey: string | undefined;
  readonly at: number;
  /** The answer's status, or `dropped` when a fault closed the connection. */
  status?: number | 'dropped';
  /** The fault rule that hit this request. */
  fault?: number;
  /** The JSON body of the answer, with `recordAnswers`. */
  answer?: unknown;
}

/** A running emulator. */
export interface Emulator {
  /** `http://127.0.0.1:PORT`: pass it as the client's `baseUrl` (it serves api and api-data paths). */
  readonly url: string;
  readonly port: number;
  /** The first accepted channel access token. */
  readonly token: string;
  readonly channelSecret: string;
  readonly bot: BotInfo;
  /** The followers' user IDs, deterministic for a given count. */
  readonly followers: readonly string[];
  readonly groups: readonly EmulatedGroup[];
  readonly rooms: readonly EmulatedRoom[];
  /** The channel ID the token operations take. */
  readonly channelId: string;
  /** Every message a user, group or room received, in order (the last `maxMessagesPerChat`). */
  inbox(chatId: string): readonly ReceivedMessage[];
  /** How many of a chat's oldest messages were dropped to keep `maxMessagesPerChat`. */
  droppedMessages(chatId: string): number;
  /** What a user wrote to the bot through `userSays` (and the chat view), oldest first (the last `maxMessagesPerChat`). */
  saidBy(userId: string): readonly SaidText[];
  /** What the request log and the chats keep. */
  readonly limits: { readonly maxRequests: number; readonly maxMessagesPerChat: number };
  /** Every chat that received something, with its messages. */
  received(): ReadonlyMap<string, readonly ReceivedMessage[]>;
  /** Every API request seen, refused ones included (the last `maxRequests`). */
  requests(): readonly RequestRecord[];
  /** Adds a fault rule; returns its ID. */
  fault(rule: FaultRule): number;
  removeFault(id: number): boolean;
  clearFaults(): void;
  faults(): readonly ActiveFault[];
  /** A reply token for `userId`, as if the user had just sent a message. Single use. */
  replyToken(userId: string): string;
  /**
   * Content a user "sent", served by the content operations: its preview (an image's own bytes
   * unless given) and whether a video or audio is ready (`succeeded` unless given).
   */
  setContent(
    messageId: string,
    data: Uint8Array,
    contentType: string,
    options?: { readonly preview?: StoredContent; readonly transcoding?: UserContent['transcoding'] },
  ): void;
  /** A user's chat as the LINE app shows it besides messages: the loading animation until when, read up to when (ms). */
  chatState(userId: string): { readonly loadingUntil?: number; readonly readAt?: number };
  /** Sets the webhook URL directly (http allowed here, for local tests). */
  setWebhookEndpoint(endpoint: string): void;
  /**
   * Acts out a user writing to the bot: sends a signed text message event, with a fresh reply
   * token, to the webhook endpoint, and says how the bot's server answered.
   */
  userSays(userId: string, text: string): Promise<UserMessage>;
  /** The rich menu `userId` sees: the one linked to them, else the default; with its image. */
  richMenuOf(userId: string): ShownRichMenu | undefined;
  /** Every rich menu (and whether it has an image), the default, per-user links and aliases. */
  richMenuState(): RichMenuState;
  /** The image uploaded for a rich menu, if any. */
  richMenuImage(richMenuId: string): StoredContent | undefined;
  /** Forgets messages, requests, retry keys, quota usage, rich menus and faults; requests held by a delay are never answered. */
  reset(): void;
  /** Stops listening, drops open connections and pending timers. */
  stop(): Promise<void>;
}

/** LINE refuses requests over 2 MB with 413 (`R#status-codes`). */
const MAX_BODY = 2 * 1024 * 1024;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const SENDS: ReadonlySet<OperationId> = new Set(['pushMessage', 'multicast', 'narrowcast', 'broadcast']);

/** A form or multipart body as an object of its fields (files stay Blobs). */
async function fields(raw: Buffer, contentType: string | undefined): Promise<Record<string, unknown>> {
  // Node's fetch parses both encodings; its types want an ArrayBuffer-backed view.
  const form = await new Response(new Uint8Array(raw) as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': contentType ?? '' },
  }).formData();
  const out: Record<string, unknown> = {};
  for (const [key, value] of form) out[key] = value;
  return out;
}

/** The limits given, each a whole number of at least 1. */
function pick(options: EmulatorOptions): Partial<Record<keyof typeof EMULATOR_LIMITS, number>> {
  const given: Partial<Record<keyof typeof EMULATOR_LIMITS, number>> = {};
  for (const key of Object.keys(EMULATOR_LIMITS) as Array<keyof typeof EMULATOR_LIMITS>) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`${key} must be a whole number of at least 1; got ${value}`);
    given[key] = value;
  }
  return given;
}

/**
 * Starts an emulator and resolves when it listens.
 *
 * @example
 * const emu = await startEmulator({ followers: 3000 });
 * const line = createClient({ channelAccessToken: emu.token, baseUrl: emu.url });
 * await line.push(emu.followers[0], <Text>Hi</Text>);
 * emu.inbox(emu.followers[0]); // [{ message: { type: 'text', text: 'Hi' }, via: 'push', … }]
 * await emu.stop();
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.controlToken)
    throw new TypeError(
      `host ${host} exposes the emulator to the network, and its control API (faults, reset, user-says) with it: give a controlToken, which the control API then requires`,
    );
  const limits = { ...EMULATOR_LIMITS, ...pick(options) };
  const tokens = new Set(options.tokens ?? ['emulator-token']);
  const channel: Channel = {
    channelId: options.channelId ?? '1234567890',
    channelSecret: options.channelSecret ?? 'emulator-secret',
    assertionKeys: options.assertionKeys ?? {},
    tokens,
  };
  const world = new World(
    options.followers ?? 100,
    options.groups ?? [{ name: 'Emulated group', members: 5 }],
    options.bot ?? {},
    options.rooms ?? [{ members: 3 }],
  );
  let store = new Store(limits.maxMessagesPerChat);
  const faults = new Faults(seededRandom(options.seed ?? 1));
  let records: RequestRecord[] = [];
  const buckets = new Map<OperationId, TokenBucket | null>();
  const timers = new Set<NodeJS.Timeout>();

  function later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  }
  const pause = (ms: number) => new Promise<void>((resolve) => later(ms, resolve));
  function cancelTimers(): void {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  function bucket(id: OperationId): TokenBucket | null {
    let b = buckets.get(id);
    if (b === undefined) {
      const limit = rateLimitOf(id, options.rateLimits);
      b = limit ? new TokenBucket(limit, performance.now()) : null;
      buckets.set(id, b);
    }
    return b;
  }

  /** Recipients a send is billed for (`D:sending-messages`). */
  function billed(id: OperationId, body: Record<string, unknown>): number {
    if (id === 'pushMessage') return world.audience(body.to as string);
    if (id === 'multicast') return new Set(body.to as string[]).size;
    if (id === 'narrowcast') {
      const targets = narrowcastTargets(world, store, body);
      return typeof targets === 'string' ? 0 : targets.length;
    }
    return world.followers.length;
  }

  /** A Bearer token the emulator accepts: one it was started with, or one it issued that has not expired or been revoked. */
  function authorized(req: IncomingMessage, now: number): boolean {
    const auth = header(req, 'authorization');
    if (!auth?.startsWith('Bearer ')) return false;
    const token = auth.slice(7);
    if (tokens.has(token)) return true;
    const issued = store.tokens.get(token);
    return issued !== undefined && issued.expiresAt > now;
  }

  /** LINE's steps for an API request, up to the handler. */
  async function answerApi(
    req: IncomingMessage,
    record: RequestRecord,
    raw: Buffer | undefined,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
  ): Promise<Answer> {
    const id = record.operationId;
    if (!id) return lineError(404, 'Not found');
    const operation = OPERATIONS[id];
    const now = Date.now();
    if (operation.auth === 'bearer' && !authorized(req, now)) return lineError(401, MESSAGES.unauthorized);
    const limiter = bucket(id);
    if (limiter && !limiter.tryTake(performance.now())) return lineError(429, MESSAGES.rateLimited);
    if (raw === undefined) return lineError(413, 'Request Entity Too Large');

    const key = record.retryKey;
    if (key !== undefined) {
      if (!operation.retryKey) return lineError(400, MESSAGES.retryKeyNotSupported);
      if (!RETRY_KEY.test(key)) return lineError(400, MESSAGES.retryKeyInvalid);
      const accepted = store.accepted(key, now);
      if (accepted) {
        return {
          status: 409,
          body: { message: MESSAGES.retryKeyAccepted, ...(accepted.sentMessages ? { sentMessages: accepted.sentMessages } : {}) },
          headers: { 'x-line-accepted-request-id': accepted.requestId },
        };
      }
    }

    const contentType = header(req, 'content-type')?.split(';')[0]?.trim().toLowerCase();
    // An image upload: raw bytes of a JPEG or PNG, else 415 (`R#upload-rich-menu-image`); the handler checks the rest.
    if (operation.image && contentType !== 'image/jpeg' && contentType !== 'image/png')
      return lineError(415, MESSAGES.unsupportedImageType);
    let body: Record<string, unknown> = {};
    const kind = operation.body?.kind;
    if (raw.length > 0 && (kind === 'form' || kind === 'multipart')) {
      try {
        body = await fields(raw, header(req, 'content-type'));
      } catch {
        return lineError(400, `The request body is not ${kind === 'form' ? 'application/x-www-form-urlencoded' : 'multipart/form-data'}`);
      }
    } else if (raw.length > 0 && kind !== 'binary') {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return lineError(400, MESSAGES.invalidJson);
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return lineError(400, 'The request body must be a JSON object');
    }
    const problems = CHECKS[id]?.(body) ?? [];
    if (problems.length > 0) return invalidBody(problems);
    if (SENDS.has(id) && options.quota !== undefined && store.usage + store.reserved + billed(id, body) > options.quota) {
      return lineError(429, MONTHLY_LIMIT_MESSAGE);
    }

    // Claim the key before the handler runs, so a concurrent duplicate gets 409, not a second send.
    if (key !== undefined) store.retryKeys.set(key, { requestId: record.requestId, at: now });
    const ctx: HandlerContext = {
      params,
      query,
      body,
      raw,
      contentType,
      requestId: record.requestId,
      now,
      world,
      store,
      channel,
      quota: options.quota,
      step: options.narrowcastStep ?? 50,
      later,
    };
    let answer: Answer | undefined;
    try {
      answer = await HANDLERS[id](ctx);
    } finally {
      // Only an accepted request keeps its key; a refused (or crashed) one may be retried under it.
      if (key !== undefined) {
        if (!answer || answer.status >= 300) store.retryKeys.delete(key);
        else {
          const sent = (answer.body as { sentMessages?: [] } | undefined)?.sentMessages;
          store.retryKeys.set(key, { requestId: record.requestId, at: now, ...(sent ? { sentMessages: sent } : {}) });
        }
      }
    }
    return answer;
  }

  function send(res: ServerResponse, record: RequestRecord, answer: Answer): void {
    record.status = answer.status;
    if (res.destroyed || res.writableEnded) return;
    const headers: Record<string, string> = { 'x-line-request-id': record.requestId, ...answer.headers };
    if (answer.raw) {
      res
        .writeHead(answer.status, { ...headers, 'content-type': answer.raw.contentType, 'content-length': String(answer.raw.data.length) })
        .end(answer.raw.data);
      return;
    }
    if (options.recordAnswers) record.answer = answer.body ?? {};
    const text = JSON.stringify(answer.body ?? {});
    res.writeHead(answer.status, { ...headers, 'content-type': 'application/json' }).end(text);
  }

  /** Applies a fault at one point; true when it ended the request. */
  async function applyFault(
    fault: ActiveFault | undefined,
    when: 'before' | 'after',
    req: IncomingMessage,
    res: ServerResponse,
    record: RequestRecord,
  ): Promise<boolean> {
    if (!fault || (fault.when ?? 'before') !== when) return false;
    record.fault = fault.id;
    if (fault.delay) await pause(fault.delay);
    if (fault.drop) {
      record.status = 'dropped';
      req.socket.destroy();
      return true;
    }
    if (fault.status) {
      send(
        res,
        record,
        fault.body === undefined ? lineError(fault.status, MESSAGES.serverError) : { status: fault.status, body: fault.body },
      );
      return true;
    }
    return false;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, match: ReturnType<typeof route>): Promise<void> {
    const read = await readBody(req, MAX_BODY);
    const method = req.method ?? 'GET';
    const operationId = match.operationId;
    const record: RequestRecord = {
      method,
      path: url.pathname,
      operationId,
      endpoint: operationId && endpointNameOf(operationId),
      requestId: randomUUID(),
      retryKey: header(req, 'x-line-retry-key'),
      at: Date.now(),
    };
    records.push(record);
    if (records.length > limits.maxRequests) records.shift();
    const fault = faults.pick(method, url.pathname, operationId);
    if (await applyFault(fault, 'before', req, res, record)) return;
    const answer = match.operationId
      ? await answerApi(req, record, read.ok ? read.bytes : undefined, match.params, url.searchParams)
      : lineError(match.pathKnown ? 405 : 404, match.pathKnown ? 'Method not allowed' : 'Not found');
    if (await applyFault(fault, 'after', req, res, record)) return;
    send(res, record, answer);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const match = route(req.method ?? 'GET', url.pathname);
    const control = url.pathname.startsWith('/__emulator/');
    const api = !control && (match.operationId !== undefined || match.pathKnown || url.pathname.startsWith('/v2/'));
    const refused =
      hostRefusal(req, host, options.allowedHosts ?? []) ??
      (control
        ? controlRefusal(req, options.controlToken)
        : !api && req.method !== 'GET'
          ? originRefusal(req, 'the chat view')
          : undefined);
    if (refused) {
      req.resume();
      res.writeHead(refused.status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: refused.message }));
      return;
    }
    const work = control
      ? serveControl(req, res, url, emulator)
      : api
        ? handleApi(req, res, url, match)
        : serveChatView(req, res, url, emulator);
    Promise.resolve(work).catch((error: unknown) => {
      if (!res.headersSent)
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: `emulator error: ${(error as Error).message}` }));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const emulator: Emulator = {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    token: [...tokens][0] ?? '',
    channelSecret: channel.channelSecret,
    channelId: channel.channelId,
    bot: world.bot,
    followers: world.followers,
    groups: world.groups,
    rooms: world.rooms,
    inbox: (chatId) => store.inboxes.get(chatId) ?? [],
    droppedMessages: (chatId) => store.dropped.get(chatId) ?? 0,
    saidBy: (userId) => store.said.get(userId) ?? [],
    limits,
    received: () => store.inboxes,
    requests: () => records,
    fault: (rule) => faults.add(rule).id,
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),
    faults: () => faults.list(),
    replyToken(userId) {
      const token = randomBytes(16).toString('hex');
      store.replyTokens.set(token, userId);
      return token;
    },
    setContent(messageId, data, contentType, extra = {}) {
      store.contents.set(messageId, { data: Buffer.from(data), contentType, ...extra });
    },
    chatState(userId) {
      const until = store.loading.get(userId);
      const readAt = store.readAt.get(userId);
      return { ...(until !== undefined && until > Date.now() ? { loadingUntil: until } : {}), ...(readAt !== undefined ? { readAt } : {}) };
    },
    richMenuOf: (userId) => shownRichMenu(store, userId),
    richMenuState: () => richMenuState(store),
    richMenuImage: (richMenuId) => store.richMenuImages.get(richMenuId),
    setWebhookEndpoint(endpoint) {
      store.webhook = { endpoint, active: true };
    },
    async userSays(userId, text) {
      if (!store.webhook?.active)
        throw new Error('no webhook endpoint is set: call setWebhookEndpoint(url) or PUT /v2/bot/channel/webhook/endpoint first');
      const replyToken = emulator.replyToken(userId);
      const messageId = store.messageId();
      const markAsReadToken = randomBytes(16).toString('base64url');
      store.markAsReadTokens.set(markAsReadToken, userId);
      // Recorded before the webhook: the bot's answer may arrive before its server answers the post.
      store.userSaid(userId, text, Date.now());
      const delivery = await postWebhook(store.webhook.endpoint, channel.channelSecret, world.bot.userId, [
        textMessageEvent(userId, text, replyToken, messageId, markAsReadToken),
      ]);
      return { messageId, replyToken, delivery };
    },
    reset() {
      // Requests held by a delay and narrowcasts in progress belong to the old state: drop them.
      cancelTimers();
      store = new Store(limits.maxMessagesPerChat);
      records = [];
      faults.clear();
      buckets.clear();
    },
    async stop() {
      cancelTimers();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
  return emulator;
}
