/**
 * Builds the site's two scripts from src/embed-page/: embed.js (the pages' module, with the
 * option names from custom-elements.json and the signup origins /go/ may forward to compiled in)
 * and parent.js (a classic script, so any site can add it with a plain <script src>).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { PageOptions } from '../../src/embed-page/page-options.js';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export interface PageScriptFacts {
  options: Record<string, PageOptions>;
  booleans: string[];
  forwardOrigins: string[];
}

async function buildOne(entry: string, fileName: string, format: 'es' | 'iife', outDir: string, define: Record<string, string> = {}) {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome123', 'firefox120', 'safari17.5'],
      minify: true,
      lib: { entry: fromRoot(entry), formats: [format], name: 'ixEmbedParent', fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
}

export async function buildPageScripts(outDir: string, facts: PageScriptFacts): Promise<void> {
  await buildOne('src/embed-page/embed.ts', 'embed.js', 'es', outDir, { __IX_EMBED__: JSON.stringify(facts) });
  await buildOne('src/embed-page/parent.ts', 'parent.js', 'iife', outDir);
}
