import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that nothing listens on now: for a bot or a server started beside the
 * emulator, which has to be told its port before it listens.
 *
 * @example
 * const port = await freePort();
 * spawn('node', ['bot.js'], { env: { ...process.env, PORT: String(port) } });
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
