import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf } from '../support/validation.ts';

const order = { type: 'postback', label: 'Order', data: 'order' };
const details = { type: 'uri', label: 'Details', uri: 'https://shop.example.com/item' };
const carousel = (columns: Array<Record<string, unknown>>) => ({
  type: 'template',
  altText: 'Menu',
  template: { type: 'carousel', columns },
});

describe('carousel columns must match (R#column-object-for-carousel)', () => {
  it('accepts columns with the same number of actions and the same image and title presence', () => {
    const column = { thumbnailImageUrl: 'https://cdn.example.com/a.jpg', title: 'Bread', text: 'Fresh', actions: [order, details] };
    // imageBackgroundColor and defaultAction may differ between columns.
    expect(issuesOf(carousel([column, { ...column, title: 'Cake', imageBackgroundColor: '#FFEEDD', defaultAction: details }]))).toEqual([]);
  });

  it('names the column whose number of actions differs from the first', () => {
    expect(
      describeIssues(
        issuesOf(
          carousel([
            { text: 'a', actions: [order, details] },
            { text: 'b', actions: [order, details] },
            { text: 'c', actions: [order] },
          ]),
        ),
      ),
    ).toEqual(['template.columns[2].actions: column 2 has 1 action but column 0 has 2; every column needs the same number']);
  });

  it('names the column that has an image or a title the first does not have, and the reverse', () => {
    const issues = issuesOf(
      carousel([
        { text: 'a', actions: [order] },
        { text: 'b', title: 'B', actions: [order] },
        { text: 'c', thumbnailImageUrl: 'https://cdn.example.com/c.jpg', actions: [order] },
      ]),
    );
    expect(describeIssues(issues)).toEqual([
      'template.columns[1].title: column 1 has a title but column 0 has none; all columns must match',
      'template.columns[2].thumbnailImageUrl: column 2 has a thumbnailImageUrl but column 0 has none; all columns must match',
    ]);
    expect(issues.every((issue) => issue.code === 'invalid_combination')).toBe(true);
    expect(
      describeIssues(
        issuesOf(
          carousel([
            { text: 'a', title: 'A', actions: [order] },
            { text: 'b', actions: [order] },
          ]),
        ),
      ),
    ).toEqual(['template.columns[1].title: column 1 has no title but column 0 has one; all columns must match']);
  });

  it('still reports a column that is itself invalid, without comparing what is missing', () => {
    expect(describeIssues(issuesOf(carousel([{ text: 'a', actions: [order] }, { text: 'b' }])))).toEqual([
      'template.columns[1].actions: actions is required',
    ]);
  });
});

describe('card texts', () => {
  it('limits the text to 60 characters with a title or an image, 120 without (carousel)', () => {
    const long = 'x'.repeat(61);
    expect(issuesOf(carousel([{ text: long, actions: [order] }]))).toEqual([]);
    expect(describeIssues(issuesOf(carousel([{ text: long, title: 'T', actions: [order] }])))).toEqual([
      'template.columns[0].text: text (with a title) is 61 characters; LINE allows at most 60',
    ]);
    expect(
      describeIssues(issuesOf(carousel([{ text: long, thumbnailImageUrl: 'https://cdn.example.com/a.jpg', actions: [order] }]))),
    ).toEqual(['template.columns[0].text: text (with an image) is 61 characters; LINE allows at most 60']);
  });

  it('refuses an empty text', () => {
    expect(describeIssues(issuesOf(carousel([{ text: '', actions: [order] }])))).toEqual([
      'template.columns[0].text: text must not be empty',
    ]);
  });
});

describe('imageBackgroundColor', () => {
  // R#buttons, R#column-object-for-carousel: "Specify a RGB color value"; only flex colours take an alpha.
  it('is #RRGGBB in templates', () => {
    expect(issuesOf(carousel([{ text: 'a', imageBackgroundColor: '#FFEEDD', actions: [order] }]))).toEqual([]);
    expect(describeIssues(issuesOf(carousel([{ text: 'a', imageBackgroundColor: '#FFEEDD80', actions: [order] }])))).toEqual([
      'template.columns[0].imageBackgroundColor: "#FFEEDD80" is not a colour LINE accepts here; use #RRGGBB',
    ]);
    const buttons = {
      type: 'template',
      altText: 'x',
      template: { type: 'buttons', text: 'y', imageBackgroundColor: 'white', actions: [order] },
    };
    expect(describeIssues(issuesOf(buttons))).toEqual([
      'template.imageBackgroundColor: "white" is not a colour LINE accepts here; use #RRGGBB',
    ]);
  });
});
