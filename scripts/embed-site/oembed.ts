/**
 * The oEmbed document of an embed page (oEmbed 1.0, type `rich`), as JSON and as XML.
 *
 * `html` is a plain-HTML fallback followed by the frame, the order WordPress's own post embeds
 * use and the only one it keeps from a provider it does not know: it allows a <blockquote> (with
 * links) and an <iframe>, adds `sandbox="allow-scripts"` and a secret, shows the blockquote until
 * the frame reports its height over the WordPress protocol, then the frame. Sites that paste the
 * html with /parent.js get the same (it hides `[data-ix-embed-fallback]` once the frame reports);
 * consumers that strip iframes keep the blockquote: the title, the summary and a link.
 */
import { escape } from './html.js';
import type { EmbedPage } from './pages.js';
import { provider } from './site-config.js';

export interface OEmbedDocument {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  html: string;
  width: number;
  height: number;
}

export interface FrameSize {
  width: number;
  height: number;
}

export function oembedHtml(page: EmbedPage, url: string, size: FrameSize): string {
  const fallback = `<blockquote data-ix-embed-fallback><a href="${escape(url)}">${escape(page.title)}</a>: ${escape(page.summary)}</blockquote>`;
  const frame = `<iframe src="${escape(url)}" width="${size.width}" height="${size.height}" title="${escape(`${page.title} — ${provider.name}`)}" frameborder="0" loading="lazy"></iframe>`;
  return fallback + frame;
}

export function oembedDocument(page: EmbedPage, base: string, size: FrameSize, image: { url: string; width: number; height: number }): OEmbedDocument {
  const url = new URL(page.path, base).href;
  return {
    version: '1.0',
    type: 'rich',
    title: page.title,
    provider_name: provider.name,
    provider_url: provider.url,
    // A day: a consumer refreshes the card's words and size that often.
    cache_age: 86_400,
    thumbnail_url: image.url,
    thumbnail_width: image.width,
    thumbnail_height: image.height,
    html: oembedHtml(page, url, size),
    width: size.width,
    height: size.height,
  };
}

/** The same document as oEmbed's XML form: one element per field, the html escaped as text. */
export function oembedXml(doc: OEmbedDocument): string {
  const fields = Object.entries(doc).map(([key, value]) => `  <${key}>${escape(String(value))}</${key}>`);
  return ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<oembed>', ...fields, '</oembed>', ''].join('\n');
}
