#!/usr/bin/env node
/**
 * What each part of dist/ix-widgets.js costs. Builds the bundle once more with a source map into
 * .cache/size-report/, attributes every minified byte to the source file it came from, and groups
 * the files into parts (lit, @lit/context, each element, content, checker…).
 *
 * gzip and brotli (what CDNs serve) do not split cleanly: a part compressed alone loses the
 * context the rest gives it. Their columns therefore scale each part's stand-alone compressed
 * size so the parts add up to the real total — estimates, labelled as such. Raw bytes are exact.
 *
 * The checker analysis's share is also measured exactly, by building once more without it.
 *
 *   node scripts/size-report.mjs [--json FILE]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';

const outDir = '.cache/size-report';
execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', outDir, '--logLevel', 'silent'], { stdio: 'inherit' });

const code = readFileSync(`${outDir}/ix-widgets.js`, 'utf8');
const map = JSON.parse(readFileSync(`${outDir}/ix-widgets.js.map`, 'utf8'));

const parts = [
  [/node_modules\/@lit\/context\//, '@lit/context'],
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/node_modules\/zod\//, 'zod/mini (validation)'],
  [/src\/generated\/techniques/, 'content: technique cards'],
  [/src\/generated\/checker-packs/, 'content: checker rule pack'],
  [/src\/generated\/schemas/, 'card + config schemas (derived JSON Schema)'],
  [/src\/checker\//, 'checker analysis engine'],
  [/src\/catalog\//, 'card schema + loading'],
  [/src\/elements\/([^/]+)\//, (m) => `<ix-${m[1].replace(/^ix-/, '')}>`],
  [/src\/shared\//, 'shared (tokens, define, config, validation messages)'],
  [/src\/index\.ts/, 'entry'],
];

function partOf(source) {
  for (const [pattern, name] of parts) {
    const match = pattern.exec(source);
    if (match) return typeof name === 'function' ? name(match) : name;
  }
  return 'other';
}

const textByPart = new Map();
const lines = code.split('\n');
decode(map.mappings).forEach((segments, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.[0] ?? line.length;
    const part = segment.length > 1 ? partOf(map.sources[segment[1]]) : 'other';
    textByPart.set(part, (textByPart.get(part) ?? '') + line.slice(segment[0], end));
  });
  // Bytes before the first segment (banner, wrappers) belong to no source.
  const firstColumn = segments[0]?.[0] ?? line.length;
  if (firstColumn > 0) textByPart.set('other', (textByPart.get('other') ?? '') + line.slice(0, firstColumn));
});

// A source map that no longer describes the file (a pass after the bundler that drops it) sends
// every byte to whichever source its first segments name: the table would be confidently wrong.
for (const part of ['lit', '@lit/context', '<ix-technique-card>', 'checker analysis engine', 'content: checker rule pack']) {
  const bytes = (textByPart.get(part) ?? '').length;
  if (bytes < 500) throw new Error(`size-report: "${part}" got ${bytes} bytes: ${outDir}/ix-widgets.js.map does not describe the built file`);
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const totalRaw = Buffer.byteLength(code);
const totalGzip = gzip(code);
const totalBrotli = brotli(code);
const rows = [...textByPart].map(([part, text]) => ({ part, raw: Buffer.byteLength(text), gzipAlone: gzip(text), brotliAlone: brotli(text) }));
for (const [key, total] of [['gzip', totalGzip], ['brotli', totalBrotli]]) {
  const aloneSum = rows.reduce((sum, row) => sum + row[`${key}Alone`], 0);
  for (const row of rows) row[key] = Math.round((row[`${key}Alone`] / aloneSum) * total);
}
rows.sort((a, b) => b.raw - a.raw);

const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log(
  `\ndist/ix-widgets.js: ${totalRaw} bytes (${kb(totalRaw)}), ${totalGzip} bytes gzip -9 (${kb(totalGzip)}), ${totalBrotli} bytes brotli -q 11 (${kb(totalBrotli)})\n`,
);
console.log('part'.padEnd(52) + 'raw'.padStart(10) + 'gzip (est.)'.padStart(14) + 'brotli (est.)'.padStart(15));
for (const row of rows) console.log(row.part.padEnd(52) + kb(row.raw).padStart(10) + kb(row.gzip).padStart(14) + kb(row.brotli).padStart(15));

// The checker analysis's true share: the bundle's gzip size minus that of the same bundle built
// with checkScript replaced by a stub. Exact, unlike the estimates above, which split gzip.
const stubDir = '.cache/size-report/without-checker';
execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', stubDir, '--logLevel', 'silent'], {
  stdio: 'inherit',
  env: { ...process.env, IX_STUB_CHECKER: '1' },
});
const stubbed = readFileSync(`${stubDir}/ix-widgets.js`);
const withoutChecker = gzip(stubbed);
const checkerShare = totalGzip - withoutChecker;
const checkerShareBrotli = totalBrotli - brotli(stubbed);
console.log(
  `\nchecker analysis (engine + rule pack), measured: ${kb(checkerShare)} of the gzip bundle (the bundle is ${kb(withoutChecker)} without it), ` +
    `${kb(checkerShareBrotli)} of the brotli one`,
);

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ totalRaw, totalGzip, totalBrotli, checkerShare, checkerShareBrotli, parts: rows }, null, 2));
