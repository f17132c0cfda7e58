import { urlProblem } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { describeIssues, issuesOf } from '../support/validation.ts';

const image = (url: string) => ({ type: 'image', originalContentUrl: url, previewImageUrl: 'https://cdn.example.com/preview.jpg' });
const uriAction = (uri: string) => ({
  type: 'template',
  altText: 'Links',
  template: { type: 'buttons', text: 'Open', actions: [{ type: 'uri', label: 'Open', uri }] },
});

describe('media URLs (images, video, audio, icons): https only', () => {
  it.each([
    'https://cdn.example.com/cat.jpg',
    'HTTPS://CDN.EXAMPLE.COM/cat.jpg',
    'https://cdn.example.com/%E7%8C%AB.jpg?size=large&v=2#top',
    "https://cdn.example.com/a-b_c.~d/(1)!$&'*+,;=:@/x.png",
    'https://cdn.example.com:8443/cat.jpg',
    'https://user:secret@cdn.example.com/cat.jpg',
  ])('accepts %s', (url) => {
    expect(issuesOf(image(url))).toEqual([]);
  });

  it.each([
    ['http://cdn.example.com/cat.jpg', '"http://cdn.example.com/cat.jpg" must be an https URL'],
    ['//cdn.example.com/cat.jpg', '"//cdn.example.com/cat.jpg" is not an absolute URL (it needs a scheme such as https://)'],
    ['cat.jpg', '"cat.jpg" is not an absolute URL (it needs a scheme such as https://)'],
    ['https://', '"https://" has no host'],
    [
      'https://cdn.example.com/my cat.jpg',
      '"https://cdn.example.com/my cat.jpg" has characters LINE needs percent-encoded (a space); encode it with encodeURI()',
    ],
    [
      'https://cdn.example.com/猫.jpg',
      '"https://cdn.example.com/猫.jpg" has characters LINE needs percent-encoded ("猫"); encode it with encodeURI()',
    ],
    ['https://cdn.example.com/100%.jpg', '"https://cdn.example.com/100%.jpg" has a "%" that does not start a percent-escape such as %20'],
    ['https://cdn.example.com/%zz.jpg', '"https://cdn.example.com/%zz.jpg" has a "%" that does not start a percent-escape such as %20'],
    // RFC 3986, which LINE's spec names (format: uri): brackets escaped, one "#", a port of digits.
    [
      'https://cdn.example.com/a[1].jpg',
      '"https://cdn.example.com/a[1].jpg" has characters LINE needs percent-encoded ("[", "]"); encode it with encodeURI()',
    ],
    [
      'https://cdn.example.com/a.jpg?size[w]=1',
      '"https://cdn.example.com/a.jpg?size[w]=1" has characters LINE needs percent-encoded ("[", "]"); encode it with encodeURI()',
    ],
    ['https://cdn.example.com/a.jpg#x#y', '"https://cdn.example.com/a.jpg#x#y" has a second "#"; write it as %23'],
    [
      'https://cdn.example.com:https/a.jpg',
      '"https://cdn.example.com:https/a.jpg" has no host LINE can use: a name or an IPv4 address, then an optional :port of digits',
    ],
    [
      'https://a@cdn@example.com/a.jpg',
      '"https://a@cdn@example.com/a.jpg" has no host LINE can use: a name or an IPv4 address, then an optional :port of digits',
    ],
    [
      'https://[2001:db8::1]/cat.jpg',
      '"https://[2001:db8::1]/cat.jpg" has no host LINE can use: a name or an IPv4 address, then an optional :port of digits',
    ],
  ])('refuses %s', (url, message) => {
    expect(describeIssues(issuesOf(image(url)))).toEqual([`originalContentUrl: ${message}`]);
  });

  it('refuses an empty URL as empty, not as a URL without a scheme', () => {
    expect(issuesOf(image(''))).toEqual([
      { path: 'originalContentUrl', message: 'URL must not be empty', code: 'too_short', limit: 'mediaUrl' },
    ]);
  });

  it('applies to quick reply icons and sender icons', () => {
    const message = {
      type: 'text',
      text: 'Hi',
      sender: { name: 'Cony', iconUrl: 'http://cdn.example.com/cony.png' },
      quickReply: { items: [{ type: 'action', imageUrl: 'http://cdn.example.com/i.png', action: { type: 'camera', label: 'Photo' } }] },
    };
    expect(describeIssues(issuesOf(message))).toEqual([
      'quickReply.items[0].imageUrl: "http://cdn.example.com/i.png" must be an https URL',
      'sender.iconUrl: "http://cdn.example.com/cony.png" must be an https URL',
    ]);
  });
});

describe('URI actions: http, https, line and tel', () => {
  it.each(['https://example.com/shop', 'http://example.com/shop', 'line://ti/p/@linedevelopers', 'tel:0312345678', 'tel:+81-3-1234-5678'])(
    'accepts %s',
    (uri) => {
      expect(issuesOf(uriAction(uri))).toEqual([]);
    },
  );

  it.each(['tel:', 'line:', 'line:?x', 'tel:#x'])('refuses %s, which has no address after the scheme', (uri) => {
    expect(describeIssues(issuesOf(uriAction(uri)))).toEqual([
      `template.actions[0].uri: "${uri}" has no address after "${uri.slice(0, uri.indexOf(':') + 1)}"`,
    ]);
  });

  it.each(['mailto:hello@example.com', 'javascript:alert(1)', 'ftp://example.com/file', 'prefs:root=General'])(
    'refuses %s and lists the schemes',
    (uri) => {
      const scheme = uri.slice(0, uri.indexOf(':'));
      expect(describeIssues(issuesOf(uriAction(uri)))).toEqual([
        `template.actions[0].uri: ${JSON.stringify(uri)} uses the "${scheme}" scheme; LINE accepts "http", "https", "line" or "tel"`,
      ]);
    },
  );

  it('checks altUri.desktop and imagemap links the same way', () => {
    const buttons = uriAction('https://example.com');
    (buttons.template.actions[0] as Record<string, unknown>).altUri = { desktop: 'mailto:pc@example.com' };
    expect(describeIssues(issuesOf(buttons))).toEqual([
      'template.actions[0].altUri.desktop: "mailto:pc@example.com" uses the "mailto" scheme; LINE accepts "http", "https", "line" or "tel"',
    ]);
    const imagemap = {
      type: 'imagemap',
      baseUrl: 'https://cdn.example.com/menu',
      altText: 'Menu',
      baseSize: { width: 1040, height: 1040 },
      actions: [{ type: 'uri', linkUri: 'tel:0312345678', area: { x: 0, y: 0, width: 1040, height: 1040 } }],
    };
    expect(issuesOf(imagemap)).toEqual([]);
    imagemap.actions[0]!.linkUri = 'sms:0312345678';
    expect(describeIssues(issuesOf(imagemap))).toEqual([
      'actions[0].linkUri: "sms:0312345678" uses the "sms" scheme; LINE accepts "http", "https", "line" or "tel"',
    ]);
  });
});

describe('imagemap baseUrl', () => {
  const imagemap = (baseUrl: string) => ({
    type: 'imagemap',
    baseUrl,
    altText: 'Menu',
    baseSize: { width: 1040, height: 520 },
    actions: [{ type: 'message', text: 'menu', area: { x: 0, y: 0, width: 1040, height: 520 } }],
  });

  it('refuses a file name, since LINE appends /1040 to it', () => {
    expect(describeIssues(issuesOf(imagemap('https://cdn.example.com/menu.png')))).toEqual([
      'baseUrl: baseUrl "https://cdn.example.com/menu.png" ends in ".png"; LINE appends /1040 (and /240, /300, /460, /700) to it, so it must be a path without a file extension',
    ]);
  });

  it('accepts a folder, and the "?_ignore=" trick that moves the suffix into the query', () => {
    expect(issuesOf(imagemap('https://cdn.example.com/menus/spring'))).toEqual([]);
    expect(issuesOf(imagemap('https://cdn.example.com/menu.png?_ignore='))).toEqual([]);
  });
});

describe('urlProblem', () => {
  it('is exported for other packages and returns undefined for a good URL', () => {
    expect(urlProblem('https://example.com/a?b=c', ['https'])).toBeUndefined();
    expect(urlProblem('ftp://example.com', ['https'])).toBe('"ftp://example.com" must be an https URL');
  });
});
