/** Following LINE's paged lists: a `next` token (or a next page number) until there is none. */

/**
 * Yields the items of every page, asking for the next one with the last page's `next` token.
 *
 * @example
 * follow((start) => page(start), (p) => p.userIds); // every follower ID
 */
export async function* follow<P extends { readonly next?: string }, T>(
  page: (start: string | undefined) => Promise<P>,
  items: (p: P) => readonly T[] | undefined,
): AsyncGenerator<T> {
  let start: string | undefined;
  do {
    const current = await page(start);
    yield* items(current) ?? [];
    start = current.next;
  } while (start);
}

/**
 * Yields the items of numbered pages (1, 2, …) while the last one says there is another.
 *
 * @example
 * numbered((n) => audiences(n), (p) => p.audienceGroups, (p) => p.hasNextPage === true);
 */
export async function* numbered<P, T>(
  page: (n: number) => Promise<P>,
  items: (p: P) => readonly T[] | undefined,
  more: (p: P) => boolean,
): AsyncGenerator<T> {
  for (let n = 1; ; n++) {
    const current = await page(n);
    yield* items(current) ?? [];
    if (!more(current)) return;
  }
}
