/**
 * The signals that ask a command to stop, SIGINT (Ctrl+C), SIGTERM (`kill`, a service manager)
 * and SIGHUP (the terminal closed), turned into an AbortSignal: a command that sends stops
 * starting requests, writes down where it is, and exits 128 + the signal's number. A second signal
 * exits at once; nothing is lost by it, since what is written is written as it happens.
 */
import { constants } from 'node:os';
import { EXIT, type ExitCode } from './exit.ts';
import type { CliIo } from './io.ts';

const STOPPING = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
type StopSignal = (typeof STOPPING)[number];

const CODES: Readonly<Record<StopSignal, ExitCode>> = { SIGHUP: EXIT.hangup, SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated };

/**
 * A command stopped by a signal before it was done; its exit code is the signal's.
 *
 * @example
 * if (stopper.signal.aborted) throw new StoppedError('SIGTERM', EXIT.terminated);
 */
export class StoppedError extends Error {
  override readonly name = 'StoppedError';

  constructor(
    signal: string,
    readonly exitCode: ExitCode,
  ) {
    super(`stopped by ${signal}`);
  }
}

export interface Stopper {
  /** Aborted by the first signal. */
  readonly signal: AbortSignal;
  /** The exit code of the signal received (130 for SIGINT…), or undefined. */
  code(): ExitCode | undefined;
  /** Throws a `StoppedError` once a signal came: for work done step by step. */
  check(): void;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Listens for the stopping signals while `what` runs.
 *
 * @example
 * const stopper = stopOnSignals(io, 'the multicast');
 * try { await send({ signal: stopper.signal }) } finally { stopper.dispose() }
 * return stopper.code() ?? EXIT.ok;
 */
export function stopOnSignals(io: CliIo, what: string): Stopper {
  const controller = new AbortController();
  let received: StopSignal | undefined;
  const handlers = STOPPING.map((name) => {
    const handler = () => {
      if (received !== undefined) process.exit(128 + constants.signals[name]);
      received = name;
      io.stderr(io.err.yellow(`${name}: stopping ${what}; what was not sent is kept (${name} again quits at once)`));
      controller.abort(new Error(`stopped by ${name}`));
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    code: () => (received ? CODES[received] : undefined),
    check() {
      if (received) throw new StoppedError(received, CODES[received]);
    },
    dispose() {
      for (const [name, handler] of handlers) process.removeListener(name, handler);
    },
  };
}
