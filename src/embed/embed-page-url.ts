/**
 * The embed site's address for a configuration (dist-embed/, built by scripts/embed-site/): the
 * card's page with the builder link's options as its query, the checker's or the trial's page,
 * and the frame that shows it. The link and frame forms of src/embed/platforms.ts.
 */
import { configToQuery, type EmbedConfig, type OptionsByTag } from './embed-config.js';
import { escapeHtml } from './snippet.js';

/** Where `npm run embed:preview` serves the site; a build for another host sets IX_EMBED_BASE. */
export const defaultEmbedBase = 'http://localhost:4174/';

const pageOf: Record<string, string> = { 'ix-concession-checker': 'checker/', 'ix-trial-cta': 'trial/' };

export function embedPageUrl(config: EmbedConfig, options: OptionsByTag, base = defaultEmbedBase): string {
  const technique = config.attributes.technique;
  if (config.element === 'ix-technique-card' && (typeof technique !== 'string' || !technique.trim())) {
    throw new Error('a card page needs a technique: the embed site has a page per built-in card (a card given as `src` has none)');
  }
  const path = config.element === 'ix-technique-card' ? `card/${String(technique).trim()}/` : pageOf[config.element];
  if (!path) throw new Error(`the embed site has no page for <${config.element}>`);
  // The builder's own query, less what the address already says, and the builder's preview page and
  // page look, which the card page does not read (the builder turns the look into theme and font).
  const query = new URLSearchParams(configToQuery({ ...config, page: undefined, pageLook: undefined }, options));
  for (const key of ['element', 'technique', 'src', 'provider']) query.delete(key);
  const text = query.toString();
  return `${new URL(path, base).href}${text ? `?${text}` : ''}`;
}

/** A frame of the page, titled, with the parent script (at the site's root) that keeps it as tall as its content. */
export function embedFrame(url: string, title: string, base = defaultEmbedBase, height = 480): string {
  return [
    `<iframe src="${escapeHtml(url, true)}" title="${escapeHtml(title, true)}" width="600" height="${height}" frameborder="0" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(new URL('parent.js', base).href, true)}" async></script>`,
  ].join('\n');
}
