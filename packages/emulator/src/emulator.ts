/**
 * `startEmulator()`: a local LINE Messaging API on node:http. Each API request goes through the
 * steps LINE applies (authentication, rate limit, retry key, body validation, monthly quota), with
 * injected faults before or after, and every accepted message is recorded per recipient.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type BotInfo,
  ENDPOINTS,
  type EndpointName,
  MONTHLY_LIMIT_MESSAGE,
  type RateLimits,
  RETRY_KEY,
  rateLimitOf,
  TokenBucket,
  type WebhookTestResult,
} from '@linejsx/send';
import { type Answer, invalidBody, lineError, MESSAGES } from './answers.ts';
import { HANDLERS, type HandlerContext } from './api.ts';
import { serveChatView } from './chat-view.ts';
import { serveControl } from './control.ts';
import { type ActiveFault, type FaultRule, Faults, seededRandom } from './faults.ts';
import { controlRefusal, hostRefusal, isLoopback, originRefusal } from './guard.ts';
import { narrowcastTargets } from './narrowcast.ts';
import { CHECKS } from './requests.ts';
import { type RichMenuState, richMenuState, type ShownRichMenu, shownRichMenu } from './rich-menu-api.ts';
import { route } from './router.ts';
import { type ReceivedMessage, Store, type StoredContent } from './store.ts';
import { postWebhook, textMessageEvent } from './webhook.ts';
import { type EmulatedGroup, type GroupOptions, World } from './world.ts';

export interface EmulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Channel access tokens accepted in `Authorization: Bearer …` (default `["emulator-token"]`). */
  readonly tokens?: readonly string[];
  /** Signs the test webhook (default `emulator-secret`). */
  readonly channelSecret?: string;
  /** Number of emulated followers (default 100). */
  readonly followers?: number;
  /** Emulated groups (default one group of 5 followers). */
  readonly groups?: readonly GroupOptions[];
  readonly bot?: Partial<BotInfo>;
  /** Messages allowed this month (one per recipient); no limit by default. */
  readonly quota?: number;
  /** Override LINE's rate limits per endpoint, or `false` for none. */
  readonly rateLimits?: RateLimits;
  /** Ms between a narrowcast's phases waiting -> sending -> succeeded (default 50). */
  readonly narrowcastStep?: number;
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
  readonly endpoint: EndpointName | undefined;
  readonly requestId: string;
  readonly retryKey: string | undefined;
  readonly at: number;
  /** The answer's status, or `dropped` when a fault closed the connection. */
  status?: number | 'dropped';
  /** The fault rule that hit this request. */
  fault?: number;
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
  /** Every message a user, group or room received, in order (the last `maxMessagesPerChat`). */
  inbox(chatId: string): readonly ReceivedMessage[];
  /** How many of a chat's oldest messages were dropped to keep `maxMessagesPerChat`. */
  droppedMessages(chatId: string): number;
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
  /** Content a user "sent", served by the content endpoint. */
  setContent(messageId: string, data: Uint8Array, contentType: string): void;
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

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const SENDS: ReadonlySet<EndpointName> = new Set(['push', 'multicast', 'narrowcast', 'broadcast']);

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
  if (!isLoopback(host) && !options.controlToken)
    throw new TypeError(
      `host ${host} exposes the emulator to the network, and its control API (faults, reset, user-says) with it: give a controlToken, which the control API then requires`,
    );
  const limits = { ...EMULATOR_LIMITS, ...pick(options) };
  const tokens = new Set(options.tokens ?? ['emulator-token']);
  const channelSecret = options.channelSecret ?? 'emulator-secret';
  const world = new World(options.followers ?? 100, options.groups ?? [{ name: 'Emulated group', members: 5 }], options.bot ?? {});
  let store = new Store(limits.maxMessagesPerChat);
  const faults = new Faults(seededRandom(options.seed ?? 1));
  let records: RequestRecord[] = [];
  const buckets = new Map<EndpointName, TokenBucket | null>();
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

  function bucket(name: EndpointName): TokenBucket | null {
    let b = buckets.get(name);
    if (b === undefined) {
      const limit = rateLimitOf(name, options.rateLimits);
      b = limit ? new TokenBucket(limit, performance.now()) : null;
      buckets.set(name, b);
    }
    return b;
  }

  /** Recipients a send is billed for (`D:sending-messages`). */
  function billed(name: EndpointName, body: Record<string, unknown>): number {
    if (name === 'push') return world.audience(body.to as string);
    if (name === 'multicast') return new Set(body.to as string[]).size;
    if (name === 'narrowcast') return narrowcastTargets(world, body).length;
    return world.followers.length;
  }

  /** LINE's steps for an API request, up to the handler. */
  async function answerApi(
    req: IncomingMessage,
    record: RequestRecord,
    raw: Buffer | undefined,
    params: Readonly<Record<string, string>>,
    query: URLSearchParams,
  ): Promise<Answer> {
    const name = record.endpoint;
    if (!name) return lineError(404, 'Not found');
    const auth = header(req, 'authorization');
    if (!auth?.startsWith('Bearer ') || !tokens.has(auth.slice(7))) return lineError(401, MESSAGES.unauthorized);
    const limiter = bucket(name);
    if (limiter && !limiter.tryTake(performance.now())) return lineError(429, MESSAGES.rateLimited);
    if (raw === undefined) return lineError(413, 'Request Entity Too Large');

    const key = record.retryKey;
    const now = Date.now();
    if (key !== undefined) {
      if (!('retryKey' in ENDPOINTS[name])) return lineError(400, MESSAGES.retryKeyNotSupported);
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
    const image = 'image' in ENDPOINTS[name];
    if (image && contentType !== 'image/jpeg' && contentType !== 'image/png') return lineError(415, MESSAGES.unsupportedImageType);
    let body: Record<string, unknown> = {};
    if (raw.length > 0 && !image) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return lineError(400, MESSAGES.invalidJson);
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return lineError(400, 'The request body must be a JSON object');
    }
    const problems = CHECKS[name]?.(body) ?? [];
    if (problems.length > 0) return invalidBody(problems);
    if (SENDS.has(name) && options.quota !== undefined && store.usage + store.reserved + billed(name, body) > options.quota) {
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
      channelSecret,
      quota: options.quota,
      narrowcastStep: options.narrowcastStep ?? 50,
      later,
    };
    let answer: Answer | undefined;
    try {
      answer = await HANDLERS[name](ctx);
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

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const match = route(method, url.pathname);
    const record: RequestRecord = {
      method,
      path: url.pathname,
      endpoint: match.name,
      requestId: randomUUID(),
      retryKey: header(req, 'x-line-retry-key'),
      at: Date.now(),
    };
    records.push(record);
    if (records.length > limits.maxRequests) records.shift();
    const fault = faults.pick(method, url.pathname, match.name);
    if (await applyFault(fault, 'before', req, res, record)) return;
    const answer = match.name
      ? await answerApi(req, record, raw, match.params, url.searchParams)
      : lineError(match.pathKnown ? 405 : 404, match.pathKnown ? 'Method not allowed' : 'Not found');
    if (await applyFault(fault, 'after', req, res, record)) return;
    send(res, record, answer);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const control = url.pathname.startsWith('/__emulator/');
    const page = !control && !url.pathname.startsWith('/v2/');
    const refused =
      hostRefusal(req, host, options.allowedHosts ?? []) ??
      (control
        ? controlRefusal(req, options.controlToken)
        : page && req.method !== 'GET'
          ? originRefusal(req, 'the chat view')
          : undefined);
    if (refused) {
      req.resume();
      res.writeHead(refused.status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: refused.message }));
      return;
    }
    const work = control
      ? serveControl(req, res, url, emulator)
      : url.pathname.startsWith('/v2/')
        ? handleApi(req, res, url)
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
    channelSecret,
    bot: world.bot,
    followers: world.followers,
    groups: world.groups,
    inbox: (chatId) => store.inboxes.get(chatId) ?? [],
    droppedMessages: (chatId) => store.dropped.get(chatId) ?? 0,
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
    setContent(messageId, data, contentType) {
      store.contents.set(messageId, { data: Buffer.from(data), contentType });
    },
    richMenuOf: (userId) => shownRichMenu(store, userId),
    richMenuState: () => richMenuState(store),
    richMenuImage: (richMenuId) => store.richMenuImages.get(richMenuId),
    setWebhookEndpoint(endpoint) {
      store.webhook = { endpoint, active: true };
    },
    async userSays(userId, text) {
      const { endpoint, active } = store.webhook;
      if (!endpoint || !active)
        throw new Error('no webhook endpoint is set: call setWebhookEndpoint(url) or PUT /v2/bot/channel/webhook/endpoint first');
      const replyToken = emulator.replyToken(userId);
      const messageId = store.messageId();
      const delivery = await postWebhook(endpoint, channelSecret, world.bot.userId, [
        textMessageEvent(userId, text, replyToken, messageId),
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
