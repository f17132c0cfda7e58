/**
 * The addon's preview annotations (`@linejsx/storybook/entry-preview`, added by the preset): the decorator
 * that draws linejsx stories, and the toolbar's LINE chat theme and phone width.
 */
import { withLinePreview } from './decorator.ts';
import type { Decorator } from './types.ts';

export const decorators: Decorator[] = [withLinePreview];

export const parameters = {
  layout: 'padded',
  controls: { expanded: true },
};

export const globalTypes = {
  theme: {
    description: 'LINE chat theme',
    toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
  },
  phone: {
    description: 'Phone width in CSS pixels',
    toolbar: { title: 'Phone', icon: 'mobile', items: ['360', '390', '430', '600'], dynamicTitle: true },
  },
};

export const initialGlobals = { theme: 'light', phone: '390' };
