/**
 * Reading LINE JSON that may be invalid: every accessor returns undefined for a value of the wrong
 * type instead of throwing, so that whatever can be drawn is drawn and the validator explains the rest.
 */

/** A JSON object as a record, or undefined for anything else (arrays included). */
export type JsonObject = Readonly<Record<string, unknown>>;

export function obj(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string, or a number written where LINE wants a string (sticker IDs from PHP bots). */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` if it is one of `options`. */
export function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

const COLOR = /^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/** A `#RRGGBB` or `#RRGGBBAA` colour (CSS reads both the same way). */
export function color(value: unknown): string | undefined {
  return typeof value === 'string' && COLOR.test(value) ? value : undefined;
}

/** `"20:13"` as height / width (0.65), or undefined. */
export function ratio(value: unknown): number | undefined {
  const m = typeof value === 'string' ? /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value) : null;
  if (!m) return undefined;
  const [w, h] = [Number(m[1]), Number(m[2])];
  return w > 0 && h > 0 ? h / w : undefined;
}
