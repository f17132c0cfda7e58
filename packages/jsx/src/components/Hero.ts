import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import { BlockOutput, misplacedBlock } from './block.ts';

export interface HeroProps {
  /** One `<Image>`, `<Box>` or `<Video>` (video: kilo, mega or giga bubbles outside carousels). */
  children?: LineNode;
}

/**
 * The hero block of a bubble (`R#bubble`): the main image, a box, or a video.
 *
 * @example
 * <Hero><Image url="https://cdn.example.com/shop.jpg" size="full" aspectRatio="20:13" aspectMode="cover" /></Hero>
 */
export const Hero = defineBuiltin<HeroProps>({
  name: 'Hero',
  at: { bubble: 'hero' },
  slots: {
    bubble: (props, frame) => {
      const before = frame.state.problems.length;
      const out = frame.render('hero', props.children);
      if (out.length > 1) frame.problem(`<Hero> holds one <Image>, <Box> or <Video>; it got ${out.length}: wrap them in a <Box>`);
      // A child that could not go in the hero has said so already.
      else if (out.length === 0 && frame.state.problems.length === before)
        frame.problem('<Hero> needs one <Image>, <Box> or <Video>', 'required');
      return new BlockOutput('hero', out[0]);
    },
  },
  misplaced: misplacedBlock('Hero'),
});
