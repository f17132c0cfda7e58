import { validateMessage, validateMessages } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf } from '../support/validation.ts';

const confirm = (template: Record<string, unknown>) => ({ type: 'template', altText: 'Continue?', template });
const yes = { type: 'message', label: 'Yes', text: 'yes' };

describe('required properties', () => {
  it('says a missing property is required', () => {
    expect(issuesOf({ type: 'text' })).toEqual([{ path: 'text', message: 'text is required', code: 'required' }]);
  });

  it('says a missing fixed value (quick reply item type "action") is required, not "got undefined"', () => {
    const message = { type: 'text', text: 'Pick one', quickReply: { items: [{ action: yes }] } };
    expect(issuesOf(message)).toEqual([
      { path: 'quickReply.items[0].type', message: 'type is required; it is always "action"', code: 'required' },
    ]);
  });

  it('says a missing keyword (datetime picker mode) is required and lists the keywords', () => {
    const picker = { type: 'datetimepicker', label: 'When?', data: 'when' };
    expect(issuesOf(confirm({ type: 'confirm', text: 'Book?', actions: [picker, yes] }))).toEqual([
      { path: 'template.actions[0].mode', message: 'mode is required; LINE accepts "date", "time" or "datetime"', code: 'required' },
    ]);
  });

  it('says a missing type of a template is required and lists the template types', () => {
    expect(issuesOf(confirm({ text: 'Book?', actions: [yes, yes] }))).toEqual([
      {
        path: 'template.type',
        message: 'type is required; LINE accepts "buttons", "confirm", "carousel" or "image_carousel"',
        code: 'required',
      },
    ]);
  });

  it('gives a missing message or action type the code "required"', () => {
    expect(issuesOf({ text: 'hi' }).map((i) => [i.path, i.code])).toEqual([['type', 'required']]);
    const message = { type: 'text', text: 'Pick one', quickReply: { items: [{ type: 'action', action: { label: 'x' } }] } };
    expect(issuesOf(message).map((i) => [i.path, i.code])).toEqual([['quickReply.items[0].action.type', 'required']]);
  });
});

describe('wrong discriminators', () => {
  it('names the template type that does not exist and lists the real ones', () => {
    expect(describeIssues(issuesOf(confirm({ type: 'list', text: 'x', actions: [] })))).toEqual([
      'template.type: type "list" is not accepted here; LINE accepts "buttons", "confirm", "carousel" or "image_carousel"',
    ]);
  });

  it('names a substitution type and a mentionee type that do not exist', () => {
    const message = {
      type: 'textV2',
      text: '{a} {b}',
      substitution: { a: { type: 'sticker' }, b: { type: 'mention', mentionee: { type: 'group' } } },
    };
    expect(describeIssues(issuesOf(message))).toEqual([
      'substitution.a.type: type "sticker" is not accepted here; LINE accepts "mention" or "emoji"',
      'substitution.b.mentionee.type: type "group" is not accepted here; LINE accepts "user" or "all"',
    ]);
  });

  it('names an imagemap action type that does not exist', () => {
    const message = {
      type: 'imagemap',
      baseUrl: 'https://cdn.example.com/menu',
      altText: 'Menu',
      baseSize: { width: 1040, height: 1040 },
      actions: [{ type: 'postback', data: 'x', area: { x: 0, y: 0, width: 1040, height: 1040 } }],
    };
    expect(describeIssues(issuesOf(message))).toEqual([
      'actions[0].type: type "postback" is not accepted here; LINE accepts "uri", "message" or "clipboard"',
    ]);
  });
});

describe('wrong types', () => {
  it('names the expected and the given type with the value', () => {
    expect(describeIssues(issuesOf({ type: 'text', text: true }))).toEqual(['text: text must be a string, not a boolean (true)']);
    expect(describeIssues(issuesOf({ type: 'text', text: ['a'] }))).toEqual(['text: text must be a string, not an array']);
  });

  it('says NaN and Infinity are not finite numbers instead of "must be a number, not a number"', () => {
    const message = { type: 'location', title: 'Shop', address: 'Tokyo', latitude: Number.NaN, longitude: Number.POSITIVE_INFINITY };
    expect(describeIssues(issuesOf(message))).toEqual([
      'latitude: latitude must be a finite number, not NaN',
      'longitude: longitude must be a finite number, not Infinity',
    ]);
  });

  it('names array items by their index', () => {
    const result = validateMessages(['hello', { type: 'text', text: 'hi', quickReply: { items: [5] } }]);
    expect(result.ok ? [] : describeIssues(result.issues)).toEqual([
      'messages[0]: item 0 must be an object, not a string ("hello")',
      'messages[1].quickReply.items[0]: items[0] must be an object, not a number (5)',
    ]);
  });

  it('names the whole value when it is not an object at all', () => {
    expect(describeIssues(issuesOf('hello'))).toEqual(['the value must be an object, not a string ("hello")']);
    expect(describeIssues(issuesOf(null))).toEqual(['the value must be an object, not null']);
  });
});

describe('keywords', () => {
  it('lists the keywords LINE accepts', () => {
    const buttons = { type: 'buttons', text: 'Menu', imageSize: 'fill', actions: [yes] };
    expect(describeIssues(issuesOf(confirm(buttons)))).toEqual([
      'template.imageSize: imageSize is "fill"; LINE accepts "cover" or "contain"',
    ]);
  });
});

describe('unknown properties', () => {
  it('suggests the closest property name', () => {
    expect(issuesOf({ type: 'text', text: 'hi', quickreply: {} })).toEqual([
      {
        path: 'quickreply',
        message: '"quickreply" is not a property of a text message; did you mean "quickReply"?',
        code: 'unknown_property',
      },
    ]);
  });

  it('reports each unknown property at its own path', () => {
    expect(issuesOf({ type: 'sticker', packageId: '446', stickerId: '1988', packageID: '446', zzz: 1 })).toEqual([
      {
        path: 'packageID',
        message: '"packageID" is not a property of a sticker message; did you mean "packageId"?',
        code: 'unknown_property',
      },
      {
        path: 'zzz',
        message: '"zzz" is not a property of a sticker message; it takes type, packageId, stickerId, quoteToken, quickReply, sender',
        code: 'unknown_property',
      },
    ]);
  });

  it('explains a property that belongs to another message type', () => {
    expect(describeIssues(issuesOf({ type: 'text', text: 'hi {user}', substitution: {} }))).toEqual([
      'substitution: "substitution" is not a property of a text message; substitution only works on a "textV2" message',
    ]);
  });
});

describe('empty strings', () => {
  it('says an empty couponId must not be empty, in our words', () => {
    expect(issuesOf({ type: 'coupon', couponId: '' })).toEqual([
      { path: 'couponId', message: 'couponId must not be empty', code: 'too_short' },
    ]);
  });
});

it('never leaves a message to zod defaults', () => {
  // zod's own English ("Invalid input", "Too small: expected …") means a rule was not worded by us.
  const odd: unknown[] = [
    { type: 'coupon', couponId: '' },
    { type: 'textV2', text: '{a}', substitution: { a: 5 } },
    { type: 'template', altText: 'x', template: { type: 'image_carousel', columns: [{ imageUrl: 5, action: 'go' }] } },
    { type: 'imagemap', baseUrl: 5, altText: [], baseSize: 'big', actions: {} },
    { type: 'text', text: 'x', sender: 'me', quickReply: [] },
  ];
  for (const message of odd) {
    const result = validateMessage(message);
    expect(result.ok).toBe(false);
    for (const issue of result.issues) expect(issue.message).not.toMatch(/^(Invalid|Too (small|big)|Expected|Unrecognized)/);
  }
});

describe('"did you mean" for a property name that is part of the real one', () => {
  it.each([
    [{ type: 'text', text: 'Hi', sender: { name: 'Cony', icon: 'https://cdn.example.com/c.png' } }, 'sender.icon', 'sender', 'iconUrl'],
    [
      {
        type: 'template',
        altText: 'x',
        template: {
          type: 'buttons',
          thumbnail: 'https://cdn.example.com/a.jpg',
          text: 'y',
          actions: [{ type: 'message', label: 'a', text: 'a' }],
        },
      },
      'template.thumbnail',
      'a buttons template',
      'thumbnailImageUrl',
    ],
    [
      {
        type: 'imagemap',
        baseUrl: 'https://cdn.example.com/m',
        altText: 'x',
        baseSize: { width: 1040, height: 1040 },
        actions: [{ type: 'uri', uri: 'https://example.com', area: { x: 0, y: 0, width: 1, height: 1 } }],
      },
      'actions[0].uri',
      'an imagemap URI action',
      'linkUri',
    ],
  ])('%#: suggests the full name', (message, path, what, suggestion) => {
    const key = path.slice(path.lastIndexOf('.') + 1);
    expect(describeIssues(issuesOf(message))).toContain(`${path}: "${key}" is not a property of ${what}; did you mean "${suggestion}"?`);
  });
});

describe('flex text styles on a text message', () => {
  it.each(['size', 'weight', 'color', 'wrap', 'align'])('explains that a text message has no %s', (prop) => {
    expect(describeIssues(issuesOf({ type: 'text', text: 'Hi', [prop]: 'x' }))).toEqual([
      `${prop}: "${prop}" is not a property of a text message; a text message has no styling; use a flex message to style text`,
    ]);
  });
});
