/** The few line icons of the chat chrome, as inline SVG (no image requests, themeable with CSS). */
import { raw, type SafeHtml } from './html.ts';

const svg = (body: string): SafeHtml => raw(`<svg viewBox="0 0 24 24" aria-hidden="true">${body}</svg>`);

export const ICONS = {
  back: svg('<path d="M15 5l-7 7 7 7"/>'),
  menu: svg('<path d="M4 7h16M4 12h16M4 17h16"/>'),
  search: svg('<circle cx="11" cy="11" r="6"/><path d="M20 20l-4.5-4.5"/>'),
  plus: svg('<path d="M12 5v14M5 12h14"/>'),
  camera: svg('<path d="M4 8h3l2-2h6l2 2h3v11H4z"/><circle cx="12" cy="13" r="3.5"/>'),
  picture: svg('<rect x="4" y="5" width="16" height="14" rx="2"/><circle cx="9" cy="10" r="1.6"/><path d="M5 17l5-5 4 4 2-2 3 3"/>'),
  mic: svg('<rect x="9" y="4" width="6" height="11" rx="3"/><path d="M6 11a6 6 0 0 0 12 0M12 17v3"/>'),
  location: svg('<path d="M12 21s-6-6.2-6-11a6 6 0 0 1 12 0c0 4.8-6 11-6 11z"/><circle cx="12" cy="10" r="2.2"/>'),
} as const satisfies Record<string, SafeHtml>;

/** The play button over a video's preview image (drawn in CSS). */
export const PLAY = raw('<span class="lj-play" aria-hidden="true"></span>');
