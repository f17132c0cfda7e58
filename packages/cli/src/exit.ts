/**
 * The exit codes of `linejsx`, one meaning each, so that scripts can tell what happened.
 */
export const EXIT = {
  /** Done: valid, sent, healthy. */
  ok: 0,
  /** The design or JSON breaks LINE's rules (here or at LINE's validate endpoint), or is not a design at all. */
  invalid: 1,
  /** The command line is wrong: an unknown option, a missing file or token, or a tool the command needs is missing. */
  usage: 2,
  /** LINE answered with an error: a refused token, a refused request, a rate limit, the monthly quota, a 5xx; `doctor` found a problem. */
  api: 3,
  /** LINE (or `--base-url`) could not be reached, did not answer in time, or what answered is not LINE (a proxy, a sign-in page, a stub). */
  network: 4,
  /** The file could not be loaded or run: it does not compile (or parse as JSON), or it or a component throws. */
  load: 5,
  /** Redis (`REDIS_URL`, `--redis`), which holds campaigns, could not be reached or refused a command. */
  redis: 6,
  /** A bug in linejsx: the message has the stack trace to report. */
  internal: 70,
  /** 128 + the signal's number: stopped by SIGHUP (the terminal closed); what was not sent is in the journal. */
  hangup: 129,
  /** Stopped by Ctrl+C (SIGINT); what was not sent is in the journal (see `send multicast --resume`). */
  interrupted: 130,
  /** Stopped by SIGTERM (a service manager, `kill`); what was not sent is in the journal. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
