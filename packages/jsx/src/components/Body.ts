import { defineBoxBlock } from './blocks.ts';

export type { BoxProps as BodyProps } from './Box.ts';

/**
 * The body block of a bubble (`R#bubble`): the main content. It is a box and takes every `<Box>` prop
 * (layout defaults to vertical); LINE's default padding for the bubble size applies unless set.
 *
 * @example
 * <Bubble><Body spacing="sm"><Text weight="bold">Hello</Text></Body></Bubble>
 */
export const Body = defineBoxBlock('Body', 'body');
