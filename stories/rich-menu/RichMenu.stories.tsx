import { Area, Cell, Clipboard, DatetimePicker, MessageAction, Postback, RichMenu, Row, Uri } from '@linejsx/jsx';
import { richMenuStory } from '@linejsx/storybook';
import type { Meta } from '@storybook/html-vite';
import { expect, userEvent } from 'storybook/test';
import shopTabs, { ShopTabs } from '../../examples/rich-menu/shop-tabs.tsx';
import { expectMenuImagesLoaded } from '../support/design.ts';

export default { title: 'Rich menus/RichMenu' } satisfies Meta;

const shown = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('.lj-rm-menu:not([hidden])')!;

/** Rows of cells that tile the menu exactly; without an image, each area shows its action. Hover one. */
export const Grid = richMenuStory(
  () => (
    <RichMenu size="full" name="Grid" chatBarText="Menu">
      <Row>
        <Cell>
          <Uri label="Shop" uri="https://shop.example.com" />
        </Cell>
        <Cell>
          <Postback label="Coupons" data="coupons" />
        </Cell>
        <Cell>
          <MessageAction label="Points" text="points" />
        </Cell>
      </Row>
      <Row flex={2}>
        <Cell flex={2}>
          <DatetimePicker label="Book a table" data="book" mode="datetime" />
        </Cell>
        <Cell>
          <Clipboard label="Wi-Fi password" clipboardText="brown-cafe-2024" />
        </Cell>
      </Row>
    </RichMenu>
  ),
  {
    check: async (canvas) => {
      await expect(canvas.querySelectorAll('.lj-rm-area')).toHaveLength(5);
      await expect(canvas.querySelector('.lj-rm-frame')!.classList.contains('lj-missing')).toBe(true);
      const labels = [...canvas.querySelectorAll('.lj-rm-label > b')].map((b) => b.textContent);
      await expect(labels).toEqual(['Shop', 'Coupons', 'Points', 'Book a table', 'Wi-Fi password']);
    },
  },
);

/** Areas at explicit pixel bounds; the parts between them do nothing. */
export const ExplicitAreas = richMenuStory(() => (
  <RichMenu size={{ width: 1200, height: 405 }} name="Small" chatBarText="Tap here">
    <Area x={40} y={40} width={540} height={325}>
      <Uri label="Order" uri="https://order.example.com" />
    </Area>
    <Area x={620} y={40} width={540} height={325}>
      <MessageAction label="Help" text="help" />
    </Area>
  </RichMenu>
));

/** The chat bar opens and closes the menu, as in LINE. */
export const ChatBar = richMenuStory(
  () => (
    <RichMenu size="half" name="Bar" chatBarText="Open me">
      <Area x={0} y={0} width={2500} height={843}>
        <MessageAction label="Hello" text="hello" />
      </Area>
    </RichMenu>
  ),
  {
    check: async (canvas) => {
      const frame = canvas.querySelector<HTMLElement>('.lj-rm-frame')!;
      await userEvent.click(canvas.querySelector('.lj-chat-bar-toggle')!);
      await expect(getComputedStyle(frame).display).toBe('none');
      await userEvent.click(canvas.querySelector('.lj-chat-bar-toggle')!);
      await expect(getComputedStyle(frame).display).toBe('block');
    },
  },
);

/** The tabbed pair of examples/: tap "Account" to switch menus, then "Menu" to come back. */
export const Tabs = richMenuStory(() => <ShopTabs {...shopTabs.sample} />, {
  check: async (canvas) => {
    await expectMenuImagesLoaded(canvas);
    await expect(shown(canvas).dataset.alias).toBe('brown-cafe-menu');
    await userEvent.click(shown(canvas).querySelector('[data-switch="brown-cafe-account"]')!);
    await expect(shown(canvas).dataset.alias).toBe('brown-cafe-account');
    await expect(shown(canvas).querySelector('.lj-chat-bar-text')!.textContent).toBe('Account');
    await userEvent.click(shown(canvas).querySelector('[data-switch="brown-cafe-menu"]')!);
    await expect(shown(canvas).dataset.alias).toBe('brown-cafe-menu');
  },
});

/** What LINE would refuse is outlined in red, with the rule in words, the component and its line. */
export const Problems = richMenuStory(
  () => (
    <RichMenu size="half" name="Broken" chatBarText="A chat bar text that is too long">
      <Area x={0} y={0} width={1300} height={843}>
        <Uri label="Shop" uri="https://shop.example.com" />
      </Area>
      <Area x={1250} y={0} width={1300} height={843}>
        <MessageAction label="Help" text="help" />
      </Area>
    </RichMenu>
  ),
  {
    problems: 3,
    check: async (canvas) => {
      await expect(canvas.querySelectorAll('.lj-rm-area.lj-invalid')).toHaveLength(1);
      await expect(canvas.querySelector('.lj-chat-bar')!.classList.contains('lj-invalid')).toBe(true);
      await expect(canvas.querySelector('.lj-panel .lj-issue-component')!.textContent).toMatch(/^<RichMenu>/);
    },
  },
);
