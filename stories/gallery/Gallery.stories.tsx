/**
 * The gallery: every design of examples/ with its sample props as live controls. One line per
 * design below; test/stories/gallery.test.ts fails when a design of examples/index.ts has none.
 */

import { type Component, createElement } from '@linejsx/jsx';
import { escapeHtml } from '@linejsx/preview';
import { show, showRichMenus } from '@linejsx/storybook';
import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect } from 'storybook/test';
import { examples } from '../../examples/index.ts';
import { design } from '../support/design.ts';

export default { title: 'Gallery' } satisfies Meta;

/** Every design at once, in gallery order. */
export const Overview: StoryObj = {
  render: (_args, context) => {
    const grid = document.createElement('div');
    grid.className = 'lj-gallery';
    grid.style.cssText = 'display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start';
    for (const { id, title, component, sample, kind } of examples) {
      const cell = document.createElement('section');
      cell.dataset.example = id;
      cell.innerHTML = `<h3 style="font:600 14px system-ui;margin:0 0 8px">${escapeHtml(title)}</h3>`;
      const workbench = (kind === 'richMenu' ? showRichMenus : show)(() => createElement(component as Component<unknown>, sample), {
        globals: context.globals,
        parameters: context.parameters,
      });
      cell.append(workbench.querySelector('.lj-root') ?? workbench);
      grid.append(cell);
    }
    return grid;
  },
  play: async ({ canvasElement }) => {
    const cells = canvasElement.querySelectorAll('[data-example]');
    await expect(cells.length).toBe(examples.length);
    for (const cell of cells)
      await expect(cell.querySelector('.lj-msg, .lj-rm-menu'), (cell as HTMLElement).dataset.example).not.toBeNull();
  },
};

export const WelcomeText = design('welcome-text');
export const Receipt = design('receipt');
export const RestaurantCard = design('restaurant-card');
export const EventTicket = design('event-ticket');
export const AppointmentReminder = design('appointment-reminder');
export const ProfileCard = design('profile-card');
export const DeliveryTracker = design('delivery-tracker');
export const TransitRoute = design('transit-route');
export const Survey = design('survey');
export const HotelBooking = design('hotel-booking');
export const Coupon = design('coupon');
export const NewsDigest = design('news-digest');
export const ShoppingCarousel = design('shopping-carousel');
export const MainMenu = design('main-menu');
export const ShopTabs = design('shop-tabs');
