/** What a handler of an operation gets and gives, and the small helpers the handler groups share. */
import type { JsonWebKey, KeyObject } from 'node:crypto';
import { type Answer, lineError } from './answers.ts';
import type { Store } from './store.ts';
import type { World } from './world.ts';

/** The emulated channel's credentials: what the token operations check. */
export interface Channel {
  readonly channelId: string;
  readonly channelSecret: string;
  /** Key ID -> the public key of an assertion signing key registered for the channel. */
  readonly assertionKeys: Readonly<Record<string, JsonWebKey | string | KeyObject>>;
  /** The channel access tokens the emulator was started with (long-lived: they never expire). */
  readonly tokens: ReadonlySet<string>;
}

export interface HandlerContext {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** A JSON body, or the fields of a form (`application/x-www-form-urlencoded`) or multipart body. */
  readonly body: Record<string, unknown>;
  /** The body's bytes (an uploaded image), and its Content-Type. */
  readonly raw: Buffer;
  readonly contentType: string | undefined;
  readonly requestId: string;
  readonly now: number;
  readonly world: World;
  readonly store: Store;
  readonly channel: Channel;
  /** Messages allowed per month; undefined for no limit. */
  readonly quota: number | undefined;
  /** Ms between the phases of a narrowcast, an audience's readiness, a batch. */
  readonly step: number;
  /** Runs `fn` later unless the emulator stops first. */
  readonly later: (ms: number, fn: () => void) => void;
}

export type Handler = (ctx: HandlerContext) => Answer | Promise<Answer>;

export const ok = (body: unknown = {}, status = 200): Answer => ({ status, body });
export const notFound = (what: string): Answer => lineError(404, `Not found: ${what}`);
export const isAnswer = (value: object): value is Answer => 'status' in value && typeof (value as Answer).status === 'number';

/** Continuation tokens for paged lists: the offset, opaque to clients as LINE's are. */
const pageToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function pageOffset(token: string | null): number | undefined {
  if (token === null) return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  return m ? Number(m[1]) : undefined;
}

/** One page of `items` under `key`, from the `start` token, with `next` when more follow. */
export function page<T>(items: readonly T[], ctx: HandlerContext, size: number, key: string): Answer {
  const offset = pageOffset(ctx.query.get('start'));
  if (offset === undefined)
    return lineError(400, 'Invalid start token', [{ message: 'start is not a continuation token', property: 'start' }]);
  const slice = items.slice(offset, offset + size);
  const next = offset + size < items.length ? { next: pageToken(offset + size) } : {};
  return ok({ [key]: slice, ...next });
}

/** A `yyyyMMdd` query parameter, or the 400 LINE answers. */
export function dateOf(ctx: HandlerContext, name: string): string | Answer {
  const date = ctx.query.get(name) ?? '';
  return /^\d{8}$/.test(date) ? date : lineError(400, `Invalid ${name}`, [{ message: `${name} must be yyyyMMdd`, property: name }]);
}
