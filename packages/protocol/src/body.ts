/**
 * Reading a request body on `node:http`, with a size limit: the one reader of the emulator (API
 * and control) and of the webhook handler. Past the limit it keeps reading (so that the sender
 * gets the answer instead of a reset connection) but keeps nothing.
 */
import type { IncomingMessage } from 'node:http';

/** The body's bytes, or how many there were when over the limit. */
export type BodyRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly size: number; readonly limit: number };

/**
 * Reads the whole body of `req`, keeping at most `limit` bytes.
 *
 * @example
 * const body = await readBody(req, 2 * 1024 * 1024);
 * if (!body.ok) return res.writeHead(413).end();
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? { ok: false, size, limit } : { ok: true, bytes: Buffer.concat(chunks, size) }));
    req.on('error', reject);
  });
}
