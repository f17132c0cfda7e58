/** The four blocks of a bubble: what `<Header>`, `<Hero>`, `<Body>` and `<Footer>` give to `<Bubble>`. */
export type BlockName = 'header' | 'hero' | 'body' | 'footer';

export const BLOCK_ORDER: readonly BlockName[] = ['header', 'hero', 'body', 'footer'];

/** How to fix a block component (`<Header>`, `<Hero>`, `<Body>`, `<Footer>`) placed outside a bubble. */
export function misplacedBlock(name: string) {
  return {
    flex: `put it in a <Bubble>: <Bubble><${name}>…</${name}></Bubble>`,
    carousel: `put it in a <Bubble>: <Bubble><${name}>…</${name}></Bubble>`,
    message: `put it in a <Bubble> of a <Flex> message: <Flex altText="…"><Bubble><${name}>…</${name}></Bubble></Flex>`,
    box: `it is a block of a <Bubble>; inside a box use a <Box>`,
  } as const;
}

export class BlockOutput {
  constructor(
    readonly block: BlockName,
    readonly value: unknown,
  ) {}
}
