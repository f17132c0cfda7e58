/** Binary answers (what users sent, rich menu images), handed back as a stream with its type and length. */
import type { Readable } from 'node:stream';
import type { Answer } from './transport.ts';

/** A file from api-data.line.me: what a user sent (image, video, audio, file) or a rich menu image. */
export interface MessageContent {
  readonly contentType: string | undefined;
  readonly contentLength: number | undefined;
  /** The bytes as a stream; read it (or `buffer()`) exactly once. */
  readonly stream: Readable;
  buffer(): Promise<Buffer>;
}

/** The content of a streamed answer (`call(…, { stream: true })`). */
export function contentOf(answer: Answer<Readable & { arrayBuffer(): Promise<ArrayBuffer> }>): MessageContent {
  const length = answer.headers['content-length'];
  const type = answer.headers['content-type'];
  return {
    contentType: Array.isArray(type) ? type[0] : type,
    contentLength: length === undefined ? undefined : Number(length),
    stream: answer.data,
    buffer: async () => Buffer.from(await answer.data.arrayBuffer()),
  };
}
