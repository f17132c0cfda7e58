/**
 * The client's connections: one per request in flight, never more. undici's Pool (and so the
 * Agent, and the global dispatcher) opens a spare connection whenever a request makes every open
 * one busy (`PoolBase[kDispatch]` asks `kGetDispatcher()` for the next free client, which creates
 * one), so N requests kept in flight end up on up to 2N sockets, each with its connect, its memory
 * and its reads. Here a connection is opened only when none of the origin's is free; a connection
 * goes back to the free list when undici says it is idle again ('drain', emitted as the answer
 * completes, before the caller reads the end of the body).
 */
import { Client, Dispatcher } from 'undici';

export class Connections extends Dispatcher {
  private readonly free = new Map<string, Client[]>();
  private readonly clients = new Set<Client>();

  constructor(private readonly options: Client.Options = {}) {
    super();
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandler): boolean {
    const origin = String(options.origin);
    const client = this.free.get(origin)?.pop() ?? this.open(origin);
    // true: the client can take another request at once (it has none in flight); false: it is busy until 'drain'.
    if (client.dispatch(options, handler)) this.freeList(origin).push(client);
    return true;
  }

  private freeList(origin: string): Client[] {
    let list = this.free.get(origin);
    if (!list) this.free.set(origin, (list = []));
    return list;
  }

  private open(origin: string): Client {
    const client = new Client(origin, this.options);
    this.clients.add(client);
    client.on('drain', () => this.freeList(origin).push(client));
    return client;
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
