/** The URL rule's fast path (scheme compared without allocating, host checked by hand) and its slow path agree. */

import { urlProblem } from '@linejsx/schema';
import { describe, expect, it } from 'vitest';

const ACTION = ['http', 'https', 'line', 'tel'];

describe('urlProblem', () => {
  it.each([
    'https://example.com',
    'HTTPS://EXAMPLE.COM/a',
    'Http://x',
    'line://app/1',
    'tel:+81312345678',
    'https://x.example/p?q=1#f',
    'https://x/%20',
  ])('accepts %s', (url) => {
    expect(urlProblem(url, ACTION)).toBeUndefined();
  });

  it.each([
    ['https:///path', 'has no host'],
    ['https://?q=1', 'has no host'],
    ['https://#top', 'has no host'],
    ['https:', 'has no address'],
    ['https:/x', 'has no host'],
    ['ftp://x.example', 'uses the "ftp" scheme'],
    ['httpss://x.example', 'uses the "httpss" scheme'],
    ['//x.example', 'is not an absolute URL'],
    ['https://x.example/a b', 'percent-encoded'],
    ['https://x.example/100%', 'percent-escape'],
  ])('refuses %s', (url, words) => {
    expect(urlProblem(url, ACTION)).toContain(words);
  });

  it('takes the scheme list it is given', () => {
    expect(urlProblem('http://x.example', ['https'])).toBe('"http://x.example" must be an https URL');
    expect(urlProblem('line://x', ['https'])).toContain('must be an https URL');
  });
});
