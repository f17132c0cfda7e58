/**
 * Rendered messages as jobs keep them: the JSON of each recipient's messages, deflated together
 * (the messages of one design share most of their bytes) and base64-encoded, since BullMQ keeps
 * job data as JSON. Ten personalised receipts of 1.9 KB of JSON each take 1.3 KB this way, less
 * than their 5 KB of props.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Message } from '@linejsx/schema';

/**
 * Packs the messages JSON of several recipients (each a JSON array of messages).
 *
 * @example
 * const packed = packMessages(['[{"type":"text","text":"Hi Cony"}]', '[{"type":"text","text":"Hi Sally"}]']);
 */
export function packMessages(jsons: readonly string[]): string {
  return deflateRawSync(`[${jsons.join(',')}]`).toString('base64');
}

/**
 * The messages of each recipient, in the order they were packed.
 *
 * @example
 * const [cony, sally] = unpackMessages(packed);
 */
export function unpackMessages(packed: string): Message[][] {
  return JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')) as Message[][];
}
