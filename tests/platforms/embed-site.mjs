/**
 * Serves the built embed site (dist-embed/) where its pages say it lives: the build writes its
 * base (IX_EMBED_BASE, by default http://localhost:4174/) into every address, so the test reads
 * the base back from a built page and serves the files on that loopback port, with the headers
 * of dist-embed/_headers, as `npm run embed:preview` does. `served` lists the paths it served.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewHeaders } from '../../scripts/embed-site/preview-headers.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { isListening } from './processes.mjs';

export const siteDir = fileURLToPath(new URL('../../dist-embed/', import.meta.url));

/** The built cards: slug, page address, and what its page says (title, summary, image). */
export function builtCards(dir = siteDir) {
  const cardsDir = join(dir, 'card');
  if (!existsSync(cardsDir)) return [];
  return readdirSync(cardsDir).map((slug) => {
    const html = readFileSync(join(cardsDir, slug, 'index.html'), 'utf8');
    const meta = (property) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
    return {
      slug,
      url: /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1],
      title: meta('og:title'),
      description: meta('og:description'),
      image: meta('og:image'),
    };
  });
}

export async function serveEmbedSite(dir = siteDir) {
  const [card] = builtCards(dir);
  if (!card?.url) {
    throw new Error('dist-embed/ has no card pages: run `npm run build` (or `npm run build:bundle && npm run build:embed`) first.');
  }
  const base = new URL('/', card.url);
  if (!['localhost', '127.0.0.1'].includes(base.hostname) || !base.port) {
    throw new Error(`dist-embed/ was built for ${base.origin}; the platform tests serve it on this machine: rebuild it without IX_EMBED_BASE (npm run build:embed).`);
  }
  const port = Number(base.port);
  if (await isListening(port)) {
    throw new Error(`Port ${port}, where dist-embed/ says it lives, is taken (is \`npm run embed:preview\` running?). Stop it and run the tests again.`);
  }
  // Every path served, in order: how a test sees that a browser went through a page (WebDriver
  // classic reports no navigations, and /go/ forwards at once).
  const served = [];
  const headersFor = previewHeaders(dir);
  const server = await serveStatic(dir, {
    port,
    cdn: true,
    headersFor: (path) => {
      served.push(path);
      return headersFor(path);
    },
  });
  return { origin: base.origin, served, close: server.close };
}
