/** Numbers in the command's words: `1,234`, `1 message`, `2 chats`. */

/**
 * A count with thousands separators.
 *
 * @example
 * count(3000); // '3,000'
 */
export const count = (n: number): string => n.toLocaleString('en-US');

/**
 * A count and its noun, plural when it is not one.
 *
 * @example
 * plural(1, 'chat'); // '1 chat'
 * plural(3000, 'message'); // '3,000 messages'
 */
export const plural = (n: number, noun: string): string => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;
