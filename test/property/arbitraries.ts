/**
 * fast-check generators of element trees built from our non-flex components, with props and
 * children that are sometimes right, sometimes wrong (too long, empty, bad URLs, wrong types,
 * unknown props, elements in the wrong place), wrapped in fragments, arrays, nulls and user
 * components. `valid: true` keeps values inside LINE's rules, so that many trees render.
 */

import * as L from '@linejsx/jsx';
import { type Component, createElement, Fragment, type LineElement, type LineNode } from '@linejsx/jsx';
import fc from 'fast-check';

type Props = Record<string, unknown>;
type Arb<T> = fc.Arbitrary<T>;

const maybe = <T>(arb: Arb<T>): Arb<T | undefined> => fc.option(arb, { nil: undefined, freq: 3 });
const el = (type: unknown, props: Props): LineElement => createElement(type as Component<Props>, props);

/** A user component that renders what it is given: the tree must flatten it away. */
function Pass({ child }: { child: LineNode }): LineNode {
  return child;
}

/** The knobs of one run: valid values only, or anything. */
interface Mode {
  readonly valid: boolean;
}

function values({ valid }: Mode) {
  const pick = <T>(good: Arb<T>, bad: Arb<unknown>): Arb<unknown> =>
    valid ? good : fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });
  const words = fc.constantFrom('Hello', 'こんにちは', 'สวัสดี', '🍎 and 👨‍👩‍👧', '{braces}', 'Price $5', 'Total: ¥1,200', 'Ok');
  const shortText = fc.oneof(words, fc.string({ minLength: 1, maxLength: 8, unit: 'grapheme-ascii' }));
  const badText = fc.oneof(
    fc.constant(''),
    fc.nat({ max: 400 }).map((n) => 'x'.repeat(n)),
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
  );
  const goodUrl = fc.oneof(
    fc.constantFrom('https://cdn.example.com/a.jpg', 'https://cdn.example.com/%E7%8C%AB.png?v=2#x', 'HTTPS://CDN.EXAMPLE.COM/A.PNG'),
    fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 1000),
  );
  const badUrl = fc.constantFrom(
    '',
    'http://cdn.example.com/a.jpg',
    'cdn.example.com/a.jpg',
    'https://',
    'https://cdn.example.com/a b.jpg',
    'https://cdn.example.com/猫.jpg',
    '100%',
    'tel:',
  );
  const linkUrl = fc.oneof(goodUrl, fc.constantFrom('http://example.com/', 'tel:0312345678', 'line://ti/p/@linedevelopers'));
  return {
    text: pick(shortText, badText),
    label: pick(
      fc.oneof(fc.constantFrom('Buy', 'はい', 'ดูเพิ่มเติม', '🍎'), fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme-ascii' })),
      badText,
    ),
    url: pick(goodUrl, badUrl),
    link: pick(linkUrl, fc.oneof(badUrl, fc.constantFrom('mailto:a@example.com', 'javascript:void(0)'))),
    id: pick(fc.stringMatching(/^[0-9]{1,8}$/), fc.oneof(fc.integer({ min: 0, max: 99999 }), fc.constant(''))),
    userId: pick(fc.stringMatching(/^U[0-9a-f]{32}$/), fc.constantFrom('U123', '', 'Uxxxxxxxxxxxxx')),
    int: (min: number, max: number) =>
      pick(fc.integer({ min, max }), fc.oneof(fc.double(), fc.integer({ min: -10, max: -1 }), fc.constant(Number.NaN), fc.string())),
    date: pick(fc.constantFrom('2026-12-01', '2026-12-24'), fc.constantFrom('2026-02-30', '1899-12-31', '12/24', '0050-01-01')),
    /** Props LINE does not have, or a prop of the wrong type: validation must name them. */
    extra: valid
      ? fc.constant({})
      : fc.oneof(
          { weight: 5, arbitrary: fc.constant({}) },
          { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('lable', 'foo', 'type', 'size', 'url'), fc.jsonValue(), { maxKeys: 2 }) },
        ),
  };
}

/** Generators of elements for one mode. */
export function elements(mode: Mode) {
  const v = values(mode);
  const props = (shape: Record<string, Arb<unknown>>) =>
    fc.tuple(fc.record(shape, { requiredKeys: [] }), v.extra).map(([p, extra]) => ({ ...p, ...(extra as Props) }));
  const withRequired = (required: Record<string, Arb<unknown>>, optional: Record<string, Arb<unknown>>) =>
    fc
      .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }), v.extra)
      .map(([r, o, extra]) => ({ ...r, ...o, ...(extra as Props) }));

  /** Wraps a node the ways JSX allows: as is, in an array, a fragment, a user component, next to nulls. */
  const wrap = (node: Arb<LineNode>): Arb<LineNode> =>
    fc.oneof(
      { weight: 6, arbitrary: node },
      { weight: 1, arbitrary: node.map((n) => [n]) },
      { weight: 1, arbitrary: node.map((n) => el(Fragment, { children: n })) },
      { weight: 1, arbitrary: node.map((n) => el(Pass, { child: n })) },
      { weight: 1, arbitrary: node.map((n) => [null, n, false, undefined]) },
    );
  const list = (node: Arb<LineNode>, max: number) => fc.array(wrap(node), { maxLength: max }).map((nodes) => nodes as LineNode);

  const label = mode.valid ? v.label : maybe(v.label);
  const action = (withLabel: boolean) => {
    // The label is required (buttons, quick replies) or optional (defaultAction, image carousel).
    const l: Record<string, Arb<unknown>> = withLabel ? { label: v.label } : {};
    const o: Record<string, Arb<unknown>> = withLabel ? {} : { label };
    return fc.oneof(
      withRequired({ ...l, data: v.text }, { ...o, displayText: v.text, inputOption: fc.constantFrom('openKeyboard', 'openRichMenu') }).map(
        (p) => el(L.Postback, p),
      ),
      withRequired({ ...l, text: v.text }, o).map((p) => el(L.MessageAction, p)),
      withRequired({ ...l, uri: v.link }, { ...o, altUri: v.link.map((desktop) => ({ desktop })) }).map((p) => el(L.Uri, p)),
      // Valid runs set no min: a random min could follow the initial date.
      withRequired(
        { ...l, data: v.text, mode: fc.constant('date') },
        { ...o, initial: v.date, ...(mode.valid ? {} : { min: v.date }) },
      ).map((p) => el(L.DatetimePicker, p)),
      withRequired({ ...l, clipboardText: v.text }, o).map((p) => el(L.Clipboard, p)),
    );
  };
  /** Actions only quick replies take. */
  const quickOnly = fc.oneof(
    withRequired({ label: v.label }, {}).map((p) => el(L.Camera, p)),
    withRequired({ label: v.label }, {}).map((p) => el(L.CameraRoll, p)),
    withRequired({ label: v.label }, {}).map((p) => el(L.LocationAction, p)),
  );
  /** Something that belongs elsewhere: a render problem wherever it lands when not `valid`. */
  const stray: Arb<LineNode> = mode.valid
    ? fc.constant(null)
    : fc.oneof(
        fc.constant(el(L.Sticker, { packageId: '446', stickerId: '1988' })),
        fc.constant(el(L.Column, { text: 'x' })),
        fc.constant(el(L.RichMenuSwitch, { richMenuAliasId: 'a', data: 'b' })),
        fc.constantFrom<LineNode>('stray text', 42, { not: 'an element' } as unknown as LineNode),
      );

  const quickReply = fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: action(true) },
        { weight: 1, arbitrary: quickOnly },
        {
          weight: 1,
          arbitrary: fc
            .tuple(maybe(v.url), fc.oneof(action(true), quickOnly))
            .map(([imageUrl, child]) => el(L.QuickReplyButton, { imageUrl, children: child })),
        },
        { weight: mode.valid ? 0 : 1, arbitrary: stray },
      ),
      { minLength: mode.valid ? 1 : 0, maxLength: mode.valid ? 13 : 15 },
    )
    .map((items) => el(L.QuickReply, { children: items }));
  const sender = props({
    name: v.text.map((n) => (typeof n === 'string' && mode.valid ? n.replace(/line/gi, 'Cony') : n)),
    iconUrl: v.url,
  }).map((p) => el(L.Sender, p));
  const common = fc.record({ quickReply: maybe(quickReply), sender: maybe(sender) }, { requiredKeys: [] });
  const message = (arb: Arb<Props>, type: unknown) => fc.tuple(arb, common).map(([p, c]) => el(type, { ...p, ...c }));

  const inline = fc.oneof(
    { weight: 4, arbitrary: v.text.map((t) => (typeof t === 'string' || typeof t === 'number' ? t : String(t))) as Arb<LineNode> },
    {
      weight: 1,
      arbitrary: fc.constantFrom('001', '002').map((emojiId) => el(L.Emoji, { productId: '5ac1bfd5040ab15980c9b435', emojiId })),
    },
    // Names only when anything goes: two users under one name is a problem.
    {
      weight: 1,
      arbitrary: fc
        .tuple(v.userId, mode.valid ? fc.constant(undefined) : maybe(fc.constantFrom('friend', 'boss')))
        .map(([userId, name]) => el(L.Mention, { userId, name })),
    },
    { weight: 1, arbitrary: fc.constant(el(L.MentionAll, {})) },
    { weight: mode.valid ? 0 : 1, arbitrary: stray },
  );
  const textMessage = message(
    fc.record(
      {
        children: list(inline, 6).filter((c) => !mode.valid || (Array.isArray(c) && c.length > 0)),
        v2: maybe(fc.boolean()),
        quoteToken: maybe(fc.constant('q3Plxr4AgKd')),
      },
      { requiredKeys: ['children'] },
    ),
    L.Text,
  );
  const area = (act: Arb<LineElement>) =>
    fc
      .tuple(v.int(0, 1000), v.int(0, 1000), v.int(1, 40), v.int(1, 40), act)
      .map(([x, y, width, height, child]) => el(L.Area, { x, y, width, height, children: child }));
  const imagemapAction = fc.oneof(
    withRequired({ uri: v.link }, { label }).map((p) => el(L.Uri, p)),
    withRequired({ text: v.text }, { label }).map((p) => el(L.MessageAction, p)),
    withRequired({ clipboardText: v.text }, { label }).map((p) => el(L.Clipboard, p)),
  );
  /** A column with `actions` actions and a title and image as `shape` says (all columns must match). */
  const column = (actions: number, shape: { title: boolean; image: boolean }) =>
    fc
      .record({
        text: v.text,
        title: shape.title ? v.text : fc.constant(undefined),
        thumbnailImageUrl: shape.image ? v.url : fc.constant(undefined),
        children: fc.array(action(true), { minLength: actions, maxLength: actions }),
      })
      .map((p) => el(L.Column, p));

  const messages: Arb<LineElement> = fc.oneof(
    textMessage,
    message(withRequired({ packageId: v.id, stickerId: v.id }, { quoteToken: fc.constant('q3Plxr4AgKd') }), L.Sticker),
    message(withRequired({ originalContentUrl: v.url, previewImageUrl: v.url }, {}), L.Image),
    message(
      withRequired({ originalContentUrl: v.url, previewImageUrl: v.url }, { trackingId: fc.constantFrom('clip-1', 'a.b=c') }),
      L.Video,
    ),
    message(withRequired({ originalContentUrl: v.url, duration: v.int(1, 600000) }, {}), L.Audio),
    message(
      withRequired(
        {
          title: v.text,
          address: v.text,
          latitude: fc.double({ min: -90, max: 90, noNaN: true }),
          longitude: fc.double({ min: -180, max: 180, noNaN: true }),
        },
        {},
      ),
      L.Location,
    ),
    message(
      withRequired({ couponId: fc.constantFrom('01JYNW8JMQVFBNPMQ6ZQ6BC1QH') }, { deliveryTag: fc.constantFrom('spring_sale', 'tag') }),
      L.Coupon,
    ),
    message(
      withRequired(
        {
          baseUrl: mode.valid
            ? fc.constantFrom('https://cdn.example.com/imagemaps/spring', 'https://cdn.example.com/menu.png?_ignore=')
            : v.url,
          altText: v.text,
          // Valid areas (x, y ≤ 1000, at most 40 wide and high) stay inside a base at least 1040 high.
          baseSize: fc.record({ width: fc.constant(1040), height: mode.valid ? v.int(1040, 2000) : v.int(1, 2000) }),
        },
        { children: list(area(imagemapAction), 4).filter((c) => !mode.valid || (Array.isArray(c) && c.length > 0)) },
      ),
      L.Imagemap,
    ),
    message(
      withRequired(
        { altText: v.text, text: v.text, children: fc.array(action(true), { minLength: 1, maxLength: 4 }) },
        { title: v.text, defaultAction: action(false) },
      ),
      L.Buttons,
    ),
    message(withRequired({ altText: v.text, text: v.text, children: fc.tuple(action(true), action(true)) }, {}), L.Confirm),
    message(
      fc
        .record({ n: fc.integer({ min: 1, max: 3 }), title: fc.boolean(), image: fc.boolean() })
        .chain(({ n, ...shape }) => fc.record({ altText: v.text, children: fc.array(column(n, shape), { minLength: 1, maxLength: 3 }) })),
      L.Carousel,
    ),
    message(
      fc.record({
        altText: v.text,
        children: fc.array(
          fc.record({ imageUrl: v.url, action: action(false) }).map((p) => el(L.Image, p)),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      L.ImageCarousel,
    ),
  );

  /** One message element, maybe wrapped, maybe next to strays. */
  const root: Arb<LineNode> = mode.valid
    ? wrap(messages)
    : fc.oneof(
        { weight: 5, arbitrary: wrap(messages) },
        { weight: 1, arbitrary: fc.tuple(wrap(messages), stray).map((pair) => pair as LineNode) },
      );
  /** One to five messages (or, when anything goes, zero to seven). */
  const several: Arb<LineNode> = fc
    .array(wrap(messages), { minLength: mode.valid ? 1 : 0, maxLength: mode.valid ? 5 : 7 })
    .map((nodes) => el(Fragment, { children: nodes }));
  return { root, several };
}
