import { defineBoxBlock } from './blocks.ts';

export type { BoxProps as HeaderProps } from './Box.ts';

/**
 * The header block of a bubble (`R#bubble`): the top of the bubble, often a title. It is a box and takes every `<Box>` prop
 * (layout defaults to vertical); LINE's default padding for the bubble size applies unless set.
 *
 * @example
 * <Bubble><Header spacing="sm"><Text weight="bold">Hello</Text></Header></Bubble>
 */
export const Header = defineBoxBlock('Header', 'header');
