/**
 * The value formats of flex properties (`D:flex-message-layout`, `R#box` … `R#span`): every property
 * takes exactly what LINE documents, and anything else fails at its JSON path saying what to use.
 */
import { describe, expect, it } from 'vitest';
import { bodyMessage, box, flexMessage, IMAGE, issuesOf, text } from '../support/flex.ts';

interface FormatCase {
  /** The property, as it reads in a test name. */
  readonly property: string;
  /** A message whose property under test is `value`. */
  readonly build: (value: unknown) => unknown;
  /** The JSON path of the property in that message. */
  readonly path: string;
  readonly ok: readonly unknown[];
  /** Rejected values, each with the message it must fail with. */
  readonly bad: ReadonlyArray<readonly [unknown, string]>;
}

const SPACING = 'use a keyword (none, xs, sm, md, lg, xl, xxl) or pixels such as "12px"';
const PADDING = 'use a keyword (none, xs, sm, md, lg, xl, xxl), pixels such as "12px" or a percentage such as "50%"';
const OFFSET = 'use a keyword (none, xs, sm, md, lg, xl, xxl), pixels such as "12px" or "-4px" or a percentage such as "50%"';
const LENGTH = 'use pixels such as "12px" or a percentage such as "50%"';
const FONT_SIZE = 'use a keyword (xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl) or pixels such as "12px"';
const COLOR = 'is not a colour LINE accepts; use #RRGGBB or #RRGGBBAA';

const inText = (key: string) => (value: unknown) => bodyMessage(text('x', { [key]: value }));
const inBox = (key: string) => (value: unknown) => bodyMessage(box([], { [key]: value }));
const gradient = (props: Record<string, unknown>) =>
  bodyMessage(box([], { background: { type: 'linearGradient', angle: '90deg', startColor: '#000000', endColor: '#ffffff', ...props } }));
const TEXT = 'contents.body.contents[0]';

const CASES: readonly FormatCase[] = [
  {
    property: 'colours (#RRGGBB or #RRGGBBAA)',
    build: inText('color'),
    path: `${TEXT}.color`,
    ok: ['#06c755', '#06C755', '#06c75580', '#00000000'],
    bad: [
      ['#fff', `"#fff" ${COLOR}`],
      ['red', `"red" ${COLOR}`],
      ['#06c7555', `"#06c7555" ${COLOR}`],
      ['#06c75g', `"#06c75g" ${COLOR}`],
      ['06c755', `"06c755" ${COLOR}`],
      ['rgba(0,0,0,0.5)', `"rgba(0,0,0,0.5)" ${COLOR}`],
    ],
  },
  {
    property: 'margin (keyword or px, no %)',
    build: inText('margin'),
    path: `${TEXT}.margin`,
    ok: ['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', '0px', '12px', '23.5px'],
    bad: [
      ['10%', `"10%" is not accepted here; ${SPACING}`],
      ['-4px', `"-4px" is not accepted here; ${SPACING}`],
      ['3xl', `"3xl" is not accepted here; ${SPACING}`],
      ['12', `"12" is not accepted here; ${SPACING}`],
      ['12 px', `"12 px" is not accepted here; ${SPACING}`],
    ],
  },
  {
    property: 'box spacing (keyword or px, no %)',
    build: inBox('spacing'),
    path: `${TEXT}.spacing`,
    ok: ['none', 'md', 'xxl', '5px'],
    bad: [['50%', `"50%" is not accepted here; ${SPACING}`]],
  },
  {
    property: 'paddings (keyword, px or %)',
    build: inBox('paddingStart'),
    path: `${TEXT}.paddingStart`,
    ok: ['none', 'xxl', '0px', '20px', '5%', '23.5%'],
    bad: [
      ['-5%', `"-5%" is not accepted here; ${PADDING}`],
      ['2em', `"2em" is not accepted here; ${PADDING}`],
    ],
  },
  {
    property: 'offsets (keyword, px or %, possibly negative)',
    build: inBox('offsetTop'),
    path: `${TEXT}.offsetTop`,
    ok: ['none', 'md', '10px', '-10px', '50%', '-2.5%'],
    bad: [
      ['2em', `"2em" is not accepted here; ${OFFSET}`],
      ['--5px', `"--5px" is not accepted here; ${OFFSET}`],
    ],
  },
  {
    property: 'box width, maxWidth, height, maxHeight (px or %)',
    build: inBox('maxWidth'),
    path: `${TEXT}.maxWidth`,
    ok: ['100px', '100%', '12.5%'],
    bad: [
      ['md', `"md" is not accepted here; ${LENGTH}`],
      ['full', `"full" is not accepted here; ${LENGTH}`],
      ['-10px', `"-10px" is not accepted here; ${LENGTH}`],
    ],
  },
  {
    property: 'cornerRadius (keyword or px)',
    build: inBox('cornerRadius'),
    path: `${TEXT}.cornerRadius`,
    ok: ['none', 'xxl', '100px'],
    bad: [['50%', `"50%" is not accepted here; ${SPACING}`]],
  },
  {
    property: 'borderWidth (its own keywords or px)',
    build: inBox('borderWidth'),
    path: `${TEXT}.borderWidth`,
    ok: ['none', 'light', 'normal', 'medium', 'semi-bold', 'bold', '1.5px'],
    bad: [
      ['thick', '"thick" is not accepted here; use a keyword (none, light, normal, medium, semi-bold, bold) or pixels such as "12px"'],
      ['md', '"md" is not accepted here; use a keyword (none, light, normal, medium, semi-bold, bold) or pixels such as "12px"'],
    ],
  },
  {
    property: 'text size (keyword or px)',
    build: inText('size'),
    path: `${TEXT}.size`,
    ok: ['xxs', 'md', '3xl', '5xl', '30px'],
    bad: [
      ['full', `"full" is not accepted here; ${FONT_SIZE}`],
      ['50%', `"50%" is not accepted here; ${FONT_SIZE}`],
      ['6xl', `"6xl" is not accepted here; ${FONT_SIZE}`],
    ],
  },
  {
    property: 'icon size (keyword or px)',
    build: (size) => bodyMessage(box([{ type: 'icon', url: IMAGE, size }], { layout: 'baseline' })),
    path: `${TEXT}.contents[0].size`,
    ok: ['sm', '5xl', '18px'],
    bad: [['10%', `"10%" is not accepted here; ${FONT_SIZE}`]],
  },
  {
    property: 'image size (keyword with full, px or %)',
    build: (size) => bodyMessage({ type: 'image', url: IMAGE, size }),
    path: `${TEXT}.size`,
    ok: ['xxs', 'full', '5xl', '80px', '50%'],
    bad: [
      [
        'huge',
        '"huge" is not accepted here; use a keyword (xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, full), pixels such as "12px" or a percentage such as "50%"',
      ],
    ],
  },
  {
    property: 'lineSpacing (px only)',
    build: inText('lineSpacing'),
    path: `${TEXT}.lineSpacing`,
    ok: ['0px', '4px', '6.5px'],
    bad: [
      ['md', '"md" is not accepted here; use pixels such as "12px"'],
      ['150%', '"150%" is not accepted here; use pixels such as "12px"'],
    ],
  },
  {
    property: 'aspectRatio (W:H, 1 to 100,000 each, H at most 3 W)',
    build: (aspectRatio) => bodyMessage({ type: 'image', url: IMAGE, aspectRatio }),
    path: `${TEXT}.aspectRatio`,
    ok: ['1:1', '20:13', '1.91:1', '1:3', '100000:1', '100000:100000'],
    bad: [
      ['20/13', 'aspectRatio "20/13" must be "width:height", such as "20:13"'],
      ['16:9:1', 'aspectRatio "16:9:1" must be "width:height", such as "20:13"'],
      ['0:1', 'aspectRatio "0:1": width and height must each be 1 to 100,000'],
      ['100001:1', 'aspectRatio "100001:1": width and height must each be 1 to 100,000'],
      ['1:3.01', 'aspectRatio "1:3.01" is taller than LINE allows; the height may be at most 3 times the width'],
      ['1:4', 'aspectRatio "1:4" is taller than LINE allows; the height may be at most 3 times the width'],
    ],
  },
  {
    property: 'gradient angle (Ndeg in [0, 360))',
    build: (angle) => gradient({ angle }),
    path: `${TEXT}.background.angle`,
    ok: ['0deg', '90deg', '23.5deg', '359.9deg'],
    bad: [
      ['360deg', 'angle "360deg" must be "Ndeg" with N from 0 up to (not including) 360, such as "90deg"'],
      ['-90deg', 'angle "-90deg" must be "Ndeg" with N from 0 up to (not including) 360, such as "90deg"'],
      ['90', 'angle "90" must be "Ndeg" with N from 0 up to (not including) 360, such as "90deg"'],
    ],
  },
  {
    property: 'gradient centerPosition (0% to 100%)',
    build: (centerPosition) => gradient({ centerColor: '#888888', centerPosition }),
    path: `${TEXT}.background.centerPosition`,
    ok: ['0%', '10%', '65.5%', '100%'],
    bad: [
      ['120%', 'centerPosition "120%" must be a percentage from 0% to 100%, such as "50%"'],
      ['10px', 'centerPosition "10px" must be a percentage from 0% to 100%, such as "50%"'],
      ['-10%', 'centerPosition "-10%" must be a percentage from 0% to 100%, such as "50%"'],
    ],
  },
  {
    property: 'flex (a whole number, 0 or more)',
    build: inText('flex'),
    path: `${TEXT}.flex`,
    ok: [0, 1, 5],
    bad: [
      [-1, 'flex -1 must be a whole number 0 or more'],
      [1.5, 'flex 1.5 must be a whole number 0 or more'],
    ],
  },
  {
    property: 'maxLines (a whole number, 0 or more)',
    build: inText('maxLines'),
    path: `${TEXT}.maxLines`,
    ok: [0, 2],
    bad: [
      [-1, 'maxLines -1 must be a whole number 0 or more'],
      [2.5, 'maxLines 2.5 must be a whole number 0 or more'],
    ],
  },
];

describe.each(CASES)('$property', ({ build, path, ok, bad }) => {
  it.each(ok.map((value) => [value]))('accepts %j', (value) => {
    expect(issuesOf(build(value))).toEqual([]);
  });
  it.each(bad.map(([value, message]) => [value, message]))('rejects %j', (value, message) => {
    expect(issuesOf(build(value))).toEqual([[path, message]]);
  });
});

describe('colours in every place that takes one', () => {
  const bad = '#12345';
  const message = `"${bad}" ${COLOR}`;
  it.each([
    ['box backgroundColor', bodyMessage(box([], { backgroundColor: bad })), `${TEXT}.backgroundColor`],
    ['box borderColor', bodyMessage(box([], { borderColor: bad })), `${TEXT}.borderColor`],
    ['separator color', bodyMessage({ type: 'separator', color: bad }), `${TEXT}.color`],
    ['span color', bodyMessage({ type: 'text', contents: [{ type: 'span', text: 'x', color: bad }] }), `${TEXT}.contents[0].color`],
    ['image backgroundColor', bodyMessage({ type: 'image', url: IMAGE, backgroundColor: bad }), `${TEXT}.backgroundColor`],
    ['button color', bodyMessage({ type: 'button', color: bad, action: { type: 'message', label: 'Go', text: 'go' } }), `${TEXT}.color`],
    ['gradient startColor', gradient({ startColor: bad }), `${TEXT}.background.startColor`],
    ['gradient centerColor', gradient({ centerColor: bad }), `${TEXT}.background.centerColor`],
    [
      'block style backgroundColor',
      flexMessage({ type: 'bubble', styles: { body: { backgroundColor: bad } } }),
      'contents.styles.body.backgroundColor',
    ],
    [
      'block style separatorColor',
      flexMessage({ type: 'bubble', styles: { footer: { separatorColor: bad } } }),
      'contents.styles.footer.separatorColor',
    ],
  ])('%s', (_, message_, path) => {
    expect(issuesOf(message_)).toEqual([[path, message]]);
  });
});

describe('keywords', () => {
  it.each([
    [
      'bubble size',
      flexMessage({ type: 'bubble', size: 'large' }),
      'contents.size',
      'size is "large"; LINE accepts "nano", "micro", "deca", "hecto", "kilo", "mega" or "giga"',
    ],
    [
      'bubble direction',
      flexMessage({ type: 'bubble', direction: 'ttb' }),
      'contents.direction',
      'direction is "ttb"; LINE accepts "ltr" or "rtl"',
    ],
    [
      'box layout',
      bodyMessage(box([], { layout: 'grid' })),
      `${TEXT}.layout`,
      'layout is "grid"; LINE accepts "horizontal", "vertical" or "baseline"',
    ],
    [
      'justifyContent',
      bodyMessage(box([], { justifyContent: 'start' })),
      `${TEXT}.justifyContent`,
      'justifyContent is "start"; LINE accepts "flex-start", "center", "flex-end", "space-between", "space-around" or "space-evenly"',
    ],
    [
      'alignItems',
      bodyMessage(box([], { alignItems: 'stretch' })),
      `${TEXT}.alignItems`,
      'alignItems is "stretch"; LINE accepts "flex-start", "center" or "flex-end"',
    ],
    [
      'position',
      bodyMessage(text('x', { position: 'fixed' })),
      `${TEXT}.position`,
      'position is "fixed"; LINE accepts "relative" or "absolute"',
    ],
    ['text align', bodyMessage(text('x', { align: 'left' })), `${TEXT}.align`, 'align is "left"; LINE accepts "start", "end" or "center"'],
    [
      'text gravity',
      bodyMessage(text('x', { gravity: 'middle' })),
      `${TEXT}.gravity`,
      'gravity is "middle"; LINE accepts "top", "bottom" or "center"',
    ],
    ['text weight', bodyMessage(text('x', { weight: 'heavy' })), `${TEXT}.weight`, 'weight is "heavy"; LINE accepts "regular" or "bold"'],
    ['text style', bodyMessage(text('x', { style: 'oblique' })), `${TEXT}.style`, 'style is "oblique"; LINE accepts "normal" or "italic"'],
    [
      'text decoration',
      bodyMessage(text('x', { decoration: 'overline' })),
      `${TEXT}.decoration`,
      'decoration is "overline"; LINE accepts "none", "underline" or "line-through"',
    ],
    [
      'text adjustMode',
      bodyMessage(text('x', { adjustMode: 'shrink' })),
      `${TEXT}.adjustMode`,
      'adjustMode must be "shrink-to-fit"; got "shrink"',
    ],
    [
      'image aspectMode',
      bodyMessage({ type: 'image', url: IMAGE, aspectMode: 'fill' }),
      `${TEXT}.aspectMode`,
      'aspectMode is "fill"; LINE accepts "fit" or "cover"',
    ],
    [
      'button style',
      bodyMessage({ type: 'button', style: 'danger', action: { type: 'message', label: 'Go', text: 'go' } }),
      `${TEXT}.style`,
      'style is "danger"; LINE accepts "primary", "secondary" or "link"',
    ],
    [
      'button height',
      bodyMessage({ type: 'button', height: 'lg', action: { type: 'message', label: 'Go', text: 'go' } }),
      `${TEXT}.height`,
      'height is "lg"; LINE accepts "sm" or "md"',
    ],
  ])('%s', (_, message, path, expected) => {
    expect(issuesOf(message)).toEqual([[path, expected]]);
  });
});
