/**
 * Fault injection: rules that make the emulator fail some requests the way networks and servers
 * do. A rule picks requests (by endpoint or path, for a share of them or the next N) and does one
 * thing to them, either before the request is processed (nothing happens) or after (the request
 * took effect but the client does not learn it: the case LINE's retry key exists for).
 */
import type { EndpointName } from '@linejsx/send';

export interface FaultRule {
  /** An endpoint name (`multicast`) or a path prefix (`/v2/bot/message/`); every API request if absent. */
  readonly path?: EndpointName | string;
  readonly method?: string;
  /** Answer with this status (usually a 5xx) and LINE's error body. */
  readonly status?: number;
  /** With `status`: answer with this JSON body instead, to act out any answer of LINE's (e.g. a 400 with `details`). */
  readonly body?: unknown;
  /** Destroy the connection without an answer. */
  readonly drop?: boolean;
  /** Hold the answer this many ms (longer than the client's timeout makes a timeout). */
  readonly delay?: number;
  /** `before` (default): the request is not processed. `after`: it is processed, then the answer fails. */
  readonly when?: 'before' | 'after';
  /** Share of matching requests hit, 0 to 1 (default 1). */
  readonly rate?: number;
  /** Hit only the next N matching requests (after `rate` is applied), then the rule expires. */
  readonly times?: number;
}

export interface ActiveFault extends FaultRule {
  readonly id: number;
  /** Requests hit so far. */
  hits: number;
}

/** A small seeded PRNG (mulberry32), so a fault `rate` hits the same requests on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Checks a rule sent over the control API; returns a problem in words, or undefined. */
export function faultProblem(rule: unknown): string | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return 'a fault is a JSON object';
  const r = rule as Record<string, unknown>;
  const known = ['path', 'method', 'status', 'body', 'drop', 'delay', 'when', 'rate', 'times'];
  const unknown = Object.keys(r).find((k) => !known.includes(k));
  if (unknown) return `"${unknown}" is not a fault property; use ${known.join(', ')}`;
  if (r.status === undefined && r.drop === undefined && r.delay === undefined) return 'a fault needs status, drop or delay';
  if (r.status !== undefined && (typeof r.status !== 'number' || r.status < 400 || r.status > 599))
    return 'status must be a number from 400 to 599';
  if (r.body !== undefined && r.status === undefined) return 'body needs a status';
  if (r.delay !== undefined && (typeof r.delay !== 'number' || r.delay < 0)) return 'delay must be a number of ms';
  if (r.rate !== undefined && (typeof r.rate !== 'number' || r.rate < 0 || r.rate > 1)) return 'rate must be from 0 to 1';
  if (r.times !== undefined && (typeof r.times !== 'number' || !Number.isInteger(r.times) || r.times < 1))
    return 'times must be a whole number of at least 1';
  if (r.when !== undefined && r.when !== 'before' && r.when !== 'after') return 'when must be "before" or "after"';
  return undefined;
}

/** The fault rules in force, and the choice of which rule hits a request. */
export class Faults {
  private rules: ActiveFault[] = [];
  private nextId = 1;

  constructor(private readonly random: () => number) {}

  add(rule: FaultRule): ActiveFault {
    const active: ActiveFault = { ...rule, id: this.nextId++, hits: 0 };
    this.rules.push(active);
    return active;
  }

  remove(id: number): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): readonly ActiveFault[] {
    return this.rules;
  }

  /** The first rule that hits this request, if any; counts the hit and expires spent rules. */
  pick(method: string, path: string, endpoint: EndpointName | undefined): ActiveFault | undefined {
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.path && rule.path !== endpoint && !path.startsWith(rule.path)) continue;
      if (rule.rate !== undefined && this.random() >= rule.rate) continue;
      rule.hits++;
      if (rule.times !== undefined && rule.hits >= rule.times) this.remove(rule.id);
      return rule;
    }
    return undefined;
  }
}
