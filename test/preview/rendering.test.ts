/**
 * The preview's tables (`src/values.ts`) hold the figures of `../shared/line-openapi/RENDERING.md`,
 * read from its tables and sentences here: together with test/browser/fidelity.test.ts, which
 * measures every figure of those tables in chromium, each value of RENDERING.md the preview draws
 * is checked against the DOM. Skipped, saying so, where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BORDER_WIDTH_PX,
  BUBBLE_BACKGROUND,
  BUBBLES,
  BUTTON,
  CAROUSEL,
  CHAT,
  FONT_SIZE_PX,
  FOOTER_PADDING,
  IMAGE_SIZE_PX,
  IMAGEMAP_BASE_WIDTH,
  LENGTH_PX,
  SEPARATOR_COLOR,
  TEMPLATE_IMAGE_BACKGROUND,
  TEMPLATE_RATIO,
  TEXT,
} from '@linejsx/preview';
import { describe, expect, it } from 'vitest';
import { SPEC_DIR } from '../../tools/line-openapi.ts';

const FILE = join(SPEC_DIR, 'RENDERING.md');
const available = existsSync(FILE);
if (!available) console.warn(`${FILE} not found: the preview's values are not compared with RENDERING.md`);
const markdown = available ? readFileSync(FILE, 'utf8') : '';

/** The text of section `n` (`## 5. …` up to the next `## `). */
function section(n: number): string {
  const start = markdown.indexOf(`\n## ${n}. `);
  if (start < 0) throw new Error(`RENDERING.md has no section ${n}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

/** The body rows of the tables of a section, as trimmed cells (header and rule rows left out). */
function rows(text: string): string[][] {
  const lines = text.split('\n').filter((line) => line.startsWith('|'));
  return lines
    .filter((line, i) => !/^\|[-:| ]+\|$/.test(line) && !/^\|[-:| ]+\|$/.test(lines[i + 1] ?? ''))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}

/** The row of a table whose first cell is `key`. */
function row(text: string, key: string): string[] {
  const found = rows(text).find((cells) => cells[0] === key);
  if (!found) throw new Error(`no row "${key}"`);
  return found;
}

/** The first number in a cell (`0.5px` -> 0.5, `5, plus 7px…` -> 5). */
const number = (cell: string | undefined) => Number(/\d+(?:\.\d+)?/.exec(cell ?? '')?.[0]);

/** A sentence of a section must say `phrase` (the value written as RENDERING.md writes it). */
function says(n: number, phrase: string): void {
  expect(section(n), `§${n} says "${phrase}"`).toContain(phrase);
}

describe.skipIf(!available)("the preview's values are RENDERING.md's", () => {
  it('§1 length keywords: S column', () => {
    for (const [keyword, px] of Object.entries(LENGTH_PX)) expect(number(row(section(1), keyword)[2]), keyword).toBe(px);
  });

  it('§2 borderWidth keywords: S column', () => {
    for (const [keyword, px] of Object.entries(BORDER_WIDTH_PX)) expect(number(row(section(2), keyword)[2]), keyword).toBe(px);
  });

  it('§3 text, span and icon sizes: S columns', () => {
    for (const [keyword, px] of Object.entries(FONT_SIZE_PX)) {
      const [, text, icon] = row(section(3), keyword);
      expect([number(text), number(icon)], keyword).toEqual([px, px]);
    }
  });

  it('§4 image sizes: S column, full 100%, and the ratio presets as padding-bottom', () => {
    const table = rows(section(4)).filter((cells) => cells[0]!.includes(' / '));
    const read: Record<string, number> = {};
    for (const [names, widths] of table) {
      const values = widths!.split('/').map(number);
      names!.split('/').forEach((name, i) => {
        read[name.trim()] = values[i]!;
      });
    }
    expect(read).toEqual(IMAGE_SIZE_PX);
    expect(row(section(4), 'full')[1]).toBe('100%');
    // "1.51:1 66.225%": the preview's padding-bottom is 100 × height / width of the ratio.
    const presets = [...section(4).matchAll(/(\d+(?:\.\d+)?):(\d+(?:\.\d+)?) (\d+(?:\.\d+)?)%/g)];
    expect(presets.length).toBeGreaterThanOrEqual(8);
    for (const [, w, h, percent] of presets) expect((100 * Number(h)) / Number(w), `${w}:${h}`).toBeCloseTo(Number(percent), 2);
  });

  it('§5 bubble widths, radii, header and body paddings, body bottom above a footer, footer, hero, background, separator', () => {
    const padding = (cell: string) => {
      // "10 / 10", "13 / 13", "11 14 13 (T, L/R, B) both", "11 14 13 both", "20 / 20 with top 19"
      const sides = /^(\d+) (\d+) (\d+) /.exec(cell);
      if (sides) return { top: Number(sides[1]), inline: Number(sides[2]), bottom: Number(sides[3]) };
      const even = number(cell);
      const top = /with top (\d+)/.exec(cell);
      return { top: top ? Number(top[1]) : even, inline: even, bottom: even };
    };
    for (const [size, metrics] of Object.entries(BUBBLES)) {
      const [, width, radius, blocks, bottom] = row(section(5), size);
      expect(
        { width: number(width), radius: number(radius), padding: padding(blocks!), bodyBottomWithFooter: number(bottom) },
        size,
      ).toEqual(metrics);
    }
    says(5, `Footer default padding ${FOOTER_PADDING} for every size`);
    says(5, 'Hero block: no padding');
    says(5, `Bubble background \`${BUBBLE_BACKGROUND}\``);
    says(5, `Separator default colour: S \`${SEPARATOR_COLOR}\``);
  });

  it('§6 button heights, colours and shape: S column', () => {
    expect(row(section(6), 'height md / sm')[2]).toBe(`${BUTTON.height.md} / ${BUTTON.height.sm} px`);
    expect(row(section(6), 'primary')[2]).toBe(`bg \`${BUTTON.primary.background}\`, text \`${BUTTON.primary.color}\``);
    expect(row(section(6), 'secondary')[2]).toBe(`bg \`${BUTTON.secondary.background}\`, text \`${BUTTON.secondary.color}\``);
    expect(row(section(6), 'link')[2]).toBe(`text \`${BUTTON.link.color}\`, no bg`);
    expect(row(section(6), 'shape')[2]).toContain(`radius ${BUTTON.radius}, padding 0 ${BUTTON.paddingInline}, font ${BUTTON.fontSize}px`);
  });

  it('§7 defaults: text colour, font stack, size md 16px, line height 1.4; gradient centre 50%', () => {
    const [, colour] = row(section(7), 'default text colour');
    expect(colour).toContain(`inherits \`${TEXT.color.slice(0, 4)}\``);
    expect(TEXT.color).toBe('#444444');
    expect(colour).toContain(`font stack \`${TEXT.fontFamily}\`, ${FONT_SIZE_PX.md}px, line-height ${TEXT.lineHeight}`);
    expect(row(section(7), 'gradient `centerPosition`')[1]).toBe('50%');
  });

  it('§9 an empty text keeps a 1.4em line; §10 separator hairline, carousel spacing', () => {
    expect(row(section(9), 'empty text')[2]).toContain(`keeps a ${TEXT.lineHeight}em line`);
    expect(row(section(10), 'separator')[2]).toContain(`default \`${SEPARATOR_COLOR}\`; a 1px border on a pseudo-element scaled to 0.5`);
    const carousel = row(section(10), 'carousel')[2]!;
    expect(carousel).toContain(`items \`width:${CAROUSEL.itemWidthPercent}%\` capped at the size width`);
    expect(carousel).toContain(`${CAROUSEL.gap}px between, ${CAROUSEL.trailing}px trailing spacer`);
  });

  it('§11 template ratios and background, the imagemap base, the chat background, the rich menu chat bar', () => {
    const buttons = row(section(11), 'template buttons')[1]!;
    expect(buttons).toContain('`rectangle` 1.51:1 (default) or `square` 1:1');
    expect(TEMPLATE_RATIO).toEqual({ rectangle: 1 / 1.51, square: 1 });
    expect(buttons.toLowerCase()).toContain(`image bg default \`${TEMPLATE_IMAGE_BACKGROUND}\``);
    expect(row(section(11), 'imagemap')[1]).toContain(`\`baseSize.width\` is always ${IMAGEMAP_BASE_WIDTH}`);
    expect(row(section(11), 'chat background')[2]).toContain(`S simulator page \`${CHAT.background}\``);
    expect(row(section(11), 'rich menu')[2]).toContain(`bottom input/chat bar ${CHAT.chatBar}px`);
  });
});
