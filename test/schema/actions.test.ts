import {
  ACTION_PLACEMENTS,
  ACTION_TYPES,
  type ActionPlacement,
  type ActionType,
  actionSchema,
  validateRichMenu,
  validateWith,
} from '@linejsx/schema';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../support/validation.ts';

/** A minimal valid action of each type, with a label. */
const SAMPLE: Record<ActionType, Record<string, unknown>> = {
  postback: { type: 'postback', label: 'Buy', data: 'buy' },
  message: { type: 'message', label: 'Yes', text: 'yes' },
  uri: { type: 'uri', label: 'Open', uri: 'https://example.com' },
  datetimepicker: { type: 'datetimepicker', label: 'When', data: 'when', mode: 'date' },
  camera: { type: 'camera', label: 'Camera' },
  cameraRoll: { type: 'cameraRoll', label: 'Photos' },
  location: { type: 'location', label: 'Location' },
  richmenuswitch: { type: 'richmenuswitch', label: 'Tab B', richMenuAliasId: 'tab-b', data: 'tab=b' },
  clipboard: { type: 'clipboard', label: 'Copy', clipboardText: 'SPRING-2026' },
};

const check = (placement: ActionPlacement, action: unknown) => {
  const result = validateWith(actionSchema(placement), action);
  return result.ok ? [] : describeIssues(result.issues);
};

const EVERYWHERE: ActionPlacement[] = ['template', 'templateDefault', 'imageCarousel', 'quickReply', 'flexButton', 'flex', 'richMenu'];

/** Where LINE takes each action (CONSTRAINTS.md §9, R#action-objects), written out by hand. */
const WHERE: Record<ActionType, readonly ActionPlacement[]> = {
  postback: EVERYWHERE,
  message: EVERYWHERE,
  uri: EVERYWHERE,
  datetimepicker: EVERYWHERE,
  clipboard: EVERYWHERE,
  camera: ['quickReply'],
  cameraRoll: ['quickReply'],
  location: ['quickReply'],
  richmenuswitch: ['richMenu'],
};

describe('where each action type may be placed (R#action-objects)', () => {
  const placements = Object.keys(ACTION_PLACEMENTS) as ActionPlacement[];
  const cells = placements.flatMap((placement) => ACTION_TYPES.map((type) => [placement, type] as const));

  it.each(cells)('%s: %s', (placement, type) => {
    const allowed = WHERE[type].includes(placement);
    const issues = check(placement, SAMPLE[type]);
    if (allowed) expect(issues).toEqual([]);
    else
      expect(issues).toEqual([
        expect.stringMatching(
          new RegExp(`^type: a ${type} action can not be used in ${ACTION_PLACEMENTS[placement].where}; it works only in `),
        ),
      ]);
  });

  it('camera, camera roll and location work only in quick replies; rich menu switch only in rich menus', () => {
    expect(check('template', SAMPLE.camera)).toEqual([
      'type: a camera action can not be used in a template; it works only in a quick reply',
    ]);
    expect(check('quickReply', SAMPLE.richmenuswitch)).toEqual([
      'type: a richmenuswitch action can not be used in a quick reply; it works only in a rich menu area',
    ]);
  });

  it('names an unknown action type and lists the ones the placement accepts', () => {
    expect(check('imageCarousel', { type: 'share', label: 'x' })).toEqual([
      'type: type "share" is not an action type; LINE accepts "postback", "message", "uri", "datetimepicker" or "clipboard" in an image carousel column',
    ]);
  });
});

describe('labels (R#action-object-label-spec)', () => {
  const unlabeled = ({ label: _, ...rest }: Record<string, unknown>) => rest;

  it.each(['template', 'quickReply', 'flexButton'] as const)('requires a label in %s', (placement) => {
    expect(check(placement, unlabeled(SAMPLE.message))).toEqual([
      `label: label is required on an action in ${ACTION_PLACEMENTS[placement].where}`,
    ]);
    expect(check(placement, { ...SAMPLE.message, label: '' })).toEqual([
      `label: label must not be empty in ${ACTION_PLACEMENTS[placement].where}`,
    ]);
  });

  it.each(['templateDefault', 'imageCarousel', 'flex', 'richMenu'] as const)('makes the label optional in %s', (placement) => {
    expect(check(placement, unlabeled(SAMPLE.uri))).toEqual([]);
  });

  it('requires a label on camera, camera roll and location actions in quick replies', () => {
    expect(check('quickReply', { type: 'camera' })).toEqual(['label: label is required on an action in a quick reply']);
  });
});

describe('postback', () => {
  it('refuses displayText together with the deprecated text', () => {
    expect(check('template', { ...SAMPLE.postback, displayText: 'Buy it', text: 'Buy it' })).toEqual([
      'text: displayText and text can not both be set; use displayText (text is deprecated)',
    ]);
  });

  it('accepts fillInText only with inputOption "openKeyboard"', () => {
    expect(check('richMenu', { ...SAMPLE.postback, inputOption: 'openKeyboard', fillInText: '---\nName: ' })).toEqual([]);
    expect(check('richMenu', { ...SAMPLE.postback, inputOption: 'openVoice', fillInText: 'x' })).toEqual([
      'fillInText: fillInText only works with inputOption "openKeyboard"',
    ]);
    expect(check('richMenu', { ...SAMPLE.postback, inputOption: 'openCamera' })).toEqual([
      'inputOption: inputOption is "openCamera"; LINE accepts "closeRichMenu", "openRichMenu", "openKeyboard" or "openVoice"',
    ]);
  });
});

describe('message action', () => {
  it('refuses an empty text', () => {
    expect(check('quickReply', { ...SAMPLE.message, text: '' })).toEqual(['text: text must not be empty']);
  });
});

describe('rich menu switch', () => {
  const menu = (richMenuAliasId: string) => ({
    size: { width: 2500, height: 843 },
    selected: false,
    name: 'Tab A',
    chatBarText: 'Menu',
    areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'richmenuswitch', richMenuAliasId, data: 'tab=b' } }],
  });

  it('accepts an alias made of lowercase letters, digits, "_" and "-"', () => {
    expect(validateRichMenu(menu('tab_b-2')).ok).toBe(true);
  });

  // S:CreateRichMenuAliasRequest.richMenuAliasId: ^[a-z0-9_-]{1,32}$; no alias of another form can exist.
  it.each(['Tab-B', 'tab b', 'タブ'])('refuses the alias %j, which no rich menu alias can have', (alias) => {
    const result = validateRichMenu(menu(alias));
    expect(result.ok ? [] : describeIssues(result.issues)).toEqual([
      `areas[0].action.richMenuAliasId: richMenuAliasId ${JSON.stringify(alias)} may only use lowercase letters, digits, "_" and "-"`,
    ]);
  });
});
