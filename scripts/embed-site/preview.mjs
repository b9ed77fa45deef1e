#!/usr/bin/env node
/**
 * `npm run embed:preview`: serves dist-embed/ at http://localhost:4174/ (the default base the
 * build writes into every address; IX_EMBED_PORT picks another port, then build with the
 * matching IX_EMBED_BASE) with the headers of dist-embed/_headers, as a static host would.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../static-server.mjs';
import { previewHeaders } from './preview-headers.mjs';

const site = fileURLToPath(new URL('../../dist-embed/', import.meta.url));
if (!existsSync(`${site}index.html`)) {
  console.error('dist-embed/ is missing: run `npm run build` (or `npm run build:bundle && npm run build:embed`).');
  process.exit(1);
}
const port = Number(process.env.IX_EMBED_PORT ?? 4174);
const server = await serveStatic(site, { port, cdn: true, headersFor: previewHeaders(site) });
console.log(`embed site: ${server.origin.replace('127.0.0.1', 'localhost')}/ serves dist-embed/ (Ctrl+C stops)`);
