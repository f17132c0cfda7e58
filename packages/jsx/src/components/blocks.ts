/** Builds `<Header>`, `<Body>` and `<Footer>`: boxes placed in a bubble block. */
import type { Component } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { BlockOutput, misplacedBlock, type BlockName } from './block.ts';
import { boxJson, type BoxProps } from './Box.ts';

export function defineBoxBlock(name: string, block: Exclude<BlockName, 'hero'>): Component<BoxProps> {
  return defineBuiltin<BoxProps>({
    name,
    at: { bubble: block },
    slots: { bubble: (props, frame) => new BlockOutput(block, boxJson(props, frame)) },
    misplaced: misplacedBlock(name),
  });
}
