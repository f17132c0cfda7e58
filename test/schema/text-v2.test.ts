import { textV2Placeholders } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf, userId } from '../support/validation.ts';

const mention = { type: 'mention', mentionee: { type: 'user', userId: userId('a') } };
const textV2 = (text: string, substitution?: Record<string, unknown>) => ({
  type: 'textV2',
  text,
  ...(substitution ? { substitution } : {}),
});

describe('textV2Placeholders', () => {
  it.each([
    ['Hello {user}!', ['user']],
    ['{a}{b} {a}', ['a', 'b', 'a']],
    ['no placeholders', []],
    ['{{literal}} braces', []],
    ['{{{user}}}', ['user']],
    ['a }} b {{ c', []],
    ['{emoji_1}', ['emoji_1']],
  ])('finds the keys of %j', (text, keys) => {
    expect(textV2Placeholders(text)).toEqual({ keys });
  });

  it.each([
    ['Price: {', 'text has a "{" at index 7 that is never closed; write "{{" for a literal brace'],
    ['a {b {c}', 'text has a "{" at index 2 that is never closed; write "{{" for a literal brace'],
    ['smile :}', 'text has a "}" at index 7 with no "{" before it; write "}}" for a literal brace'],
    ['{user}}', 'text has a "}" at index 6 with no "{" before it; write "}}" for a literal brace'],
  ])('explains the unpaired brace in %j', (text, problem) => {
    expect(textV2Placeholders(text).problem).toBe(problem);
  });
});

describe('textV2 messages', () => {
  it('accepts placeholders that all have a substitution, and escaped braces', () => {
    expect(issuesOf(textV2('{{Welcome}} {user}, {user}!', { user: mention }))).toEqual([]);
    expect(issuesOf(textV2('no substitution at all'))).toEqual([]);
  });

  it('names a placeholder without a substitution', () => {
    expect(describeIssues(issuesOf(textV2('Hi {user} and {friend}', { user: mention })))).toEqual([
      'text: text uses {friend} but substitution has no "friend"',
    ]);
  });

  it('explains a placeholder that can not be a key instead of asking for a substitution', () => {
    expect(describeIssues(issuesOf(textV2('Hi {first name}', { user: mention })))).toEqual([
      'text: text has "{first name}", which is not a placeholder: keys use only letters, digits and "_"; write "{{" and "}}" for literal braces',
    ]);
    expect(describeIssues(issuesOf(textV2('Set {} empty')))).toEqual([
      'text: text has "{}", which is not a placeholder: keys use only letters, digits and "_"; write "{{" and "}}" for literal braces',
    ]);
  });

  it('checks substitution keys', () => {
    expect(describeIssues(issuesOf(textV2('{my-key}', { 'my-key': mention })))).toEqual([
      'text: text has "{my-key}", which is not a placeholder: keys use only letters, digits and "_"; write "{{" and "}}" for literal braces',
      'substitution.my-key: substitution key "my-key" may only use letters, digits and "_"',
    ]);
  });

  it('checks user IDs and emoji substitutions', () => {
    const message = textV2('{u} {e}', {
      u: { type: 'mention', mentionee: { type: 'user', userId: 'Uxxxxxxxxxxxx' } },
      e: { type: 'emoji', productId: 'p' },
    });
    expect(describeIssues(issuesOf(message))).toEqual([
      'substitution.u.mentionee.userId: userId "Uxxxxxxxxxxxx" is not a LINE user ID (U followed by 32 hex digits)',
      'substitution.e.emojiId: emojiId is required',
    ]);
  });
});
