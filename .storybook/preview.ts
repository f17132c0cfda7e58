import { previewStyles } from '@linejsx/preview';
import type { Preview } from '@storybook/html-vite';

// The preview's stylesheet, once per page.
const sheet = document.createElement('style');
sheet.dataset.linejsx = 'preview';
sheet.textContent = previewStyles();
document.head.append(sheet);

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  globalTypes: {
    theme: {
      description: 'LINE chat theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    phone: {
      description: 'Phone width in CSS pixels',
      toolbar: { title: 'Phone', icon: 'mobile', items: ['360', '390', '430', '600'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light', phone: '390' },
};

export default preview;
