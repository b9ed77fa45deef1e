/**
 * The pages the preview can show the embed on, relative to embed.html. The embed goes into the
 * page's `[data-embed-slot]`, else at the end of its `<main>`, else of its `<body>`; the page
 * must not load the bundle itself (the preview loads it, with the snippet's integrity hash).
 * A host page added later (demo/hosts/…) is one more line here.
 */
export interface HostPage {
  id: string;
  label: string;
  url: string;
}

export const hostPages: readonly HostPage[] = [
  { id: 'light', label: 'Light page', url: 'preview/light.html' },
  { id: 'dark', label: 'Dark page', url: 'preview/dark.html' },
  { id: 'serif-blog', label: 'Serif blog page', url: 'preview/serif-blog.html' },
];
