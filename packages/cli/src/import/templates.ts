/** Template messages: `<Buttons>`, `<Confirm>`, `<Carousel>` of `<Column>`s, `<ImageCarousel>`. */
import { action } from './actions.ts';
import { at, type Conversion, describe, Unfit } from './conversion.ts';
import { isObject, type JsonObject, JsxElement } from './jsx-tree.ts';
import { messageProps } from './message-parts.ts';

const TEMPLATE_COMPONENTS: Readonly<Record<string, string>> = {
  buttons: 'Buttons',
  confirm: 'Confirm',
  carousel: 'Carousel',
  image_carousel: 'ImageCarousel',
};

/** Where each template keeps its children: actions, or columns. */
const CHILDREN_KEY: Readonly<Record<string, 'actions' | 'columns'>> = {
  buttons: 'actions',
  confirm: 'actions',
  carousel: 'columns',
  image_carousel: 'columns',
};

// The template components put these props on the message, every other prop into the template.
const MESSAGE_KEYS = ['type', 'altText', 'template', 'quickReply', 'sender'];

/** A column of a template carousel. */
function column(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json) || !Array.isArray(json.actions)) {
    return conversion.raw(json, path, 'a template column is an object with an actions array, which <Column> writes');
  }
  const actions = json.actions;
  return conversion.element('Column', json, path, ['actions'], { defaultAction: action }, () =>
    actions.map((item, i) => action(conversion, item, at(at(path, 'actions'), i))),
  );
}

/** A column of an image carousel: `<Image imageUrl="…" action={…} />`. */
function imageColumn(conversion: Conversion, json: unknown, path: string): JsxElement {
  if (!isObject(json)) return conversion.raw(json, path, `an image carousel column is an object; this one is ${describe(json)}`);
  return conversion.element('Image', json, path, [], { action });
}

const CHILD = { actions: action, columns: column } as const;

/** A template message, as the component of its template type. */
export function templateMessage(conversion: Conversion, json: JsonObject, path: string): JsxElement {
  return conversion.fallback(json, path, () => {
    const { template } = json;
    if (!isObject(template)) return new Unfit(`its template is ${describe(template)}`);
    const type = template.type;
    const name = typeof type === 'string' && Object.hasOwn(TEMPLATE_COMPONENTS, type) ? TEMPLATE_COMPONENTS[type]! : undefined;
    if (!name) return new Unfit(`no component writes a template of type ${describe(type)}`);
    const extra = Object.keys(json).find((key) => !MESSAGE_KEYS.includes(key));
    if (extra !== undefined)
      return new Unfit(`"${extra}" is not a property of a template message; <${name}> would put it into the template`);
    const misplaced = MESSAGE_KEYS.find((key) => key !== 'type' && key !== 'template' && key in template);
    if (misplaced !== undefined) return new Unfit(`its template has "${misplaced}", which <${name}> puts on the message`);
    const childKey = CHILDREN_KEY[type as string]!;
    const items = template[childKey];
    if (!Array.isArray(items)) return new Unfit(`its template's ${childKey} is ${describe(items)}; <${name}> always writes an array`);
    const templatePath = at(path, 'template');
    const outer = messageProps(conversion, json, path, ['template']);
    if (outer instanceof Unfit) return outer;
    const inner = conversion.props(template, templatePath, ['type', childKey], type === 'buttons' ? { defaultAction: action } : {});
    if (inner instanceof Unfit) return inner;
    const convert = type === 'image_carousel' ? imageColumn : CHILD[childKey];
    const children = items.map((item, i) => convert(conversion, item, at(at(templatePath, childKey), i)));
    // altText first, the template's props, then quickReply and sender.
    const props = [...outer, ...inner];
    props.sort((a, b) => Number(a[1] instanceof JsxElement) - Number(b[1] instanceof JsxElement));
    return new JsxElement(name, props, children);
  });
}
