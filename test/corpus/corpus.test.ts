/**
 * Every file of the shared corpus of real-world LINE JSON (../shared/corpus, all folders): the
 * table below lists each file @linejsx/schema rejects, why in words, the LINE rule it breaks, and
 * the problems we report; every other file must be accepted.
 */
import { expect, it } from 'vitest';
import { CORPUS_MISSING, corpus, corpusAvailable, indexValidity, validateCorpusFile } from '../../tools/corpus.ts';
import { describeWhen } from '../support/skip.ts';

interface Rejection {
  /** What is wrong, in words a person understands. */
  readonly reason: string;
  /** The LINE rule it breaks and where LINE says so (source tags of CONSTRAINTS.md). */
  readonly rule: string;
  /** The problems we report, as `path: part of the message`; each must match, and nothing else may be reported. */
  readonly issues: readonly string[];
}

const REJECTED: Readonly<Record<string, Rejection>> = {
  'flex-bubble/liff-doc-skeleton-styles-comment.json': {
    reason: "the docs' skeleton was pasted with its placeholder key 'comment' inside styles",
    rule: 'styles holds only header, hero, body and footer block styles (R#bubble-style)',
    issues: ['contents.styles.comment: "comment" is not a property of styles'],
  },
  'flex-bubble/line-python-kitchensink-brown-cafe-variant.json': {
    reason: 'it uses the spacer component, which LINE removed from Flex Messages',
    rule: "LINE's OpenAPI schema lists no spacer among flex components (S:FlexComponent discriminator); LINE refuses it",
    issues: ['contents.footer.contents[0].type: the "spacer" component was removed from Flex Messages'],
  },
  'flex-bubble/line-ruby-kitchensink-nano-bubble-as-message.json': {
    reason: 'a bare bubble is sent as if it were a message, without the flex wrapper and its altText',
    rule: 'a message type is one of text, textV2, sticker, … flex, coupon; a bubble goes in a flex message (S:Message, R#flex-message)',
    issues: ['type: a bubble is not a message by itself; wrap it as { "type": "flex"'],
  },
  'flex-bubble/zh-registration-card-letterspacing.json': {
    reason: 'a text sets letterSpacing, which flex texts do not have',
    rule: 'flex text properties (R#f-text); only lineSpacing exists',
    issues: ['contents.header.contents[0].letterSpacing: "letterSpacing" is not a property of a flex text; LINE has no letterSpacing'],
  },
  'flex-carousel/rb-shopping-showcase-rakuten.json': {
    reason: 'URLs carry raw Japanese characters instead of percent-encoding them',
    rule: 'URLs must be percent-encoded as UTF-8 (R#url-encoding)',
    issues: [
      'contents.contents[0].hero.url: "https://scdn.line-apps.com/n/channel_devcenter/img/fx/01_..." has characters LINE needs percent-encoded ("商", "品", "画")',
      'contents.contents[0].footer.contents[0].action.uri: "https://item.rakuten.co.jp/etranger/clg43-a2-01/?商品リンク" has characters LINE needs percent-encoded',
    ],
  },
  'flex-carousel/zh-smart-home-gradient-invalid-size.json': {
    reason: 'bubbles of size "standard" (no such size), texts with letterSpacing, and a box without contents',
    rule: 'bubble size is nano…giga (R#bubble); flex text properties (R#f-text); a box needs contents (R#box)',
    issues: [
      'contents.contents[0].size: size is "standard"; LINE accepts "nano", "micro", "deca", "hecto", "kilo", "mega" or "giga"',
      'contents.contents[1].size: size is "standard"',
      'letterSpacing: "letterSpacing" is not a property of a flex text',
      'contents.contents[0].body.contents[0].contents[0].contents[1].contents: contents is required',
    ],
  },
  'image-video-audio-location-sticker/php-sticker-integer-ids.json': {
    reason: 'the sticker IDs are JSON numbers; PHP sent them unquoted',
    rule: 'packageId and stickerId are strings (S:StickerMessage)',
    issues: ['packageId: packageId must be a string ("1"), not a number', 'stickerId: stickerId must be a string ("1"), not a number'],
  },
  'image-video-audio-location-sticker/php-video-empty-urls.json': {
    reason: 'both video URLs are empty: the "put your URL here" placeholders were never filled',
    rule: 'originalContentUrl and previewImageUrl are required HTTPS URLs (R#video-message)',
    issues: ['originalContentUrl: URL must not be empty', 'previewImageUrl: URL must not be empty'],
  },
  'imagemap/line-ruby-kitchensink-imagemap-video-snakecase.json': {
    reason: 'the video link is spelled external_link (snake_case)',
    rule: 'the imagemap video property is externalLink (R#imagemap-message, S:ImagemapVideo)',
    issues: ['video.external_link: "external_link" is not a property of an imagemap video; the property is spelled "externalLink"'],
  },
  'imagemap/py-imagemap-2000-direct-image-url.json': {
    reason: 'baseUrl names a single .jpg file, and baseSize.width is 2000',
    rule: 'baseUrl is a folder LINE appends /1040 (etc.) to, and baseSize.width is 1040 (R#imagemap-message, R#base-url)',
    issues: [
      'baseUrl: baseUrl "https://i.imgur.com/BfTFVDN.jpg" ends in ".jpg"',
      'baseSize.width: baseSize.width is 2000; LINE requires 1040',
    ],
  },
  'imagemap/py-imagemap-460-tweet-share.json': {
    reason: 'baseSize.width is 460',
    rule: 'baseSize.width is 1040, the height scaled to match (R#imagemap-message)',
    issues: ['baseSize.width: baseSize.width is 460; LINE requires 1040'],
  },
  'multi/deno-sender-quote-sticker-numeric-ids.json': {
    reason: 'the sticker of the third message has numeric IDs',
    rule: 'packageId and stickerId are strings (S:StickerMessage)',
    issues: [
      'messages[2].packageId: packageId must be a string ("11537"), not a number',
      'messages[2].stickerId: stickerId must be a string ("52002734"), not a number',
    ],
  },
  'rich-menu/curl-800x270-alias-is-richmenu-id.json': {
    reason:
      'the switch action names a rich menu ID (41 characters) where an alias belongs, and the second area ends at x = 801 in an 800-pixel menu',
    rule: 'richMenuAliasId is 1 to 32 characters (R#create-rich-menu-alias, S:RichMenuSwitchAction); every area lies inside the menu (issue 6)',
    issues: [
      'areas[1].action.richMenuAliasId: richMenuAliasId is 41 characters; LINE allows at most 32',
      'areas[1].bounds: area 1 reaches past the menu (x + width = 801 > 800)',
    ],
  },
  'rich-menu/gas-800x540-switch-fractional-bounds.json': {
    reason: 'width / 3 left fractional pixel bounds, the second row of areas overlaps the first, and one area opens an iOS prefs: URL',
    rule: 'bounds are integers (S:RichMenuBounds); areas do not overlap (issue 6); URI actions use http, https, line or tel (R#uri-action)',
    issues: [
      'bounds.width: width must be a whole number; got 266.6666666666667',
      'bounds.x: x must be a whole number',
      'areas[6].action.uri: "prefs:root=General&path=HOME_BUTTON" uses the "prefs" scheme',
      'areas[5].bounds: area 5 overlaps area 2',
      'areas[6].bounds: area 6 overlaps area 3',
      'areas[7].bounds: area 7 overlaps area 4',
    ],
  },
  'rich-menu/js-1080x728-surf-6areas.json': {
    reason: 'the right column and the bottom row reach one pixel past the 1080x728 menu',
    rule: 'every area lies inside the menu (x + width ≤ width, y + height ≤ height; R#bounds-object, issue 6)',
    issues: ['reaches past the menu (x + width = 1,081 > 1,080)', 'reaches past the menu (y + height = 729 > 728)'],
  },
  'rich-menu/line-nodejs-richmenu-a-switch.json': {
    // LINE's own SDK sample: LINE may well tolerate the pixel. We refuse it because a tap area
    // outside the image is a layout mistake the author wants to hear about (issue 6's rule).
    reason: 'the second area ends at x = 2501 in a 2500-pixel menu',
    rule: 'every area lies inside the menu (R#bounds-object, issue 6)',
    issues: ['areas[1].bounds: area 1 reaches past the menu (x + width = 2,501 > 2,500)'],
  },
  'rich-menu/py-v3-postback-inputoption-long-labels.json': {
    reason: 'a label of 23 characters, and the right column ends at x = 2501 in a 2500-pixel menu',
    rule: 'rich menu action labels are at most 20 characters (R#action-object-label-spec); every area lies inside the menu (issue 6)',
    issues: ['areas[2].action.label: label is 23 characters; LINE allows at most 20', 'reaches past the menu (x + width = 2,501 > 2,500)'],
  },
  'rich-menu/python-thai-health-5areas.json': {
    reason: 'the bottom row ends at y = 1687 in a 1686-pixel menu',
    rule: 'every area lies inside the menu (R#bounds-object, issue 6)',
    issues: ['reaches past the menu (y + height = 1,687 > 1,686)'],
  },
  'rich-menu/sh-2500x843-location-action.json': {
    reason: 'a location action in a rich menu',
    rule: 'camera, cameraRoll and location actions work only in quick replies (R#location-action, R#area-object)',
    issues: ['areas[2].action.type: a location action can not be used in a rich menu area; it works only in a quick reply'],
  },
  'template-buttons/py-buttons-camera-defaultaction-invalid.json': {
    reason: 'camera and camera roll actions in a buttons template',
    rule: 'camera and cameraRoll actions work only in quick replies (R#camera-action, R#camera-roll-action)',
    issues: [
      'template.defaultAction.type: a cameraRoll action can not be used in a template defaultAction; it works only in a quick reply',
      'template.actions[0].type: a camera action can not be used in a template; it works only in a quick reply',
    ],
  },
  'template-buttons/vue-liff-buttons-encoded-urls-invalid.json': {
    reason: 'the URLs are "null%2F…": a missing base URL, percent-encoded into a relative path',
    rule: 'thumbnailImageUrl is an HTTPS URL (R#buttons); URI actions need an absolute http/https/line/tel URI (R#uri-action)',
    issues: [
      'template.thumbnailImageUrl: "null%2Fmedia%2Ftwitter-card.png" is not an absolute URL',
      'template.defaultAction.uri: "null%2Finvite" is not an absolute URL',
      'template.actions[2].uri: "null%2Finvite" is not an absolute URL',
    ],
  },
  'text/js-textv2-misspelled-subtitution.json': {
    reason: 'substitution is misspelled "subtitution", so {user} and {happy} have no substitution',
    rule: 'every {key} of a textV2 text needs a substitution (R#text-message-v2)',
    issues: [
      'subtitution: "subtitution" is not a property of a textV2 message; did you mean "substitution"?',
      'text: text uses {user} but substitution has no "user"',
      'text: text uses {happy}',
    ],
  },
  'text/nodered-textv2-mention-emoji-all.json': {
    reason: 'the mentioned user ID is the placeholder "Uxxxxxxxxxxxx"',
    rule: 'a user ID is U followed by 32 hex digits (R#text-message-v2-mention-object)',
    issues: ['substitution.user1.mentionee.userId: userId "Uxxxxxxxxxxxx" is not a LINE user ID'],
  },
  'text/vue-liff-text-with-substitution-invalid.json': {
    reason: 'a substitution on a plain text message, which has none (only textV2 does)',
    rule: 'substitution is a property of textV2 messages (R#text-message, R#text-message-v2)',
    issues: ['substitution: "substitution" is not a property of a text message; substitution only works on a "textV2" message'],
  },
};

/** Files INDEX.md doubts that we accept, and why that is right. */
const ACCEPTED_DESPITE_INDEX: Readonly<Record<string, string>> = {
  'template-buttons/ts-thai-buttons-fillintext-long-label.json':
    'the Thai label is 21 code points but 20 grapheme clusters, and LINE counts labels in grapheme clusters (D:text-character-count)',
  'image-video-audio-location-sticker/php-video-webpage-url.json':
    'the URL is a well-formed HTTPS URL; that it serves a web page, not an mp4, can only be seen by fetching it',
  'quick-reply/js-thai-location-jpg-icon.json':
    'the icon URL is a well-formed HTTPS URL; whether it serves a PNG can only be seen by fetching it (a .jpg name proves nothing)',
};

describeWhen(corpusAvailable, CORPUS_MISSING, 'the shared corpus', () => {
  const files = corpus();
  const names = files.map((file) => file.name);
  const validity = corpusAvailable ? indexValidity() : new Map<string, string>();

  it('holds every file INDEX.md lists, and the tables name only real files', () => {
    expect(names).toEqual([...validity.keys()].sort());
    for (const name of [...Object.keys(REJECTED), ...Object.keys(ACCEPTED_DESPITE_INDEX)]) expect(names).toContain(name);
  });

  it.each(files.map((file) => [file.name, file] as const))('%s', (_name, file) => {
    const result = validateCorpusFile(file);
    const rejection = REJECTED[file.name];
    if (!rejection) {
      expect(result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual([]);
      return;
    }
    expect(result.ok).toBe(false);
    const reported = result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    for (const expected of rejection.issues)
      expect(
        reported.some((line) => line.includes(expected)),
        `expected a problem like ${expected}`,
      ).toBe(true);
    for (const line of reported)
      expect(
        rejection.issues.some((expected) => line.includes(expected)),
        `unexpected problem ${line}`,
      ).toBe(true);
  });

  it('rejects a file INDEX.md expects to be valid only for a cited LINE rule', () => {
    const validRejected = Object.keys(REJECTED).filter((file) => validity.get(file) === 'valid?');
    expect(validRejected).toEqual(['flex-bubble/line-python-kitchensink-brown-cafe-variant.json']);
    for (const file of validRejected) expect(REJECTED[file]!.rule).toMatch(/\((R#|D:|S:)/);
  });

  it('says why for every file INDEX.md calls invalid or suspect-invalid that is accepted', () => {
    const doubted = names.filter((name) => /invalid/.test(validity.get(name) ?? '') && !REJECTED[name]);
    expect(doubted.sort()).toEqual(Object.keys(ACCEPTED_DESPITE_INDEX).sort());
  });
});
