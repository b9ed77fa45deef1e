/**
 * Builds dist-embed/, the embed site: static files only, for any static host or CDN.
 *
 *   IX_EMBED_BASE=https://embed.example.org/ npm run build     (default http://localhost:4174/)
 *   IX_EMBED_FORWARD=https://signup.example.org npm run build  (more origins /go/ may forward to)
 *
 *   /card/<slug>/            a card alone; its options as query parameters
 *   /card/<slug>/oembed.json and oembed.xml, social.png (1200×630)
 *   /checker/  /trial/       the checker and the trial call to action, each with the same three files
 *   /go/?to=<url>            where WordPress's `link` message lands: forwards to a signup page
 *   /ix-widgets.js           the same dist/ix-widgets.js every snippet pins (loaded with SRI)
 *   /embed.js  /embed.css    the pages' script (the embed protocol) and stylesheet
 *   /parent.js               for sites that frame the pages and want them as tall as their content
 *   /_headers                the response headers to set (Netlify / Cloudflare Pages syntax)
 *   /robots.txt              every page may be read (link previews are made from them)
 *
 * Called by `npm run build` after the bundle; `npm run embed:preview` serves the result.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestLike } from '../../src/embed/element-options.js';
import { buildContent } from '../build-content.js';
import { integrityOf } from '../bundle-info.mjs';
import { fallbackHeight, measureHeights } from './measure.js';
import { oembedDocument, oembedXml } from './oembed.js';
import { pageHtml, socialImage } from './page-html.js';
import { buildPageScripts } from './page-script.js';
import { cardPage, checkerPage, goPage, trialPage, type EmbedPage } from './pages.js';
import { siteHeaders } from './site-headers.js';
import { embedBase, embedWidth } from './site-config.js';
import { renderSocialImage } from './social-image.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const siteDir = join(root, 'dist-embed');

/** Attributes a page takes from its query: all but those that choose what the page shows. */
const fixedByPage: Record<string, readonly string[]> = { 'ix-technique-card': ['technique', 'src'] };

function forwardOrigins(defaultHref: string): string[] {
  const extra = (process.env.IX_EMBED_FORWARD ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
  return [...new Set([defaultHref, ...extra].map((href) => new URL(href).origin))];
}

function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile())
    .reduce((sum, file) => sum + statSync(file).size, 0);
}

export interface BuildOptions {
  /** Default: dist-embed/. */
  outDir?: string;
  /** Default: IX_EMBED_BASE, else http://localhost:4174/. */
  base?: string;
  /** Measure the frames' heights in Chromium (default); false offers the fallback height. */
  measure?: boolean;
}

export async function buildEmbedSite({ outDir: out = siteDir, base: asked, measure = true }: BuildOptions = {}): Promise<{ pages: EmbedPage[]; bytes: number; measured: boolean }> {
  const base = embedBase(asked);
  await buildContent();
  const bundle = join(root, 'dist/ix-widgets.js');
  if (!existsSync(bundle)) throw new Error('dist/ix-widgets.js is missing: run `npm run build:bundle` first (`npm run build` does).');
  const { techniques } = await import('../../src/generated/techniques.js');
  const { elementOptions } = await import('../../src/embed/element-options.js');
  const { builtInConfig } = await import('../../src/shared/config/defaults.js');
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as ManifestLike;
  const byTag = elementOptions(manifest);

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(bundle, join(out, 'ix-widgets.js'));
  copyFileSync(join(root, 'scripts/embed-site/embed.css'), join(out, 'embed.css'));

  const pageTags = ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta'];
  const names = (tag: string) => byTag.get(tag)?.attributes.map((a) => a.name).filter((name) => !fixedByPage[tag]?.includes(name)) ?? [];
  await buildPageScripts(out, {
    options: Object.fromEntries(
      pageTags.map((tag) => [tag, { attributes: names(tag), provider: names('ix-provider'), tokens: byTag.get(tag)?.tokens.map((t) => t.name) ?? [] }]),
    ),
    booleans: [...new Set([...byTag.values()].flatMap((options) => options.attributes.filter((a) => a.kind === 'boolean').map((a) => a.name)))],
    forwardOrigins: forwardOrigins(builtInConfig.href),
  });
  const integrity = Object.fromEntries(['ix-widgets.js', 'embed.js'].map((file) => [file, integrityOf(readFileSync(join(out, file)))]));

  const pages = [...techniques.map(cardPage), checkerPage(), trialPage(), goPage()];
  for (const page of pages) {
    mkdirSync(join(out, page.path), { recursive: true });
    writeFileSync(join(out, page.path, 'index.html'), pageHtml(page, { base, integrity }));
  }
  const embeddable = pages.filter((page) => page.embeddable);
  const labels: Record<string, string> = { 'ix-technique-card': 'Technique card', 'ix-concession-checker': 'Concession checker', 'ix-trial-cta': 'Free trial' };
  for (const page of embeddable) {
    writeFileSync(join(out, page.path, socialImage.file), renderSocialImage(page.title, page.summary, labels[page.tag!] ?? ''));
  }
  const heights = measure
    ? await measureHeights(
        out,
        embeddable.map((page) => page.path),
        embedWidth,
      )
    : undefined;
  if (!heights && measure) console.warn(`embed site: no Chromium to measure the pages, so each oEmbed document offers ${fallbackHeight} px (the page reports its real height when it runs)`);
  for (const page of embeddable) {
    const url = new URL(page.path, base).href;
    const doc = oembedDocument(
      page,
      base,
      { width: embedWidth, height: heights?.get(page.path) ?? fallbackHeight },
      { url: new URL(socialImage.file, url).href, width: socialImage.width, height: socialImage.height },
    );
    writeFileSync(join(out, page.path, 'oembed.json'), `${JSON.stringify(doc, null, 2)}\n`);
    writeFileSync(join(out, page.path, 'oembed.xml'), oembedXml(doc));
  }
  writeFileSync(join(out, '_headers'), siteHeaders(base));
  // Crawlers may read every page: link previews are built from them.
  writeFileSync(join(out, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  writeFileSync(join(out, 'index.html'), siteIndex(embeddable, base, integrity));
  return { pages, bytes: sizeOf(out), measured: Boolean(heights) };
}

/** The site's front page: what it serves, for a person who opens the base URL. */
function siteIndex(pages: EmbedPage[], base: string, integrity: Record<string, string>): string {
  const list = pages.map((page) => `  <li><a href="${page.path}">${page.title.replace(/[&<>]/g, '')}</a></li>`);
  return pageHtml(
    {
      path: '',
      title: 'Embeddable cards',
      summary: 'Technique cards, the concession checker and the trial call to action, one page each, for blogs that embed links.',
      body: ['<h1>Embeddable cards</h1>', '<p>Paste one of these addresses on its own line in a post:</p>', '<ul>', ...list, '</ul>'],
      embeddable: false,
    },
    { base, integrity },
  ).replace(' data-ix-page="go"', '');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildEmbedSite()
    .then(({ pages, bytes, measured }) => {
      console.log(`embed site: dist-embed/ for ${embedBase()}: ${pages.length} pages, ${bytes} bytes${measured ? ', frame heights measured in Chromium' : ''} (serve it with \`npm run embed:preview\`)`);
    })
    .catch((error: unknown) => {
      console.error(`embed site: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
