/**
 * Where the embed site will be served from. Pages, oEmbed documents and social-image tags need
 * absolute addresses (a consumer fetches them from elsewhere), so the base is fixed at build:
 *
 *   IX_EMBED_BASE=https://embed.example.org/ npm run build
 *
 * Default: http://localhost:4174/, where `npm run embed:preview` serves dist-embed/. Assets
 * (scripts, styles) are linked relatively, so the same files also work from another folder.
 */
export const defaultBase = 'http://localhost:4174/';

/** The base as an absolute http(s) URL ending in "/"; anything else is refused with the reason. */
export function embedBase(value: string | undefined = process.env.IX_EMBED_BASE): string {
  const text = value?.trim() || defaultBase;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`IX_EMBED_BASE="${text}" is not an absolute URL (e.g. https://embed.example.org/)`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`IX_EMBED_BASE="${text}" must be an http or https URL`);
  if (url.search || url.hash) throw new Error(`IX_EMBED_BASE="${text}" must not carry a query or a fragment`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * The policy every page carries in a <meta> (and `_headers` repeats as a header, with what only
 * a header can say): scripts and styles only from the site itself, nothing inline, no plug-ins,
 * no form posts; Lit's styles go in as constructed stylesheets, which the policy does not govern.
 * The site's origin is named besides 'self': inside WordPress's sandbox the page has no origin of
 * its own, and WebKit then matches 'self' to nothing (Chromium and Firefox use the address).
 */
export function pagePolicy(base: string): string {
  const site = new URL(base).origin;
  return [
    "default-src 'none'",
    `script-src 'self' ${site}`,
    `style-src 'self' ${site}`,
    `img-src 'self' ${site}`,
    // Same-origin fetches only: crawlers' audits (Lighthouse) read robots.txt from inside the page.
    `connect-src 'self' ${site}`,
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types ix-widgets lit-html',
  ].join('; ');
}

/** The provider named in every oEmbed document and social tag. */
export const provider = { name: 'IX Coach', url: 'https://ixcoach.com/' };

/** The width the oEmbed documents offer: a blog's text column. */
export const embedWidth = 600;
