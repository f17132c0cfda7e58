/**
 * The client's connections: one per request in flight, never more.
 *
 * Why undici's Pool (and so the Agent, and the global dispatcher) opens up to twice as many: a
 * connection whose answer has just completed is not taken again at once. undici waits a full turn
 * of the event loop (`setImmediate`) before it reuses a socket, in case the server closes it after
 * all; the caller, whose `await` resumed as the body ended, sends its next request before that turn,
 * finds every connection busy and gets a new one. A closed loop of N senders ends up on up to 2N
 * sockets, each with its connect, its buffers and its reads.
 *
 * Here a connection is free again as soon as its answer is complete (the handler's `onComplete` or
 * `onError`), and the next request is queued on it: undici sends it after that same turn, on the same
 * socket. A connection is opened only when none of the origin's is free.
 */
import { Client, Dispatcher } from 'undici';

/** undici's handler interface as its core calls it (`request()` hands one of these to `dispatch`). */
interface CoreHandler {
  onConnect?(abort: (error?: Error) => void, context?: unknown): void;
  onResponseStarted?(): void;
  onHeaders?(statusCode: number, headers: Buffer[], resume: () => void, statusText: string): boolean;
  onData?(chunk: Buffer): boolean;
  onUpgrade?(statusCode: number, headers: Buffer[], socket: unknown): void;
  onBodySent?(chunk: unknown): void;
  onRequestSent?(): void;
  onComplete?(trailers: Buffer[] | null): void;
  onError?(error: Error): void;
}

/** A handler that gives its connection back as its request ends (complete or failed), then passes every call on. */
class Releasing implements CoreHandler {
  constructor(
    private readonly handler: CoreHandler,
    private release: (() => void) | undefined,
  ) {}
  private end(): void {
    this.release?.();
    this.release = undefined;
  }
  onConnect(abort: (error?: Error) => void, context?: unknown) {
    return this.handler.onConnect?.(abort, context);
  }
  onResponseStarted() {
    return this.handler.onResponseStarted?.();
  }
  onHeaders(statusCode: number, headers: Buffer[], resume: () => void, statusText: string) {
    return this.handler.onHeaders?.(statusCode, headers, resume, statusText) ?? true;
  }
  onData(chunk: Buffer) {
    return this.handler.onData?.(chunk) ?? true;
  }
  onUpgrade(statusCode: number, headers: Buffer[], socket: unknown) {
    return this.handler.onUpgrade?.(statusCode, headers, socket);
  }
  onBodySent(chunk: unknown) {
    return this.handler.onBodySent?.(chunk);
  }
  onRequestSent() {
    return this.handler.onRequestSent?.();
  }
  onComplete(trailers: Buffer[] | null) {
    this.end();
    return this.handler.onComplete?.(trailers);
  }
  onError(error: Error) {
    this.end();
    return this.handler.onError?.(error);
  }
}

/**
 * A dispatcher that keeps one connection per request in flight, per origin.
 *
 * @example
 * const line = createClient({ channelAccessToken, dispatcher: new Connections({ connectTimeout: 5000 }) });
 */
export class Connections extends Dispatcher {
  private readonly free = new Map<string, Client[]>();
  private readonly clients = new Set<Client>();

  constructor(private readonly options: Client.Options = {}) {
    super();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const origin = String(options.origin);
    const free = this.freeList(origin);
    let client = free.pop();
    if (!client) {
      client = new Client(origin, this.options);
      this.clients.add(client);
    }
    // A handler of undici's newer interface (`onRequestStart`…) goes through as it is; its connection comes back on 'drain'.
    if ('onRequestStart' in handler) {
      const taken = client;
      taken.once('drain', () => free.push(taken));
      return taken.dispatch(options, handler);
    }
    const taken = client;
    return taken.dispatch(options, new Releasing(handler as CoreHandler, () => free.push(taken)) as Dispatcher.DispatchHandler);
  }

  private freeList(origin: string): Client[] {
    let list = this.free.get(origin);
    if (!list) this.free.set(origin, (list = []));
    return list;
  }

  override async close(): Promise<void> {
    await Promise.all([...this.clients].map((client) => client.close()));
    this.clients.clear();
    this.free.clear();
  }

  override async destroy(): Promise<void> {
    await Promise.all([...this.clients].map((client) => client.destroy()));
    this.clients.clear();
    this.free.clear();
  }
}

let shared: Connections | undefined;

/** The connections every client without a `dispatcher` of its own shares, as undici's global dispatcher is shared. */
export function sharedConnections(): Connections {
  shared ??= new Connections();
  return shared;
}
