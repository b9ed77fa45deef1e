/**
 * One embed page as HTML: no inline script or style (the policy in the <meta> forbids both), the
 * page script before the bundle so the element upgrades with its options set, both with their
 * integrity hashes; discovery links for oEmbed; Open Graph and Twitter-card tags.
 */
import { escape } from './html.js';
import type { EmbedPage } from './pages.js';
import { pagePolicy, provider } from './site-config.js';

export interface SiteAssets {
  /** Absolute base URL of the site, ending in "/". */
  base: string;
  /** `sha384-…` of each file at the site root, by file name. */
  integrity: Record<string, string>;
}

export const socialImage = { file: 'social.png', width: 1200, height: 630 } as const;

export function pageHtml(page: EmbedPage, assets: SiteAssets): string {
  const url = new URL(page.path, assets.base).href;
  const up = '../'.repeat(page.path.split('/').filter(Boolean).length);
  const image = new URL(socialImage.file, url).href;
  const imageAlt = `${page.title} — ${provider.name}`;
  const meta = (attribute: 'name' | 'property', key: string, value: string) => `<meta ${attribute}="${key}" content="${escape(value)}">`;
  const script = (file: string) => `<script type="module" src="${up}${file}" integrity="${assets.integrity[file]}" crossorigin="anonymous"></script>`;
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(assets.base)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(page.title)} — ${escape(provider.name)}</title>`,
    meta('name', 'description', page.summary),
    `<link rel="canonical" href="${escape(url)}">`,
    // Links in the page open in the top window, not inside the frame (embed.js handles sandboxes).
    '<base target="_top">',
    `<link rel="stylesheet" href="${up}embed.css">`,
    ...(page.embeddable
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escape(new URL('oembed.json', url).href)}" title="${escape(page.title)}">`,
          `<link rel="alternate" type="text/xml+oembed" href="${escape(new URL('oembed.xml', url).href)}" title="${escape(page.title)}">`,
          meta('property', 'og:type', 'website'),
          meta('property', 'og:site_name', provider.name),
          meta('property', 'og:title', page.title),
          meta('property', 'og:description', page.summary),
          meta('property', 'og:url', url),
          meta('property', 'og:image', image),
          meta('property', 'og:image:type', 'image/png'),
          meta('property', 'og:image:width', String(socialImage.width)),
          meta('property', 'og:image:height', String(socialImage.height)),
          meta('property', 'og:image:alt', imageAlt),
          meta('name', 'twitter:card', 'summary_large_image'),
          meta('name', 'twitter:title', page.title),
          meta('name', 'twitter:description', page.summary),
          meta('name', 'twitter:image', image),
          meta('name', 'twitter:image:alt', imageAlt),
        ]
      : []),
    script('embed.js'),
    ...(page.tag ? [script('ix-widgets.js')] : []),
  ];
  return [
    '<!doctype html>',
    `<html lang="en"${page.tag ? '' : ' data-ix-page="go"'}>`,
    '<head>',
    ...head.map((line) => `  ${line}`),
    '</head>',
    '<body>',
    '<main>',
    ...(page.heading ? [`<h1 class="visually-hidden">${escape(page.heading)}</h1>`] : []),
    ...page.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
