/**
 * Theme presets and the contrast pairs the builder checks. Presets are data: each sets the
 * element's `theme` and a value for some tokens; tokens an element does not have are skipped.
 */

export interface Preset {
  id: string;
  label: string;
  theme?: 'light' | 'dark';
  /** The preview page that shows the look (see host-pages.ts). */
  page?: string;
  tokens: Record<string, string>;
}

const blogSerif = 'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif';

export const presets: readonly Preset[] = [
  { id: 'light', label: 'Light', theme: 'light', page: 'light', tokens: {} },
  { id: 'dark', label: 'Dark', theme: 'dark', page: 'dark', tokens: {} },
  {
    // demo/blog-post.html's palette: warm paper, ink, an ink-blue accent, a serif reading face.
    id: 'blog',
    label: 'Demo blog',
    theme: 'light',
    page: 'serif-blog',
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
    page: 'light',
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

/** Who paints a pair: one element, or a call to action wherever one is shown (alone, in a card, under the checker; `banner`: the strip layout). */
export type Painter = 'ix-technique-card' | 'ix-concession-checker' | 'ix-trial-cta' | 'cta' | 'banner';

export interface ContrastPair {
  /** The pair as the readout's row names it (`data-pair`). */
  id: string;
  what: string;
  /** CSS colours; `var(--ix-…)` stands for the token's value in the preview. */
  foreground: string;
  background: string;
  /** WCAG AA minimum: 4.5 for text, 3 for the focus ring and icons (non-text). */
  minimum: number;
  painters: readonly Painter[];
}

const v = (token: string) => `var(--ix-color-${token})`;
const tint = (token: string, percent: number) => `color-mix(in srgb, ${v(token)} ${percent}%, ${v('surface')})`;
const all: Painter[] = ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'cta'];

/**
 * Every text (and focus ring) colour the elements paint on every background they paint, read from
 * their styles: the call to action's button and its hover, the card's common-mistake box, the
 * checker's verdict panels and marks. A new background in a style sheet is a new row here.
 */
export const contrastPairs: readonly ContrastPair[] = [
  { id: '--ix-color-text on --ix-color-surface', what: 'Text on the background', foreground: v('text'), background: v('surface'), minimum: 4.5, painters: all },
  { id: '--ix-color-muted on --ix-color-surface', what: 'Secondary text on the background', foreground: v('muted'), background: v('surface'), minimum: 4.5, painters: all },
  {
    id: '--ix-color-accent on --ix-color-surface',
    what: 'Links, badge, steps and buttons on the background',
    foreground: v('accent'),
    background: v('surface'),
    minimum: 4.5,
    painters: ['ix-technique-card', 'ix-concession-checker'],
  },
  { id: '--ix-color-on-accent on --ix-color-accent', what: 'Button text on the accent', foreground: v('on-accent'), background: v('accent'), minimum: 4.5, painters: ['ix-concession-checker', 'cta'] },
  {
    id: 'button text on hover',
    what: 'Button text while pointed at',
    foreground: v('on-accent'),
    background: `color-mix(in srgb, ${v('accent')} 82%, ${v('text')})`,
    minimum: 4.5,
    painters: ['cta'],
  },
  { id: 'text on banner', what: 'Text on the strip', foreground: v('text'), background: tint('accent', 7), minimum: 4.5, painters: ['banner'] },
  { id: 'muted on banner', what: 'Price line on the strip', foreground: v('muted'), background: tint('accent', 7), minimum: 4.5, painters: ['banner'] },
  { id: '--ix-color-danger on --ix-color-surface', what: 'Warnings on the background', foreground: v('danger'), background: v('surface'), minimum: 4.5, painters: ['ix-technique-card', 'ix-concession-checker'] },
  { id: 'text on mistake box', what: 'Text in the common-mistake box', foreground: v('text'), background: tint('danger', 7), minimum: 4.5, painters: ['ix-technique-card'] },
  { id: '--ix-color-success on --ix-color-surface', what: 'Passed checks on the background', foreground: v('success'), background: v('surface'), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'text on good verdict', what: 'Text of the “deliberate” verdict', foreground: v('text'), background: tint('success', 8), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'text on partial verdict', what: 'Text of the “partly” verdict', foreground: v('text'), background: tint('accent', 8), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'text on bad verdict', what: 'Text of the “not visible” verdict', foreground: v('text'), background: tint('danger', 8), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'text on empty verdict', what: 'Text of the verdict before typing', foreground: v('text'), background: tint('border', 8), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'good verdict icon', what: 'The “deliberate” verdict’s icon', foreground: v('success'), background: tint('success', 8), minimum: 3, painters: ['ix-concession-checker'] },
  { id: 'partial verdict icon', what: 'The “partly” verdict’s icon', foreground: v('accent'), background: tint('accent', 8), minimum: 3, painters: ['ix-concession-checker'] },
  { id: 'bad verdict icon', what: 'The “not visible” verdict’s icon', foreground: v('danger'), background: tint('danger', 8), minimum: 3, painters: ['ix-concession-checker'] },
  { id: 'text on good mark', what: 'Words marked as good evidence', foreground: v('text'), background: tint('success', 16), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: 'text on bad mark', what: 'Words marked as a problem', foreground: v('text'), background: tint('danger', 14), minimum: 4.5, painters: ['ix-concession-checker'] },
  { id: '--ix-color-focus on --ix-color-surface', what: 'Keyboard focus ring on the background', foreground: v('focus'), background: v('surface'), minimum: 3, painters: all },
];
