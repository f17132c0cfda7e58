/**
 * JSON nested deeper than `LIMITS.nesting` is a validation problem with its path, never a stack
 * overflow: 800 nested boxes (38 KB) made `validate`, `send` and `preview` exit 70 with a
 * RangeError. The compiled predicate and zod agree on it, and a value that refers to itself is
 * said to be circular.
 */
import { startEmulator } from '@linejsx/emulator';
import { Body, Box, Bubble, Flex, render, renderMessages, Text } from '@linejsx/jsx';
import {
  flexMessageSchema,
  LIMITS,
  LineValidationError,
  messageSchema,
  nestingIssue,
  validateMessage,
  validateMessages,
  validateRichMenu,
} from '@linejsx/schema';
import { narrowcastRecipientIssues } from '@linejsx/send';
import { describe, expect, it } from 'vitest';
import { compilePredicate } from '../../packages/schema/src/compile.ts';

const MAX = LIMITS.nesting.max;

/** A flex message whose body is `boxes` boxes inside each other around a text. */
function nestedBoxes(boxes: number): Record<string, unknown> {
  let box: Record<string, unknown> = { type: 'text', text: 'x' };
  for (let i = 0; i < boxes; i++) box = { type: 'box', layout: 'vertical', contents: [box] };
  return { type: 'flex', altText: 'deep', contents: { type: 'bubble', body: box } };
}

/** The JSON depth of a value: 0 for a scalar, 1 + the deepest child for objects and arrays. */
function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

describe('LIMITS.nesting', () => {
  it('is a limit of the one table, with words and a source', () => {
    expect(LIMITS.nesting).toMatchObject({ max: expect.any(Number), what: expect.any(String), source: expect.any(String) });
    expect(MAX).toBeGreaterThanOrEqual(64);
  });

  it('800 nested boxes are one problem, at the path where the limit is passed, not a RangeError', () => {
    const result = validateMessage(nestedBoxes(800));
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'too_deep', limit: 'nesting', message: `nested deeper than ${MAX} levels of objects and arrays` });
    expect(issue!.path).toMatch(/^contents\.body(\.contents\[0\])+$/);
    // The path leads to the first object or array past the limit.
    const segments = issue!.path.split(/\.|(?=\[)/).length;
    expect(segments).toBe(MAX);
  });

  it('as many levels as the limit are fine; one more is not, in the compiled predicate and in zod alike', () => {
    // depth(nestedBoxes(n)) = 2n + 3; find the deepest n within the limit.
    const within = Math.floor((MAX - 3) / 2);
    expect(depth(nestedBoxes(within))).toBeLessThanOrEqual(MAX);
    expect(validateMessage(nestedBoxes(within)).ok).toBe(true);
    expect(compilePredicate(messageSchema)(nestedBoxes(within))).toBe(true);
    expect(depth(nestedBoxes(within + 1))).toBeGreaterThan(MAX);
    expect(compilePredicate(messageSchema)(nestedBoxes(within + 1))).toBe(false);
    expect(compilePredicate(flexMessageSchema)(nestedBoxes(within + 1))).toBe(false);
    expect(validateMessage(nestedBoxes(within + 1)).issues.map((i) => i.code)).toEqual(['too_deep']);
  });

  it('roots paths at the validated value (messages[i]…), and a refusal of the predicate that is not about depth still gets zod', () => {
    const result = validateMessages([{ type: 'text', text: 'hi' }, nestedBoxes(1000)]);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'too_deep', path: expect.stringMatching(/^messages\[1\]\.contents\.body/) }),
    ]);
    expect(validateMessage({ ...nestedBoxes(3), altText: '' }).issues.map((i) => i.code)).toEqual(['too_short']);
  });

  it('a value that refers to itself is circular, said at the first repeat', () => {
    const text: Record<string, unknown> = { type: 'text', text: 'hi' };
    text.quickReply = { items: [text] };
    const [issue] = validateMessage(text).issues;
    expect(issue).toMatchObject({ code: 'too_deep', path: 'quickReply.items[0]' });
    expect(issue!.message).toContain('circular');
    const menu: Record<string, unknown> = { size: { width: 2500, height: 843 } };
    menu.areas = [menu];
    expect(validateRichMenu(menu).issues[0]).toMatchObject({ code: 'too_deep', path: 'areas[0]' });
  });

  it('narrowcast operators nested 5,000 deep are a problem of the recipient, not a crash', () => {
    let recipient: Record<string, unknown> = { type: 'audience', audienceGroupId: 1 };
    for (let i = 0; i < 5000; i++) recipient = { type: 'operator', not: recipient };
    const issues = narrowcastRecipientIssues(recipient as never);
    expect(issues).toEqual([expect.objectContaining({ code: 'too_deep', path: expect.stringMatching(/^recipient\.not\.not/) })]);
  });

  it('nestingIssue finds the first container past the limit, or nothing', () => {
    expect(nestingIssue({ a: [1, { b: 2 }] })).toBeUndefined();
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestingIssue(deep, 'x')).toMatchObject({ code: 'too_deep', path: `x${'[0]'.repeat(MAX)}` });
  });
});

describe('rendering JSX nested deeper than the limit', () => {
  function Nested({ levels }: { levels: number }) {
    let inner = <Text>x</Text>;
    for (let i = 0; i < levels; i++) inner = <Box>{inner}</Box>;
    return (
      <Flex altText="deep">
        <Bubble>
          <Body>{inner}</Body>
        </Bubble>
      </Flex>
    );
  }

  it('is a LineValidationError naming the component and the path, for 800 nested <Box>es', () => {
    let error: unknown;
    try {
      render(<Nested levels={800} />);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LineValidationError);
    const issue = (error as LineValidationError).issues.find((i) => i.code === 'too_deep');
    expect(issue?.message).toContain(`nested deeper than ${MAX} levels`);
    expect(issue?.component?.path).toMatch(/^<Flex> > <Bubble> > <Body> > <Box> > <Box>/);
  });

  it('is the same for children in arrays nested 10,000 deep', () => {
    let children: unknown = <Text>x</Text>;
    for (let i = 0; i < 10_000; i++) children = [children];
    expect(() => renderMessages(children as never)).toThrow(LineValidationError);
  });

  it('passes designs as deep as real ones', () => {
    expect(render(<Nested levels={20} />)).toMatchObject({ type: 'flex' });
  });
});

describe('the emulator', () => {
  it('answers 400 with the problem for a request with 800 nested boxes, as LINE does, not 500', async () => {
    const emu = await startEmulator();
    try {
      const response = await fetch(`${emu.url}/v2/bot/message/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to: emu.followers[0], messages: [nestedBoxes(800)] }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { details: Array<{ property: string; message: string }> };
      expect(body.details).toEqual([
        { property: expect.stringMatching(/^messages\[0\]\.contents\.body/), message: expect.stringContaining('nested deeper than') },
      ]);
      expect(emu.received().size).toBe(0);
    } finally {
      await emu.stop();
    }
  });
});
