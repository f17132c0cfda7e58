/**
 * A minimal rich-menu host for testing what only works in rich menus (<RichMenuSwitch>, a
 * rich-menu <Area>) until the <RichMenu> component of issue 6 exists. It uses the same
 * defineBuiltin as every component, so areas render exactly as they will in <RichMenu>.
 */
import type { LineNode } from '@linejsx/jsx';
import { defineBuiltin } from '../../packages/jsx/src/render/builtin.ts';

export interface TestRichMenuProps {
  /** `<Area>`s, each with one action. */
  children?: LineNode;
}

/** A 2500x843 rich menu named "Test" around its `<Area>` children. */
export const TestRichMenu = defineBuiltin<TestRichMenuProps>({
  name: 'TestRichMenu',
  slots: {
    richMenu: (_props, frame) => ({
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'Test',
      chatBarText: 'Menu',
      areas: frame.children('richMenuArea', { key: 'areas', indexed: true }),
    }),
  },
});
