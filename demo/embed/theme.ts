/**
 * Theme presets and the contrast pairs the builder checks. Presets are data: each sets the
 * element's `theme` and a value for some tokens; tokens an element does not have are skipped.
 */

export interface Preset {
  id: string;
  label: string;
  theme?: 'light' | 'dark';
  tokens: Record<string, string>;
}

const blogSerif = 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif';

export const presets: readonly Preset[] = [
  { id: 'light', label: 'Light', theme: 'light', tokens: {} },
  { id: 'dark', label: 'Dark', theme: 'dark', tokens: {} },
  {
    // demo/blog-post.html's palette: warm paper, ink, an ink-blue accent, a serif reading face.
    id: 'blog',
    label: 'Demo blog',
    theme: 'light',
    tokens: {
      '--ix-color-accent': '#1f5a7a',
      '--ix-color-on-accent': '#ffffff',
      '--ix-color-text': '#2a2622',
      '--ix-color-muted': '#5e564c',
      '--ix-color-surface': '#fffdf8',
      '--ix-color-border': '#ddd3c4',
      '--ix-color-danger': '#9a3b1b',
      '--ix-font-family': blogSerif,
      '--ix-font-size': '1.05rem',
      '--ix-radius': '0.25rem',
      '--ix-space': '1.1rem',
    },
  },
  {
    // Every text pair well past AAA (7:1), solid borders, a focus ring that cannot be missed.
    id: 'high-contrast',
    label: 'High contrast',
    theme: 'light',
    tokens: {
      '--ix-color-accent': '#0033a0',
      '--ix-color-on-accent': '#ffffff',
      '--ix-color-text': '#000000',
      '--ix-color-muted': '#1f1f1f',
      '--ix-color-surface': '#ffffff',
      '--ix-color-border': '#000000',
      '--ix-color-success': '#00561b',
      '--ix-color-danger': '#8b0000',
      '--ix-color-focus': '#b30000',
    },
  },
];

export interface ContrastPair {
  foreground: string;
  background: string;
  what: string;
  /** WCAG AA minimum: 4.5 for text, 3 for the focus ring (non-text). */
  minimum: number;
}

export const contrastPairs: readonly ContrastPair[] = [
  { foreground: '--ix-color-text', background: '--ix-color-surface', what: 'Text on the surface', minimum: 4.5 },
  { foreground: '--ix-color-muted', background: '--ix-color-surface', what: 'Secondary text on the surface', minimum: 4.5 },
  { foreground: '--ix-color-accent', background: '--ix-color-surface', what: 'Accent (links, badge) on the surface', minimum: 4.5 },
  { foreground: '--ix-color-on-accent', background: '--ix-color-accent', what: 'Button text on the accent', minimum: 4.5 },
  { foreground: '--ix-color-danger', background: '--ix-color-surface', what: 'Warning colour on the surface', minimum: 4.5 },
  { foreground: '--ix-color-success', background: '--ix-color-surface', what: 'Success colour on the surface', minimum: 4.5 },
  { foreground: '--ix-color-focus', background: '--ix-color-surface', what: 'Focus ring on the surface', minimum: 3 },
];
