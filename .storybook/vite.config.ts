import { defineConfig } from 'vite';

// Storybook's own manager and preview bundles are large by nature; only our code is budgeted.
export default defineConfig({ build: { chunkSizeWarningLimit: 4096 } });
