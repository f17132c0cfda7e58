/**
 * Who may talk to the emulator. A web page the developer visits must not drive it: not by a
 * cross-origin request to the control API (a `text/plain` POST needs no permission from the
 * browser), and not by DNS rebinding (a name of the attacker's that resolves to 127.0.0.1, after
 * which the page is "same-origin"), which a check of the `Host` header defeats: a rebinding page
 * always sends its own name. Listening on another interface than loopback exposes the control
 * API to the network, so it then needs a token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { isLoopbackHost } from '@linejsx/protocol';

/** What a refused request gets. */
export interface Refusal {
  readonly status: number;
  readonly message: string;
}

/** The host name of a `Host` header, without its port. */
function hostName(header: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(header);
  return (bracketed ? bracketed[1]! : header.replace(/:\d*$/, '')).toLowerCase();
}

/**
 * The `Host` names the emulator answers to: IP addresses (a rebinding page always sends a name),
 * `localhost` and `*.localhost`, the host it listens on, and the names it is told of.
 */
export function hostRefusal(req: IncomingMessage, listening: string, allowed: readonly string[]): Refusal | undefined {
  const header = req.headers.host;
  // No Host at all (HTTP/1.0) is no browser.
  if (header === undefined) return undefined;
  const name = hostName(header);
  if (isIP(name) !== 0 || isLoopbackHost(name) || name === listening.toLowerCase() || allowed.some((a) => a.toLowerCase() === name))
    return undefined;
  return {
    status: 421,
    message: `this emulator does not answer to the host name "${name}" (DNS rebinding?); use its address, or start it with allowedHosts (--allow-host ${name})`,
  };
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A request from a page of another origin (`Origin` not the emulator's, or `Sec-Fetch-Site:
 * cross-site`): refused for whatever changes something, the control API and the chat view's form.
 *
 * @example
 * originRefusal(req, 'the chat view'); // { status: 403, … } for a form posted from another site
 */
export function originRefusal(req: IncomingMessage, what: string): Refusal | undefined {
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}`)
    return { status: 403, message: `${what} takes no requests from pages of another origin (${origin})` };
  if (req.headers['sec-fetch-site'] === 'cross-site') return { status: 403, message: `${what} takes no cross-site requests` };
  return undefined;
}

/**
 * Why a request to the control API (`/__emulator/…`) is refused, or undefined: a request from a
 * page of another origin, a POST whose body is not `application/json` (what a page can send
 * without asking), or, with a control token, a missing or wrong `Authorization: Bearer <token>`.
 */
export function controlRefusal(req: IncomingMessage, controlToken: string | undefined): Refusal | undefined {
  const foreign = originRefusal(req, 'the control API');
  if (foreign) return foreign;
  if (req.method === 'POST') {
    const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json')
      return { status: 415, message: `a POST to the control API is JSON: Content-Type: application/json (not ${type ?? 'none'})` };
  }
  if (controlToken !== undefined) {
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ') || !sameToken(auth.slice(7), controlToken))
      return { status: 401, message: 'the control API needs Authorization: Bearer <the control token the emulator was started with>' };
  }
  return undefined;
}
