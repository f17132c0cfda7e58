import { LIMITS, type RichMenuSize, richMenuAliasIdSchema, validateWith } from '@linejsx/schema';
import type { LineNode } from '../element.ts';
import { defineBuiltin } from '../render/builtin.ts';
import type { Frame, PathNode } from '../render/frame.ts';
import { PlacedArea } from './Area.ts';
import { split } from './grid.ts';
import { RowSpec } from './Row.ts';

/** LINE's two standard sizes (`R#size-object`); any size LINE accepts can be given as an object. */
export const RICH_MENU_SIZES = {
  full: { width: 2500, height: 1686 },
  half: { width: 2500, height: 843 },
} as const;

export interface RichMenuProps {
  /** `"full"` (2500×1686), `"half"` (2500×843), or `{ width, height }`: width 800–2500, height ≥ 250, width/height ≥ 1.45. */
  size: keyof typeof RICH_MENU_SIZES | RichMenuSize;
  /** Shown only to you, in LINE Official Account Manager (≤ 300 characters). */
  name: string;
  /** Text of the chat bar that opens and closes the menu (≤ 14 characters). */
  chatBarText: string;
  /** Open the menu when the chat opens (default false). */
  selected?: boolean;
  /** `<Area>`s at explicit pixel bounds, or `<Row>`s of `<Cell>`s that tile the whole menu. */
  children?: LineNode;
  /**
   * For deploying, not part of LINE's JSON: the alias ID the menu gets (1–32 of `a-z 0-9 _ -`),
   * which `<RichMenuSwitch richMenuAliasId="…">` of other menus switch to.
   */
  alias?: string;
  /**
   * For deploying and the preview, not part of LINE's JSON: the menu's image, a file path or URL.
   * `new URL('./menu.png', import.meta.url)` works in Node (deploy) and in Storybook (Vite serves it).
   */
  image?: string | URL;
}

/** What a rendered `<RichMenu>` says besides its JSON, and the element, to report problems at. */
export interface RichMenuExtras {
  readonly alias: string | undefined;
  readonly image: string | URL | undefined;
  readonly frame: Frame;
}

// Keyed by the menu's JSON object, so that the JSON stays exactly what LINE accepts. One map for
// every copy of this module (a TSX file loaded by tsx beside the CLI's own), as built-ins are
// recognised by a Symbol.for across copies.
const REGISTRY = Symbol.for('linejsx.richMenuDeployments');
const shared = globalThis as { [REGISTRY]?: WeakMap<object, RichMenuExtras> };
const deployments = (shared[REGISTRY] ??= new WeakMap<object, RichMenuExtras>());

/** The alias, image and element of a menu JSON object `<RichMenu>` rendered. */
export function deploymentOf(menu: object): RichMenuExtras | undefined {
  return deployments.get(menu);
}

type Area = { bounds: { x: number; y: number; width: number; height: number }; action: unknown };

/** Lays the rows out over the whole menu and gives every cell with an action its area. */
function layoutRows(rows: RowSpec[], width: number, height: number, frame: Frame, areasPath: PathNode, areas: Area[]) {
  const vertical = split(
    height,
    rows.map((r) => ({ size: r.height, flex: r.flex })),
  );
  if (vertical.problem) return frame.problem(`the rows do not fit the menu's height: ${vertical.problem}`, 'invalid_combination', 'areas');
  for (const [r, row] of rows.entries()) {
    if (row.cells.length === 0) {
      frame.problem(`row ${r} has no <Cell>; a row needs at least one to tile the menu's width`, 'invalid_combination', 'areas');
      continue;
    }
    const horizontal = split(
      width,
      row.cells.map((c) => ({ size: c.width, flex: c.flex })),
    );
    if (horizontal.problem) {
      frame.problem(`row ${r}'s cells do not fit the menu's width: ${horizontal.problem}`, 'invalid_combination', 'areas');
      continue;
    }
    for (const [c, cell] of row.cells.entries()) {
      if (cell.action === undefined) continue;
      if (cell.path) {
        cell.path.parent = areasPath;
        cell.path.key = areas.length;
      }
      const x = horizontal.spans[c]!;
      const y = vertical.spans[r]!;
      areas.push({ bounds: { x: x.start, y: y.start, width: x.length, height: y.length }, action: cell.action });
    }
  }
}

/**
 * A rich menu (`R#rich-menu-object`): the menu under the chat, an image (of a size LINE allows,
 * `R#size-object`) with up to 20 tappable areas. Place areas explicitly with `<Area x y width height>`, or lay them out as `<Row>`s of
 * `<Cell>`s whose integer bounds tile the menu exactly. Render it with `renderRichMenu()`.
 *
 * @example
 * <RichMenu size="full" name="Main menu" chatBarText="Menu" selected>
 *   <Row>
 *     <Cell><Uri label="Shop" uri="https://example.com/shop" /></Cell>
 *     <Cell><MessageAction label="Points" text="points" /></Cell>
 *     <Cell><Postback label="Coupons" data="coupons" /></Cell>
 *   </Row>
 *   <Row>
 *     <Cell flex={2}><Uri label="Book a table" uri="https://example.com/book" /></Cell>
 *     <Cell><MessageAction label="Help" text="help" /></Cell>
 *   </Row>
 * </RichMenu>
 */
export const RichMenu = defineBuiltin<RichMenuProps>({
  name: 'RichMenu',
  slots: {
    richMenu: (props, frame) => {
      const size = typeof props.size === 'string' ? RICH_MENU_SIZES[props.size] : props.size;
      if (typeof props.size === 'string' && !size) {
        frame.problem(`size "${props.size}" is not a preset; use "full", "half" or { width, height }`, 'invalid_value', 'size');
      }
      const areasPath: PathNode = { parent: frame.path, key: 'areas' };
      const areas: Area[] = [];
      const rows: RowSpec[] = [];
      for (const output of frame.children('richMenuArea', { key: 'areas', indexed: true })) {
        if (output instanceof RowSpec) rows.push(output);
        else if (output instanceof PlacedArea) {
          if (output.path) output.path.key = areas.length;
          areas.push(output.json as Area);
        }
      }
      if (rows.length && size) {
        const explicit = areas.length;
        layoutRows(rows, size.width, size.height, frame, areasPath, areas);
        const max = LIMITS.richMenuAreas.max;
        if (areas.length > max) {
          const cells = areas.length - explicit;
          frame.problem(
            `${areas.length} areas; LINE allows at most ${max} areas, and each of the grid's ${cells} cells with an action is one: join cells with flex, or leave some without an action`,
            'too_many',
            'areas',
          );
        }
      }
      if (props.alias !== undefined) {
        const result = validateWith(richMenuAliasIdSchema, props.alias);
        // The prop is `alias`; the rule's words name LINE's property, richMenuAliasId.
        for (const issue of result.issues) frame.problem(issue.message.replace(/^richMenuAliasId/, 'alias'), issue.code, 'alias');
      }
      const json = {
        // A preset that does not exist is said above; leaving size out keeps it from being said twice.
        size: size ? { width: size.width, height: size.height } : typeof props.size === 'object' ? props.size : undefined,
        selected: props.selected ?? false,
        name: props.name,
        chatBarText: props.chatBarText,
        areas,
      };
      deployments.set(json, { alias: props.alias, image: props.image, frame });
      return json;
    },
  },
});
