/**
 * Action objects (`R#action-objects`). Which actions are allowed, and how long their label may be,
 * depends on where the action is placed, so the schemas are built per placement.
 */
import { z } from 'zod';
import type { LimitId } from './limits.ts';
import { actionUri, chars, checkLength, keyword, report, strict, url, whole } from './rules.ts';
import { joinOr, orList, quote } from './words.ts';

/** Where an action is placed; decides the allowed action types and the label rule. */
export type ActionPlacement = 'template' | 'templateDefault' | 'imageCarousel' | 'quickReply' | 'flexButton' | 'flex' | 'richMenu';

interface PlacementRule {
  readonly where: string;
  readonly label: 'required' | 'optional';
  readonly labelLimit: LimitId;
  readonly types: readonly ActionType[];
}

export const ACTION_TYPES = [
  'postback',
  'message',
  'uri',
  'datetimepicker',
  'camera',
  'cameraRoll',
  'location',
  'richmenuswitch',
  'clipboard',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

const COMMON: readonly ActionType[] = ['postback', 'message', 'uri', 'datetimepicker', 'clipboard'];

/** The label rules of `R#action-object-label-spec` and where each action type is usable. */
export const ACTION_PLACEMENTS: Record<ActionPlacement, PlacementRule> = {
  template: { where: 'a template', label: 'required', labelLimit: 'labelTemplate', types: COMMON },
  templateDefault: { where: 'a template defaultAction', label: 'optional', labelLimit: 'labelTemplate', types: COMMON },
  imageCarousel: { where: 'an image carousel column', label: 'optional', labelLimit: 'labelImageCarousel', types: COMMON },
  quickReply: {
    where: 'a quick reply',
    label: 'required',
    labelLimit: 'labelQuickReply',
    types: ['postback', 'message', 'uri', 'datetimepicker', 'camera', 'cameraRoll', 'location', 'clipboard'],
  },
  flexButton: { where: 'a flex button', label: 'required', labelLimit: 'labelFlexButton', types: COMMON },
  flex: { where: 'a flex component', label: 'optional', labelLimit: 'labelFlex', types: COMMON },
  richMenu: { where: 'a rich menu area', label: 'optional', labelLimit: 'labelRichMenu', types: [...COMMON, 'richmenuswitch'] },
};

// camera, cameraRoll, location and richmenuswitch have a label limit of their own, whatever the
// placement (`R#camera-action`, `R#richmenu-switch-action`).
const FIXED_LABEL: Partial<Record<ActionType, LimitId>> = {
  camera: 'labelQuickReply',
  cameraRoll: 'labelQuickReply',
  location: 'labelQuickReply',
  richmenuswitch: 'labelRichMenu',
};

/**
 * A rich menu alias ID (`R#create-rich-menu-alias`, `S:CreateRichMenuAliasRequest.richMenuAliasId`):
 * 1 to 32 lowercase letters, digits, "_" and "-". A switch action can only name an alias of that
 * form, since no other can exist; the alias endpoints of `@linejsx/send` check with it too.
 *
 * @example
 * validateWith(richMenuAliasIdSchema, 'Tab B').issues[0].message;
 * // 'richMenuAliasId "Tab B" may only use lowercase letters, digits, "_" and "-"'
 */
export const richMenuAliasIdSchema = chars('richMenuAliasId').check((ctx) => {
  if (ctx.value && !/^[a-z0-9_-]+$/.test(ctx.value)) {
    report(ctx, 'invalid_format', `richMenuAliasId ${quote(ctx.value)} may only use lowercase letters, digits, "_" and "-"`);
  }
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})$/;
const FORMAT = { date: 'YYYY-MM-DD', time: 'HH:mm', datetime: 'YYYY-MM-DDTHH:mm' } as const;

/** Minutes since 1900-01-01T00:00 for a picker value, or undefined if it is not a real date/time. */
function pickerMinutes(mode: keyof typeof FORMAT, value: string): number | undefined {
  const m = (mode === 'date' ? DATE : mode === 'time' ? TIME : DATETIME).exec(value);
  if (!m) return undefined;
  const n = m.slice(1).map(Number);
  const [hh, mm] = mode === 'time' ? [n[0]!, n[1]!] : mode === 'datetime' ? [n[3]!, n[4]!] : [0, 0];
  if (hh > 23 || mm > 59) return undefined;
  if (mode === 'time') return hh * 60 + mm;
  const [y, mo, d] = [n[0]!, n[1]!, n[2]!];
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return Math.round((date.getTime() - Date.UTC(1900, 0, 1)) / 60_000) + hh * 60 + mm;
}
const PICKER_MAX = Math.round((Date.UTC(2100, 11, 31, 23, 59) - Date.UTC(1900, 0, 1)) / 60_000);

function checkLabel(ctx: z.core.ParsePayload<{ label?: string | undefined }>, rule: PlacementRule, limitId: LimitId, required: boolean) {
  const label = ctx.value.label;
  if (label !== undefined && typeof label !== 'string') return;
  if (label === undefined) {
    if (required) report(ctx, 'required', `label is required on an action in ${rule.where}`, ['label']);
    return;
  }
  checkLength(ctx, label, limitId, ['label'], 'label');
  if (required && label.length === 0) report(ctx, 'too_short', `label must not be empty in ${rule.where}`, ['label']);
}

function buildActions(placement: ActionPlacement) {
  const rule = ACTION_PLACEMENTS[placement];
  const label = z.string().optional();
  const withLabel = <S extends z.ZodObject<{ type: z.ZodLiteral<ActionType>; label: z.ZodOptional<z.ZodString> }>>(
    type: ActionType,
    schema: S,
  ): S =>
    schema.check(
      whole((ctx) =>
        checkLabel(ctx as z.core.ParsePayload<{ label?: string }>, rule, FIXED_LABEL[type] ?? rule.labelLimit, rule.label === 'required'),
      ),
    );

  const postback = strict('a postback action', {
    type: z.literal('postback'),
    /** The text on the button, chip or area it is on; required on buttons and quick replies (at most 20 characters, 40 on a flex button, 12 in an image carousel). */
    label,
    /** Sent to your webhook in the postback event, not shown: at most 300 characters. */
    data: chars('actionData'),
    /** Shown in the chat as the user's message when tapped: at most 300 characters. */
    displayText: chars('displayText').optional(),
    /** Deprecated: sent as the user's message; use `displayText`. */
    text: chars('postbackText').optional(),
    /** What opens after the tap: `closeRichMenu`, `openRichMenu`, `openKeyboard` or `openVoice`. */
    inputOption: keyword(['closeRichMenu', 'openRichMenu', 'openKeyboard', 'openVoice']).optional(),
    /** Text put in the keyboard's input field (with `inputOption: 'openKeyboard'`): at most 300 characters. */
    fillInText: chars('fillInText').optional(),
  }).check(
    whole((ctx) => {
      const v = ctx.value;
      if (v.displayText !== undefined && v.text !== undefined) {
        report(ctx, 'invalid_combination', 'displayText and text can not both be set; use displayText (text is deprecated)', ['text']);
      }
      if (v.fillInText !== undefined && v.inputOption !== 'openKeyboard') {
        report(ctx, 'invalid_combination', 'fillInText only works with inputOption "openKeyboard"', ['fillInText']);
      }
    }),
  );

  const message = strict('a message action', {
    type: z.literal('message'),
    /** The text on the button, chip or area it is on; required on buttons and quick replies (at most 20 characters, 40 on a flex button, 12 in an image carousel). */
    label,
    /** Sent as the user's message when tapped: at most 300 characters. */
    text: chars('messageActionText').check((ctx) => {
      if (ctx.value.length === 0) report(ctx, 'too_short', 'text must not be empty');
    }),
  });

  const uri = strict('a URI action', {
    type: z.literal('uri'),
    /** The text on the button, chip or area it is on; required on buttons and quick replies (at most 20 characters, 40 on a flex button, 12 in an image carousel). */
    label,
    /** Opened when tapped: http, https, line or tel, at most 1,000 characters. */
    uri: actionUri(),
    /** `{ desktop }`: the URI opened instead in LINE for macOS and Windows. */
    altUri: strict('altUri', {
      /** The URI LINE for macOS and Windows opens. */
      desktop: url('altUriDesktop', ['http', 'https', 'line', 'tel']),
    }).optional(),
  });

  const datetimepicker = strict('a datetime picker action', {
    type: z.literal('datetimepicker'),
    /** The text on the button, chip or area it is on; required on buttons and quick replies (at most 20 characters, 40 on a flex button, 12 in an image carousel). */
    label,
    /** Sent to your webhook with the picked value in the postback event: at most 300 characters. */
    data: chars('actionData'),
    /** What is picked: `date` (YYYY-MM-DD), `time` (HH:mm) or `datetime` (YYYY-MM-DDTHH:mm). */
    mode: keyword(['date', 'time', 'datetime']),
    /** The value the picker opens at, in the mode's format. */
    initial: z.string().optional(),
    /** The latest value that can be picked, in the mode's format. */
    max: z.string().optional(),
    /** The earliest value that can be picked, in the mode's format. */
    min: z.string().optional(),
  }).check(
    whole((ctx) => {
      const v = ctx.value;
      // Without a valid mode there is no format to read the dates in (the mode's own issue says so).
      if (typeof v.mode !== 'string' || !Object.hasOwn(FORMAT, v.mode)) return;
      const values: Partial<Record<'initial' | 'min' | 'max', number>> = {};
      for (const key of ['initial', 'min', 'max'] as const) {
        const value = v[key];
        if (typeof value !== 'string') continue;
        const minutes = pickerMinutes(v.mode, value);
        if (minutes === undefined) {
          report(ctx, 'invalid_format', `${key} ${quote(value)} is not a valid ${v.mode}; use ${FORMAT[v.mode]}`, [key]);
        } else if (v.mode !== 'time' && (minutes < 0 || minutes > PICKER_MAX)) {
          report(ctx, 'out_of_range', `${key} ${quote(value)} is outside LINE's range 1900-01-01T00:00 to 2100-12-31T23:59`, [key]);
        } else values[key] = minutes;
      }
      if (values.min !== undefined && values.max !== undefined && values.min >= values.max) {
        report(ctx, 'invalid_combination', `min ${quote(v.min)} must be earlier than max ${quote(v.max)}`, ['min']);
      }
      if (values.initial !== undefined) {
        if (values.min !== undefined && values.initial < values.min) {
          report(ctx, 'invalid_combination', `initial ${quote(v.initial)} is earlier than min ${quote(v.min)}`, ['initial']);
        }
        if (values.max !== undefined && values.initial > values.max) {
          report(ctx, 'invalid_combination', `initial ${quote(v.initial)} is later than max ${quote(v.max)}`, ['initial']);
        }
      }
    }),
  );

  const camera = strict('a camera action', {
    type: z.literal('camera'),
    /** The chip's text: at most 20 characters. */
    label,
  });
  const cameraRoll = strict('a camera roll action', {
    type: z.literal('cameraRoll'),
    /** The chip's text: at most 20 characters. */
    label,
  });
  const location = strict('a location action', {
    type: z.literal('location'),
    /** The chip's text: at most 20 characters. */
    label,
  });
  const richmenuswitch = strict('a rich menu switch action', {
    type: z.literal('richmenuswitch'),
    /** The area's name for accessibility: at most 20 characters. */
    label,
    /** The alias of the rich menu to switch to: at most 32 characters, letters, digits, `-` and `_`. */
    richMenuAliasId: richMenuAliasIdSchema,
    /** Sent to your webhook in the postback event: at most 300 characters. */
    data: chars('actionData'),
  });
  const clipboard = strict('a clipboard action', {
    type: z.literal('clipboard'),
    /** The text on the button, chip or area it is on; required on buttons and quick replies (at most 20 characters, 40 on a flex button, 12 in an image carousel). */
    label,
    /** Copied to the user's clipboard when tapped: 1 to 1,000 characters. */
    clipboardText: chars('clipboardText'),
  });

  const all = {
    postback: withLabel('postback', postback),
    message: withLabel('message', message),
    uri: withLabel('uri', uri),
    datetimepicker: withLabel('datetimepicker', datetimepicker),
    camera: withLabel('camera', camera),
    cameraRoll: withLabel('cameraRoll', cameraRoll),
    location: withLabel('location', location),
    richmenuswitch: withLabel('richmenuswitch', richmenuswitch),
    clipboard: withLabel('clipboard', clipboard),
  };
  return { rule, all };
}

function actionUnion(placement: ActionPlacement) {
  const { rule, all } = buildActions(placement);
  const options = rule.types.map((type) => all[type]) as unknown as [Built[ActionType], ...Built[ActionType][]];
  return z.discriminatedUnion('type', options, {
    error: (iss) => {
      if (iss.code !== 'invalid_union') return undefined;
      const type = (iss.input as { type?: unknown } | undefined)?.type;
      if (type === undefined) return `type is required; LINE accepts ${orList(rule.types)} in ${rule.where}`;
      if ((ACTION_TYPES as readonly unknown[]).includes(type)) {
        const usable = (Object.keys(ACTION_PLACEMENTS) as ActionPlacement[])
          .filter((p) => ACTION_PLACEMENTS[p].types.includes(type as ActionType))
          .map((p) => ACTION_PLACEMENTS[p].where);
        return `a ${type} action can not be used in ${rule.where}; it works only in ${joinOr([...new Set(usable)])}`;
      }
      return `type ${quote(type)} is not an action type; LINE accepts ${orList(rule.types)} in ${rule.where}`;
    },
  });
}

// Built once: every schema that holds an action reuses these.
const built = {
  template: actionUnion('template'),
  templateDefault: actionUnion('templateDefault'),
  imageCarousel: actionUnion('imageCarousel'),
  quickReply: actionUnion('quickReply'),
  flexButton: actionUnion('flexButton'),
  flex: actionUnion('flex'),
  richMenu: actionUnion('richMenu'),
};

/** The schema of an action placed in `placement`. */
export function actionSchema(placement: ActionPlacement) {
  return built[placement];
}

type Built = ReturnType<typeof buildActions>['all'];
/** Every action object, whatever its placement. */
export type Action = z.infer<Built[ActionType]>;
export type PostbackAction = z.infer<Built['postback']>;
export type MessageAction = z.infer<Built['message']>;
export type URIAction = z.infer<Built['uri']>;
export type DatetimePickerAction = z.infer<Built['datetimepicker']>;
export type CameraAction = z.infer<Built['camera']>;
export type CameraRollAction = z.infer<Built['cameraRoll']>;
export type LocationAction = z.infer<Built['location']>;
export type RichMenuSwitchAction = z.infer<Built['richmenuswitch']>;
export type ClipboardAction = z.infer<Built['clipboard']>;
