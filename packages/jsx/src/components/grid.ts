/**
 * Integer geometry for rich menu grids: splits a length into tracks (fixed pixels first, the rest
 * by flex) whose integer sizes add up to exactly the length, so that areas tile the menu with no
 * gap and no overlap whatever the rounding.
 */

export interface Track {
  /** Fixed size in pixels. */
  readonly size?: number | undefined;
  /** Share of what the fixed tracks leave (default 1). */
  readonly flex?: number | undefined;
}

export interface Span {
  readonly start: number;
  readonly length: number;
}

/**
 * Splits `total` pixels into `tracks`. Boundaries are rounded cumulatively (each boundary is the
 * rounded exact position), so the lengths always sum to `total`. Returns a problem in words when
 * the fixed sizes do not fit or a track would be empty.
 *
 * @example
 * split(2500, [{}, {}, {}]); // starts 0, 833, 1667; lengths 833, 834, 833
 */
export function split(total: number, tracks: readonly Track[]): { spans: Span[]; problem?: string } {
  const fixed = tracks.reduce((sum, t) => sum + (t.size ?? 0), 0);
  const flexTotal = tracks.reduce((sum, t) => sum + (t.size === undefined ? (t.flex ?? 1) : 0), 0);
  const free = total - fixed;
  if (free < 0) return { spans: [], problem: `fixed sizes add up to ${fixed}px, more than the ${total}px available` };
  if (fixed < total && flexTotal === 0)
    return { spans: [], problem: `fixed sizes add up to ${fixed}px and nothing flexes to fill the ${total}px` };
  const spans: Span[] = [];
  let start = 0;
  let flexSoFar = 0;
  let fixedSoFar = 0;
  tracks.forEach((track, i) => {
    if (track.size === undefined) flexSoFar += track.flex ?? 1;
    else fixedSoFar += track.size;
    const end = i === tracks.length - 1 ? total : fixedSoFar + (flexTotal ? Math.round((free * flexSoFar) / flexTotal) : 0);
    spans.push({ start, length: end - start });
    start = end;
  });
  const empty = spans.findIndex((s) => s.length < 1);
  if (empty >= 0) return { spans, problem: `track ${empty} would be ${spans[empty]!.length}px; every row and cell needs at least 1px` };
  return { spans };
}
