import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf } from '../support/validation.ts';

const withSender = (sender: Record<string, unknown>) => ({ type: 'text', text: 'Hello', sender });

describe('sender name', () => {
  it.each(['Cony', 'Brown Café', 'Online shop', 'Pipeline bot', 'コニー'])('accepts %s', (name) => {
    expect(issuesOf(withSender({ name, iconUrl: 'https://cdn.example.com/cony.png' }))).toEqual([]);
  });

  // R#icon-nickname-switch: "Certain words such as LINE may not be used."
  it.each(['LINE', 'line', 'LINE Official', 'Shop on LINE', 'LINEスタンプ', 'ＬＩＮＥ', 'Ｌｉｎｅ shop'])(
    'refuses %s, which uses the word LINE',
    (name) => {
      expect(describeIssues(issuesOf(withSender({ name })))).toEqual([
        `sender.name: sender name ${JSON.stringify(name)} contains "LINE", which LINE does not allow`,
      ]);
    },
  );

  it('refuses an empty name', () => {
    expect(describeIssues(issuesOf(withSender({ name: '' })))).toEqual(['sender.name: sender name must not be empty']);
  });

  it('takes only name and iconUrl', () => {
    expect(describeIssues(issuesOf(withSender({ name: 'Cony', icon: 'https://cdn.example.com/cony.png' })))).toEqual([
      'sender.icon: "icon" is not a property of sender; did you mean "iconUrl"?',
    ]);
  });
});
