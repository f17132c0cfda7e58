/**
 * What a client may connect with, checked before anything is sent: the base URLs (http(s); plain
 * http only to this machine, where nobody on the way can read the token, unless the caller says
 * otherwise) and the channel access token (printable ASCII, so that a line break from a file or a
 * variable is said as such, not reported as a network failure after five tries). Messages never
 * hold the token, nor the user info of a URL.
 */
import { isLoopbackHost } from '@linejsx/protocol';

/**
 * `url` with its user info (`user:password@`) replaced by `***@`, for messages; a string that is
 * not a URL gets the same treatment by pattern.
 *
 * @example
 * redactUrl('http://bot:hunter2@proxy.example.com/line'); // 'http://***@proxy.example.com/line'
 */
export function redactUrl(url: string): string {
  return url.replace(/^([^/?#]*:\/\/)[^/?#@]*@/, '$1***@');
}

/**
 * What is wrong with a base URL, or undefined: not a URL, not http(s), or plain http to a host
 * that is not this machine (without `allowInsecure`). `name` is the option, for the message.
 *
 * @example
 * baseUrlProblem('http://10.0.0.8', { name: 'baseUrl' }); // "baseUrl http://10.0.0.8 is plain http to …"
 */
export function baseUrlProblem(value: string, options: { readonly name: string; readonly allowInsecure?: boolean }): string | undefined {
  const shown = JSON.stringify(redactUrl(String(value)));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${options.name} ${shown} is not a URL; give one such as https://api.line.me or http://127.0.0.1:8080`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${options.name} ${shown} must be an http or https URL`;
  if (url.protocol === 'http:' && !options.allowInsecure && !isLoopbackHost(url.hostname)) {
    return (
      `${options.name} ${redactUrl(url.href.replace(/\/$/, ''))} is plain http to another machine: the channel access token (or secret) would travel ` +
      'unencrypted, readable by anyone on the way. Use https, or say that it is meant (allowInsecure: true, --allow-insecure)'
    );
  }
  return undefined;
}

/** Words for a character no token has. */
function characterWords(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === '\n' || char === '\r') return `a line break (${hex})`;
  if (char === ' ') return 'a space';
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return `a control character (${hex})`;
  return `a character that is not printable ASCII (${hex})`;
}

/**
 * What is wrong with a channel access token, or undefined. LINE's tokens are printable ASCII;
 * anything else can not go in an HTTP header. The token itself is never in the message.
 *
 * @example
 * tokenProblem('abc\n'); // "channelAccessToken has a line break (U+000A) at character 4 of 4; …"
 */
export function tokenProblem(token: unknown): string | undefined {
  if (typeof token !== 'string' || token === '') return 'channelAccessToken is required';
  const at = token.search(/[^\x21-\x7e]/);
  if (at < 0) return undefined;
  return (
    `channelAccessToken has ${characterWords(String.fromCodePoint(token.codePointAt(at)!))} at character ${at + 1} of ${token.length}; ` +
    'a token is printable ASCII without spaces (was it read with a line break from its file or variable?)'
  );
}

/** What `createClient` needs checked. */
export interface ConnectionSettings {
  /** Checked when given; a client without one obtains its tokens from its channel's credentials. */
  readonly channelAccessToken?: unknown;
  readonly baseUrls: { readonly api: string; readonly data: string; readonly manager: string };
  readonly allowInsecure?: boolean;
}

/**
 * Throws a `TypeError` for the first problem of a client's token and base URLs.
 *
 * @example
 * checkConnection({ channelAccessToken: token, baseUrls: { api: 'https://api.line.me', data: 'https://api-data.line.me', manager: 'https://manager.line.biz' } });
 */
export function checkConnection(settings: ConnectionSettings): void {
  const { channelAccessToken: token, baseUrls, allowInsecure } = settings;
  const problem =
    (typeof token === 'string' && token !== '' ? tokenProblem(token) : undefined) ??
    baseUrlProblem(baseUrls.api, { name: 'baseUrl', allowInsecure }) ??
    baseUrlProblem(baseUrls.data, { name: 'dataBaseUrl', allowInsecure }) ??
    baseUrlProblem(baseUrls.manager, { name: 'managerBaseUrl', allowInsecure });
  if (problem) throw new TypeError(problem);
}
