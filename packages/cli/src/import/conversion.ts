/**
 * What every converter shares: the JSON paths, the props of a JSON object, and the `<Raw>` fallback
 * for JSON that no component writes exactly as it is.
 */
import { isObject, type JsonObject, type JsxChild, JsxElement, type JsxProp } from './jsx-tree.ts';

/** JSON kept as `<Raw>`, and why; listed in a comment at the top of the imported file. */
export interface KeptJson {
  /** JSON path, as validation errors write it (`contents.body.contents[2]`); `''` for the whole input. */
  readonly path: string;
  readonly why: string;
}

/** Why a JSON object can not be written with its component; the caller falls back to `<Raw>`. */
export class Unfit {
  constructor(readonly why: string) {}
}

/** Converts the JSON value at `path` into an element. */
export type Converter = (conversion: Conversion, json: unknown, path: string) => JsxElement;

/** `contents.body` + `contents` -> `contents.body.contents`; `areas` + 2 -> `areas[2]`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** A JSON value in words, for the comments: `"spacer"`, `12`, `an object`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (isObject(value)) return 'an object';
  return JSON.stringify(value);
}

// JSX takes these two attributes for itself: they never reach a component as props.
const RESERVED = ['children', 'key'];

export class Conversion {
  readonly kept: KeptJson[] = [];

  /** `<Raw json={json} />`, noting where and why. */
  raw(json: unknown, path: string, why: string): JsxElement {
    this.kept.push({ path, why });
    return new JsxElement('Raw', [['json', json]]);
  }

  /**
   * The props of a JSON object, in the order of its keys: keys in `elements` become elements made by
   * their converter, keys in `skip` are the caller's, every other key is passed through under its
   * LINE name, as the components do. `Unfit` when a key can not be a prop.
   */
  props(json: JsonObject, path: string, skip: readonly string[], elements: Readonly<Record<string, Converter>> = {}): JsxProp[] | Unfit {
    const props: JsxProp[] = [];
    // Element props go last, as people write them: <Button style="primary" action={<Uri … />} />.
    const elementProps: JsxProp[] = [];
    for (const [key, value] of Object.entries(json)) {
      if (skip.includes(key)) continue;
      if (RESERVED.includes(key)) return new Unfit(`"${key}" can not be a prop: JSX keeps it for itself`);
      const convert = Object.hasOwn(elements, key) ? elements[key] : undefined;
      if (convert) elementProps.push([key, convert(this, value, at(path, key))]);
      else props.push([key, value]);
    }
    return [...props, ...elementProps];
  }

  /**
   * The element `build` makes for `json`, or `<Raw>` when it finds the JSON unfit; then what it kept
   * inside is forgotten, since the whole object is kept.
   */
  fallback(json: unknown, path: string, build: () => JsxElement | Unfit): JsxElement {
    const mark = this.kept.length;
    const result = build();
    if (!(result instanceof Unfit)) return result;
    this.kept.length = mark;
    return this.raw(json, path, result.why);
  }

  /** `<Name {...props of json}>{children()}</Name>`, or `<Raw>` (see `props`). */
  element(
    name: string,
    json: JsonObject,
    path: string,
    skip: readonly string[],
    elements?: Readonly<Record<string, Converter>>,
    children?: () => readonly JsxChild[] | Unfit,
  ): JsxElement {
    return this.fallback(json, path, () => {
      const props = this.props(json, path, skip, elements);
      if (props instanceof Unfit) return props;
      const kids = children ? children() : [];
      return kids instanceof Unfit ? kids : new JsxElement(name, props, kids);
    });
  }
}
