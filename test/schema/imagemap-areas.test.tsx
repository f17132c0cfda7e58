/**
 * An imagemap's areas are in pixels of its baseSize (`R#imagemap-area-object`): one reaching past
 * the image is refused, as a rich menu area past the menu is, with the edge and by how much; in
 * validation, in render() from TSX, and so in every send.
 */
import { Area, Imagemap, MessageAction, render } from '@linejsx/jsx';
import { validateMessage } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { renderProblems } from '../support/flex.ts';

const area = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const imagemap = (areas: ReturnType<typeof area>[], video?: ReturnType<typeof area>) => ({
  type: 'imagemap',
  baseUrl: 'https://cdn.example.com/map',
  altText: 'Map',
  baseSize: { width: 1040, height: 700 },
  actions: areas.map((a) => ({ type: 'message', text: 'x', area: a })),
  ...(video
    ? { video: { originalContentUrl: 'https://cdn.example.com/a.mp4', previewImageUrl: 'https://cdn.example.com/a.jpg', area: video } }
    : {}),
});
const problems = (message: unknown) => validateMessage(message).issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('imagemap areas inside baseSize', () => {
  it('accepts areas that end exactly at the edges', () => {
    expect(problems(imagemap([area(0, 0, 520, 700), area(520, 0, 520, 700)], area(0, 0, 1040, 700)))).toEqual([]);
  });

  it('says which edge an action area crosses, and by how much', () => {
    expect(problems(imagemap([area(0, 0, 520, 700), area(600, 0, 520, 700)]))).toEqual([
      "actions[1].area: action 1's area reaches past the image (x + width = 1,120 > 1,040): 80 px past the right edge of the 1040x700 baseSize",
    ]);
    expect(problems(imagemap([area(0, 600, 1100, 200)]))).toEqual([
      "actions[0].area: action 0's area reaches past the image (x + width = 1,100 > 1,040) and (y + height = 800 > 700): 60 px past the right edge and 100 px past the bottom edge of the 1040x700 baseSize",
    ]);
  });

  it("checks the video's area too", () => {
    expect(problems(imagemap([area(0, 0, 10, 10)], area(0, 0, 1040, 701)))).toEqual([
      "video.area: the video's area reaches past the image (y + height = 701 > 700): 1 px past the bottom edge of the 1040x700 baseSize",
    ]);
  });

  it('leaves the areas alone while baseSize.width is not 1040: they are rescaled with it', () => {
    const wide = { ...imagemap([area(1000, 0, 1000, 700)]), baseSize: { width: 2000, height: 700 } };
    expect(problems(wide)).toEqual(['baseSize.width: baseSize.width is 2000; LINE requires 1040 (scale the height to match)']);
  });

  it('points at the <Area> of a design', () => {
    const design = () =>
      render(
        <Imagemap baseUrl="https://cdn.example.com/map" altText="Map" baseSize={{ width: 1040, height: 700 }}>
          <Area x={0} y={0} width={1040} height={700}>
            <MessageAction text="ok" />
          </Area>
          <Area x={0} y={500} width={1040} height={300}>
            <MessageAction text="too low" />
          </Area>
        </Imagemap>,
      );
    expect(renderProblems(design)).toEqual([
      [
        '<Imagemap> > <Area>[1]',
        'actions[1].area',
        "action 1's area reaches past the image (y + height = 800 > 700): 100 px past the bottom edge of the 1040x700 baseSize",
      ],
    ]);
  });
});
