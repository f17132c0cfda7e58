/**
 * What the "LINE JSON" panel (manager.ts) and the stories (show.ts) agree on. A story
 * emits `JSON_PANEL_EVENT` on Storybook's channel each time it renders; the manager's channel
 * keeps the last event of each kind, so a panel opened later reads it with `channel.last()`.
 * No runtime imports: the manager bundles this file too.
 */
export const JSON_PANEL_ADDON = 'linejsx/json';
export const JSON_PANEL_ID = 'linejsx/json/panel';
export const JSON_PANEL_EVENT = 'linejsx/json/rendered';

/** A problem as the panel lists it. */
export interface PanelIssue {
  /** JSON path, `messages[0].contents.body…` or `menus[0]…`; empty for the whole input. */
  readonly path: string;
  readonly message: string;
  /** The component path and TSX line it came from, when known. */
  readonly where?: string;
}

/** What a story rendered: the JSON its canvas shows and its validation result. */
export interface RenderedJson {
  readonly storyId: string;
  readonly json: unknown;
  readonly issues: readonly PanelIssue[];
}
