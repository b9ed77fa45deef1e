/**
 * `npm run lighthouse:embed`: Lighthouse 12 (scripts/lighthouse.mjs's runs: phone and desktop,
 * each in a fresh headless Chromium) on every embeddable page of the embed site, built for the
 * loopback address it is served from (so canonical and social addresses are the page's own) and
 * served with its `_headers`, like a CDN (gzip). Prints the four scores per page and run, every
 * audit that cost points, and fails when any score is below 95.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome } from '../find-browsers.mjs';
import { serveStatic } from '../static-server.mjs';
import { audit, categories, formFactors } from '../lighthouse.mjs';
import { buildEmbedSite } from './build.js';
import { previewHeaders } from './preview-headers.mjs';

const floor = 95;

async function main(): Promise<void> {
  const chromePath = findChrome();
  if (!chromePath) throw new Error('No Chromium found: run `node scripts/find-browsers.mjs`.');
  const site = mkdtempSync(join(tmpdir(), 'ix-embed-lighthouse-'));
  let headers: ((path: string) => Record<string, string>) | undefined;
  const server = await serveStatic(site, { cdn: true, headersFor: (path) => headers?.(path) ?? {} });
  let failed = 0;
  try {
    const { pages } = await buildEmbedSite({ outDir: site, base: `${server.origin}/` });
    headers = previewHeaders(site);
    for (const page of pages.filter((p) => p.embeddable)) {
      for (const formFactor of formFactors) {
        const result = await audit(`${server.origin}/${page.path}`, formFactor, chromePath);
        const low = categories.filter((id) => result.scores[id]! < floor);
        failed += low.length;
        console.log(`${page.path.padEnd(48)} ${formFactor.name.padEnd(8)} ${categories.map((id) => `${id} ${result.scores[id]}`).join('  ')}${low.length ? '  BELOW 95' : ''}`);
        for (const lost of result.lost) console.log(`    ${lost.category}: ${lost.title} [${lost.audit}] ${lost.score}`);
      }
    }
  } finally {
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
  if (failed) throw new Error(`${failed} score(s) below ${floor}`);
  console.log(`every embed page scores at least ${floor} in every category, as a phone and as a desktop`);
}

main().catch((error: unknown) => {
  console.error(`lighthouse:embed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
