import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import '../src/index.js';

// The manifest (generated from the elements' JSDoc) drives every autodocs table; the stories'
// args and controls come from it too (stories/manifest-controls.ts).
setCustomElementsManifest(manifest);

/** Rows a story cannot set as an arg (parts, slots, events, and properties the stories leave to their attributes) get no control. */
const withoutControl = new Set(['css shadow parts', 'slots', 'events', 'properties']);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    // Every story is checked by axe; a violation fails the story.
    a11y: { test: 'error' },
  },
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          argType.control === undefined && withoutControl.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
        ]),
      ),
  ],
};

export default preview;
