/** The four blocks of a bubble: what `<Header>`, `<Hero>`, `<Body>` and `<Footer>` give to `<Bubble>`. */
export type BlockName = 'header' | 'hero' | 'body' | 'footer';

export const BLOCK_ORDER: readonly BlockName[] = ['header', 'hero', 'body', 'footer'];

export class BlockOutput {
  constructor(
    readonly block: BlockName,
    readonly value: unknown,
  ) {}
}
