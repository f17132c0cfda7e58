/**
 * The rich menus of the shared corpus of real-world LINE JSON (../shared/corpus/rich-menu): each
 * is accepted, or rejected for a reason written here in words, with exactly the problems we report.
 * Skipped, saying so, where the corpus is absent (a user's clone).
 */

import { renderRichMenuHtml } from '@linejsx/preview';
import { validateRichMenu } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { CORPUS_MISSING, corpus, corpusAvailable } from '../../tools/corpus.ts';

interface Verdict {
  /** Why, in words a person understands. */
  readonly reason: string;
  /** Every problem we report, as `path: message`; none when the file is accepted. */
  readonly problems?: readonly string[];
}

const VERDICTS: Readonly<Record<string, Verdict>> = {
  'rich-menu/js-2500x1686-6grid-message.json': {
    reason: 'a 3x2 grid that tiles the full-size menu exactly (833, 833 and 834 px columns)',
  },
  'rich-menu/ts-2500x843-datetimepicker.json': {
    reason: 'hand-traced areas with gaps between them: parts of the image that do nothing are allowed',
  },
  'rich-menu/curl-800x270-alias-is-richmenu-id.json': {
    reason: 'the switch names a rich menu ID where its alias belongs, and the second area starts at x 401 instead of 400',
    problems: [
      'areas[1].action.richMenuAliasId: richMenuAliasId is 41 characters; LINE allows at most 32',
      'areas[1].bounds: area 1 reaches past the menu (x + width = 801 > 800): 1 px past the right edge of the 800x270 menu',
    ],
  },
  'rich-menu/gas-800x540-switch-fractional-bounds.json': {
    reason:
      'columns computed as width / 3 are fractions of a pixel, the third row starts inside the second, and one area opens an iOS "prefs:" URL',
    problems: [
      'areas[2].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[3].bounds.x: x must be a whole number; got 266.6666666666667',
      'areas[3].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[4].bounds.x: x must be a whole number; got 533.3333333333334',
      'areas[4].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[5].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[6].bounds.x: x must be a whole number; got 266.6666666666667',
      'areas[6].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[6].action.uri: "prefs:root=General&path=HOME_BUTTON" uses the "prefs" scheme; LINE accepts "http", "https", "line" or "tel"',
      'areas[7].bounds.x: x must be a whole number; got 533.3333333333334',
      'areas[7].bounds.width: width must be a whole number; got 266.6666666666667',
      'areas[5].bounds: area 5 overlaps area 2 by 266.667x108 px at x 0, y 216; a tap there would be ambiguous',
      'areas[6].bounds: area 6 overlaps area 3 by 266.667x108 px at x 266.667, y 216; a tap there would be ambiguous',
      'areas[7].bounds: area 7 overlaps area 4 by 266.667x108 px at x 533.333, y 216; a tap there would be ambiguous',
    ],
  },
  'rich-menu/js-1080x728-surf-6areas.json': {
    reason: 'each column and row starts one pixel after the last one ended, so the grid ends one pixel past the right and bottom edges',
    problems: [
      'areas[2].bounds: area 2 reaches past the menu (x + width = 1,081 > 1,080): 1 px past the right edge of the 1080x728 menu',
      'areas[3].bounds: area 3 reaches past the menu (y + height = 729 > 728): 1 px past the bottom edge of the 1080x728 menu',
      'areas[4].bounds: area 4 reaches past the menu (y + height = 729 > 728): 1 px past the bottom edge of the 1080x728 menu',
      'areas[5].bounds: area 5 reaches past the menu (x + width = 1,081 > 1,080) and (y + height = 729 > 728): 1 px past the right edge and 1 px past the bottom edge of the 1080x728 menu',
    ],
  },
  'rich-menu/line-nodejs-richmenu-a-switch.json': {
    // LINE's own SDK sample: LINE may well tolerate the pixel. We refuse it because a tap area
    // outside the image is a layout mistake the author wants to hear about (issue 6's rule).
    reason: "LINE's own SDK sample starts its second half at x 1251, so it ends one pixel past the 2500-pixel menu",
    problems: ['areas[1].bounds: area 1 reaches past the menu (x + width = 2,501 > 2,500): 1 px past the right edge of the 2500x1686 menu'],
  },
  'rich-menu/py-v3-postback-inputoption-long-labels.json': {
    reason: 'a label of 23 characters, and the right column starts one pixel late, so it ends past the right and bottom edges',
    problems: [
      'areas[2].action.label: label is 23 characters; LINE allows at most 20',
      'areas[1].bounds: area 1 reaches past the menu (x + width = 2,501 > 2,500): 1 px past the right edge of the 2500x1686 menu',
      'areas[2].bounds: area 2 reaches past the menu (x + width = 2,501 > 2,500) and (y + height = 1,687 > 1,686): 1 px past the right edge and 1 px past the bottom edge of the 2500x1686 menu',
    ],
  },
  'rich-menu/python-thai-health-5areas.json': {
    reason: 'the bottom row starts at y 844 instead of 843, so it ends one pixel past the bottom edge',
    problems: [
      'areas[2].bounds: area 2 reaches past the menu (y + height = 1,687 > 1,686): 1 px past the bottom edge of the 2500x1686 menu',
      'areas[3].bounds: area 3 reaches past the menu (y + height = 1,687 > 1,686): 1 px past the bottom edge of the 2500x1686 menu',
      'areas[4].bounds: area 4 reaches past the menu (y + height = 1,687 > 1,686): 1 px past the bottom edge of the 2500x1686 menu',
    ],
  },
  'rich-menu/sh-2500x843-location-action.json': {
    reason: 'a "send my location" area: LINE offers the location action in quick replies only',
    problems: ['areas[2].action.type: a location action can not be used in a rich menu area; it works only in a quick reply'],
  },
};

const files = corpus().filter((file) => file.name.startsWith('rich-menu/'));
if (!corpusAvailable) console.warn(CORPUS_MISSING);

describe.skipIf(!corpusAvailable)('the rich menus of ../shared/corpus', () => {
  it('has a verdict with a reason for every file, and no verdict for a file that is not there', () => {
    expect(files.map((f) => f.name).sort()).toEqual(Object.keys(VERDICTS).sort());
    for (const verdict of Object.values(VERDICTS)) expect(verdict.reason.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [f.name, f.json] as const))('%s', (name, json) => {
    const result = validateRichMenu(json);
    expect(result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual(VERDICTS[name]!.problems ?? []);
    // The preview draws every menu, valid or not, with its problems under it.
    const html = renderRichMenuHtml([{ menu: json }]);
    expect(html.match(/class="lj-rm-area[ "]/g)).toHaveLength((json as { areas: unknown[] }).areas.length);
    for (const issue of result.issues) expect(html).toContain(`<code class="lj-issue-path">menus[0].${issue.path}</code>`);
  });
});
