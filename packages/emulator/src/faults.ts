/**
 * Fault injection: rules that make the emulator fail some requests the way networks and servers
 * do. A rule picks requests (by endpoint or path, for a share of them or the next N) and does one
 * thing to them, either before the request is processed (nothing happens) or after (the request
 * took effect but the client does not learn it: the case LINE's retry key exists for).
 */
import { type EndpointName, endpointNameOf, type OperationId } from '@linejsx/protocol';
import { z } from 'zod';

export interface FaultRule {
  /** An operationId (`pushMessage`), its short name (`push`) or a path prefix (`/v2/bot/message/`); every API request if absent. */
  readonly path?: OperationId | EndpointName | string;
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

const FAULT_PROPERTIES = 'path, method, status, body, drop, delay, when, rate, times';

/** A fault rule as the control API takes it (`POST /__emulator/faults`), checked with zod. */
export const faultRuleSchema = z
  .strictObject(
    {
      path: z.string().optional(),
      method: z.string().optional(),
      status: z
        .int('status must be a number from 400 to 599')
        .min(400, 'status must be a number from 400 to 599')
        .max(599, 'status must be a number from 400 to 599')
        .optional(),
      body: z.unknown().optional(),
      drop: z.boolean('drop must be true or false').optional(),
      delay: z.number('delay must be a number of ms').min(0, 'delay must be a number of ms').optional(),
      when: z.enum(['before', 'after'], 'when must be "before" or "after"').optional(),
      rate: z.number('rate must be from 0 to 1').min(0, 'rate must be from 0 to 1').max(1, 'rate must be from 0 to 1').optional(),
      times: z.int('times must be a whole number of at least 1').min(1, 'times must be a whole number of at least 1').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `"${issue.keys[0]}" is not a fault property; use ${FAULT_PROPERTIES}`
          : issue.code === 'invalid_type' && issue.path?.length === 0
            ? 'a fault is a JSON object'
            : undefined,
    },
  )
  .refine((rule) => rule.status !== undefined || rule.drop !== undefined || rule.delay !== undefined, 'a fault needs status, drop or delay')
  .refine((rule) => rule.body === undefined || rule.status !== undefined, 'body needs a status');

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
  pick(method: string, path: string, operationId: OperationId | undefined): ActiveFault | undefined {
    const short = operationId && endpointNameOf(operationId);
    for (const rule of this.rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.path && rule.path !== operationId && rule.path !== short && !path.startsWith(rule.path)) continue;
      if (rule.rate !== undefined && this.random() >= rule.rate) continue;
      rule.hits++;
      if (rule.times !== undefined && rule.hits >= rule.times) this.remove(rule.id);
      return rule;
    }
    return undefined;
  }
}
