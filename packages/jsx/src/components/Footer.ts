import { defineBoxBlock } from './blocks.ts';

export type { BoxProps as FooterProps } from './Box.ts';

/**
 * The footer block of a bubble (`R#bubble`): the bottom, usually buttons. It is a box and takes every `<Box>` prop
 * (layout defaults to vertical); LINE's default padding for the bubble size applies unless set.
 *
 * @example
 * <Bubble><Footer spacing="sm"><Text weight="bold">Hello</Text></Footer></Bubble>
 */
export const Footer = defineBoxBlock('Footer', 'footer');
