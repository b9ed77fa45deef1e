import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

// The manifest (generated from the elements' JSDoc) drives every autodocs table.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked by axe; a violation fails the story.
    a11y: { test: 'error' },
  },
};

export default preview;
