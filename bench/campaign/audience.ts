/**
 * The personalised audience of the campaign benchmarks: recipient `i` gets the receipt of their
 * own order (its ID, link, quantities and time differ), as TSX props for the campaign and as the
 * same JSON built by hand (`receiptLiteral`) for the floor.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import receipt, { type ReceiptProps } from '../../examples/receipt.tsx';

/** Recipient `i`'s user ID: `U` and 32 hex digits. */
export const recipient = (i: number): string => `U${i.toString(16).padStart(32, '0')}`;

/** Recipient `i`'s receipt. */
export function receiptFor(i: number): ReceiptProps {
  const { sample } = receipt;
  const id = `A-${100_000 + i}`;
  return {
    ...sample,
    order: {
      ...sample.order,
      id,
      url: `https://shop.example.com/orders/${id}`,
      items: sample.order.items.map((item, k) => ({ ...item, quantity: 1 + ((i + k) % 4) })),
      paidAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')} ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
    },
  };
}

/** Writes the audience of `n` recipients as JSON lines (`{"to","props"}`) to `file`. */
export async function writeAudience(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) if (!out.write(`${JSON.stringify({ to: recipient(i), props: receiptFor(i) })}\n`)) await once(out, 'drain');
  await new Promise((resolve) => out.end(resolve));
}
