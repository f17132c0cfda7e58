/** The escape-by-default `html` template that every page of the preview and the emulator is written with. */
import { html, raw, SafeHtml } from '@linejsx/preview';
import { describe, expect, it } from 'vitest';

describe('html`…`', () => {
  it('escapes every value as text, in content and in attributes', () => {
    const name = `<img src=x onerror="alert(1)">'&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;</p>',
    );
  });

  it('keeps what html or raw built, joins lists, and writes nothing for null, undefined and booleans', () => {
    const items = ['a<', 'b'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${true}${0}${raw('<br>')}`.value).toBe(
      '<ul><li>a&lt;</li><li>b</li></ul>0<br>',
    );
  });

  it('is a SafeHtml that prints as its HTML', () => {
    const page = html`<b>${'x'}</b>`;
    expect(page).toBeInstanceOf(SafeHtml);
    expect(`${page}`).toBe('<b>x</b>');
  });
});
