/** Builds `<Header>`, `<Body>` and `<Footer>`: boxes placed in a bubble block. */
import type { Component } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { type BoxProps, boxJson } from './Box.ts';
import { type BlockName, BlockOutput, misplacedBlock } from './block.ts';

export function defineBoxBlock(name: string, block: Exclude<BlockName, 'hero'>): Component<BoxProps> {
  return defineBuiltin<BoxProps>({
    name,
    at: { bubble: block },
    slots: { bubble: (props, frame) => new BlockOutput(block, boxJson(props, frame)) },
    misplaced: misplacedBlock(name),
  });
}
