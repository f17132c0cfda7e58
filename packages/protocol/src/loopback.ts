/**
 * Whether a host name is this machine: where plain http is safe for a token (the client), and what
 * may serve the emulator without a control token (the emulator), decided by one function.
 */
import { isIPv4, isIPv6 } from 'node:net';

/**
 * True for a host name that is this machine: `localhost`, `*.localhost`, 127.0.0.0/8 and ::1
 * (also written as an IPv4-mapped IPv6 address); brackets and case do not matter.
 *
 * @example
 * isLoopbackHost('127.0.0.1'); // true
 * isLoopbackHost('[::1]'); // true
 * isLoopbackHost('10.0.0.8'); // false
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIPv4(host)) return host.startsWith('127.');
  if (isIPv6(host)) return host === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(host);
  return false;
}
