/**
 * The pages the preview can show the embed on, relative to embed.html. The embed goes into the
 * page's `[data-embed-slot]`, else in place of the first element matching `slot`, else at the end
 * of its `<main>` (or `<body>`). The preview loads the built bundle with the snippet's integrity
 * hash; a page that also loads `/ix-widgets.js` itself keeps its own copy's definitions (the
 * second copy only warns), so such a page previews the same code only where that is the built
 * file too (dist-demo/, the tests), not under `npm start`.
 * A host page added later is one more line here.
 */
export interface HostPage {
  id: string;
  label: string;
  url: string;
  /** How a sentence names the page, where "the" and the lower-cased label would not read ("your page"). */
  phrase?: string;
  /** A CSS selector of the page's element the embed replaces. */
  slot?: string;
}

export const hostPages: readonly HostPage[] = [
  { id: 'light', label: 'Light page', url: 'preview/light.html' },
  { id: 'dark', label: 'Dark page', url: 'preview/dark.html' },
  { id: 'serif-blog', label: 'Serif blog page', url: 'preview/serif-blog.html' },
  // Plain until the builder's "Your page" fields give it a background, text colour and font.
  { id: 'yours', label: 'Your page (set its colours below)', phrase: 'your page', url: 'preview/yours.html' },
  // The host gallery: real framework CSS; the embed takes the place of the page's own card.
  { id: 'bootstrap', label: 'Bootstrap 5 blog', url: 'hosts/bootstrap.html', slot: 'ix-technique-card' },
  { id: 'bootstrap-dark', label: 'Bootstrap 5 dark landing page', url: 'hosts/bootstrap-dark.html', slot: 'ix-technique-card' },
  { id: 'bulma', label: 'Bulma site', url: 'hosts/bulma.html', slot: 'ix-technique-card' },
  { id: 'ghost-casper', label: 'Ghost-style publication', url: 'hosts/ghost-casper.html', slot: 'ix-technique-card' },
  { id: 'pico', label: 'Pico CSS site', url: 'hosts/pico.html', slot: 'ix-technique-card' },
  { id: 'tailwind', label: 'Tailwind CSS site', url: 'hosts/tailwind.html', slot: 'ix-technique-card' },
  { id: 'water-dark', label: 'water.css dark page', url: 'hosts/water-dark.html', slot: 'ix-technique-card' },
];
