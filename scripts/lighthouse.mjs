#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12 on the built demo (dist-demo/: the demo pages next to the
 * real bundle), blog post and landing page, as a phone (Lighthouse's default: emulated mid-range
 * phone, simulated slow 4G and 4× slower CPU) and as a desktop. Prints the four category scores
 * with CLS, TBT, FCP and LCP, lists every audit that cost points, and writes
 * bench-results/lighthouse.json.
 *
 * The pages are served from 127.0.0.1 the way a CDN would serve them (gzip for text), each run
 * in a fresh headless Chromium with its own profile directory.
 *
 *   npm run lighthouse            (builds first)
 *   node scripts/lighthouse.mjs   (uses the existing dist-demo/)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromeFlags, findChrome } from './find-browsers.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'dist-demo');
const pages = (process.env.LH_PAGES ?? 'blog-post.html,landing-page.html').split(',');
export const formFactors = [
  { name: 'mobile', config: undefined },
  { name: 'desktop', config: desktopConfig },
];
export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run in a fresh browser and profile; the report's figures and lost points. */
export async function audit(url, formFactor, chromePath) {
  const profile = mkdtempSync(join(tmpdir(), 'ix-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromeFlags],
    userDataDir: profile,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, formFactor.config);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const lost = [];
    for (const id of categories) {
      for (const ref of lhr.categories[id].auditRefs) {
        const found = lhr.audits[ref.id];
        if (ref.weight > 0 && found.score !== null && found.score < 1) {
          // Which elements failed, where the audit names them (accessibility, best practices).
          const nodes = (found.details?.items ?? []).map((item) => item.node?.snippet).filter(Boolean).slice(0, 5);
          lost.push({ category: id, audit: ref.id, title: found.title, score: found.score, displayValue: found.displayValue ?? '', nodes });
        }
      }
    }
    return {
      scores: Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)])),
      cls: metric('cumulative-layout-shift'),
      tbtMs: metric('total-blocking-time'),
      fcpMs: metric('first-contentful-paint'),
      lcpMs: metric('largest-contentful-paint'),
      speedIndexMs: metric('speed-index'),
      lost,
      warnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
    };
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync(join(site, 'ix-widgets.js'))) {
    console.error('dist-demo/ is missing or has no bundle: run `npm run lighthouse` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const chromePath = findChrome();
  if (!chromePath) {
    console.error('No Chromium found: run `node scripts/find-browsers.mjs`.');
    process.exit(1);
  }
  const server = await serveStatic(site, { cdn: true });
  const { origin } = server;
  const rows = [];
  try {
    for (const page of pages) {
      for (const formFactor of formFactors) {
        process.stdout.write(`lighthouse: ${page} (${formFactor.name})…\n`);
        rows.push({ page, formFactor: formFactor.name, ...(await audit(`${origin}/${page}`, formFactor, chromePath)) });
      }
    }
  } finally {
    await server.close();
  }

  const header = ['page', 'as', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'TBT', 'FCP', 'LCP'];
  const table = rows.map((r) => [
    r.page,
    r.formFactor,
    String(r.scores.performance),
    String(r.scores.accessibility),
    String(r.scores['best-practices']),
    String(r.scores.seo),
    r.cls.toFixed(3),
    `${Math.round(r.tbtMs)} ms`,
    `${(r.fcpMs / 1000).toFixed(2)} s`,
    `${(r.lcpMs / 1000).toFixed(2)} s`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`\nLighthouse ${rows[0]?.lighthouseVersion} on ${rows[0]?.userAgent}\n`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  for (const r of rows) {
    for (const l of r.lost) {
      console.log(`  ${r.page} (${r.formFactor}) ${l.category}: ${l.title} [${l.audit}] score ${l.score}${l.displayValue ? ` (${l.displayValue})` : ''}`);
      for (const node of l.nodes) console.log(`      ${node}`);
    }
    for (const w of r.warnings) console.log(`  ${r.page} (${r.formFactor}) warning: ${w}`);
  }

  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results/lighthouse.json'),
    `${JSON.stringify({ benchmark: 'lighthouse', measuredAt: new Date().toISOString(), results: rows }, null, 2)}\n`,
  );
  console.log('\nwrote bench-results/lighthouse.json');
}

// Imported for its audit() (scripts/embed-site/lighthouse.ts), it runs nothing.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
