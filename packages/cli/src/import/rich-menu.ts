/** Rich menus: `<RichMenu>` with an explicit `<Area>` around the action of each area. */
import { action } from './actions.ts';
import { at, type Conversion, describe, Unfit } from './conversion.ts';
import { hasExactly, isObject, JsxElement, type JsxProp } from './jsx-tree.ts';

const MENU_KEYS = ['size', 'selected', 'name', 'chatBarText', 'areas'];
const BOUNDS_KEYS = ['x', 'y', 'width', 'height'];

/** `<RichMenu>`'s size presets. */
const PRESETS: ReadonlyArray<readonly [string, number, number]> = [
  ['full', 2500, 1686],
  ['half', 2500, 843],
];

/** A rich menu object. */
export function richMenu(conversion: Conversion, json: unknown, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    if (!isObject(json)) return new Unfit(`a rich menu is an object; this one is ${describe(json)}`);
    const extra = Object.keys(json).find((key) => !MENU_KEYS.includes(key));
    if (extra !== undefined) return new Unfit(`"${extra}" is not part of a rich menu; <RichMenu> writes only ${MENU_KEYS.join(', ')}`);
    // <RichMenu> writes `selected: false` when it is not set.
    if (json.selected === undefined || json.selected === null)
      return new Unfit('a rich menu with no selected; <RichMenu> would write false');
    const { size, areas } = json;
    if (size !== undefined && !(isObject(size) && Object.keys(size).every((key) => key === 'width' || key === 'height'))) {
      return new Unfit(`its size is ${describe(size)}; <RichMenu> writes { width, height }`);
    }
    if (!Array.isArray(areas)) return new Unfit(`its areas is ${describe(areas)}; <RichMenu> always writes an array`);
    const children: JsxElement[] = [];
    for (const [i, item] of areas.entries()) {
      const areaPath = at(at(path, 'areas'), i);
      // <Area> writes { bounds, action } and reports an area without an action itself.
      if (
        !isObject(item) ||
        !hasExactly(item, ['bounds', 'action']) ||
        !isObject(item.bounds) ||
        !hasExactly(item.bounds, BOUNDS_KEYS) ||
        !item.action
      ) {
        return new Unfit(`area ${i} is not { bounds: { x, y, width, height }, action }, which <Area> writes`);
      }
      const bounds = item.bounds;
      const props = BOUNDS_KEYS.map((key): JsxProp => [key, bounds[key]]);
      children.push(new JsxElement('Area', props, [action(conversion, item.action, at(areaPath, 'action'))]));
    }
    const props: JsxProp[] = [];
    for (const [key, value] of Object.entries(json)) {
      if (key === 'areas' || (key === 'selected' && value === false)) continue;
      if (key === 'size' && isObject(value)) {
        const preset = PRESETS.find(
          ([, width, height]) => value.width === width && value.height === height && hasExactly(value, ['width', 'height']),
        );
        props.push([key, preset ? preset[0] : value]);
      } else props.push([key, value]);
    }
    return new JsxElement('RichMenu', props, children);
  });
}
