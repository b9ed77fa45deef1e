/**
 * The host gallery (demo/hosts/): realistic pages built on the real CSS of popular frameworks and
 * themes, and how each one shows light or dark. `os`: the page follows the reader's setting.
 */
export interface Host {
  page: string;
  scheme: 'light' | 'dark' | 'os';
  /** What the host is, for test names and the report. */
  about: string;
}

export const hosts: Host[] = [
  { page: 'bootstrap', scheme: 'light', about: 'Bootstrap 5.3 light, checker in a .text-center hero' },
  { page: 'bootstrap-dark', scheme: 'dark', about: 'Bootstrap 5.3, data-bs-theme="dark" on <html>' },
  { page: 'pico', scheme: 'os', about: 'Pico 2, follows the OS (data-theme on <html> pins it)' },
  { page: 'tailwind', scheme: 'light', about: 'Tailwind 4 + typography (prose), hostile text-style wrapper, dark class on <body>' },
  { page: 'bulma', scheme: 'os', about: 'Bulma 1, follows the OS (theme-dark/theme-light class on <html>)' },
  { page: 'ghost-casper', scheme: 'light', about: 'Casper-style publication on Milligram, html 62.5 %, dark-mode class on <html>' },
  { page: 'water-dark', scheme: 'dark', about: 'water.css dark: paints dark, declares no color-scheme' },
  { page: 'star-rule', scheme: 'light', about: 'rules on * and main * (case, spacing, line height, zero margins) that select the elements themselves' },
  { page: 'rtl', scheme: 'light', about: 'an Arabic page, <html dir="rtl" lang="ar">, showing the built-in English' },
  { page: 'prose-class', scheme: 'light', about: 'a design system: prose styled on p and by class (21px Georgia), nothing on <body> (15px root)' },
  { page: 'column-320', scheme: 'light', about: 'a 320px sidebar column with 18px text' },
];

export const hostUrl = (host: Host) => `/demo/hosts/${host.page}.html`;
