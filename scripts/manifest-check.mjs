#!/usr/bin/env node
/**
 * Fails when custom-elements.json is stale or invalid:
 *  1. regenerates the manifest into a temporary folder and compares it with the committed one;
 *  2. validates it against the official schema (custom-elements-manifest/schema.json);
 *  3. checks that every element is described with a tag name and a summary.
 * Fix a stale manifest with `npm run manifest`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const committedText = readFileSync('custom-elements.json', 'utf8');
const committed = JSON.parse(committedText);
const problems = [];

// The analyzer takes --outdir relative to the working directory only.
const outdir = join('.cache', 'manifest-check');
try {
  execFileSync(
    process.execPath,
    [require.resolve('@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const fresh = readFileSync(join(outdir, 'custom-elements.json'), 'utf8');
  const freshText = JSON.stringify(JSON.parse(fresh), null, 1).split('\n');
  const committedLines = JSON.stringify(committed, null, 1).split('\n');
  const firstDifference = freshText.findIndex((line, i) => line !== committedLines[i]);
  if (firstDifference >= 0 || freshText.length !== committedLines.length) {
    const at = firstDifference >= 0 ? firstDifference : Math.min(freshText.length, committedLines.length);
    problems.push(
      'custom-elements.json is out of date with src/: run `npm run manifest` and commit the result. ' +
        `First difference: committed ${JSON.stringify(committedLines[at]?.trim())}, from src ${JSON.stringify(freshText[at]?.trim())}`,
    );
  }
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(committed)) {
  for (const error of validate.errors ?? []) problems.push(`schema: ${error.instancePath || '/'} ${error.message}`);
}

const elements = committed.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));
for (const element of elements) {
  if (!element.tagName) problems.push(`${element.name}: no tag name (add @tagname to its JSDoc)`);
  if (!element.summary) problems.push(`${element.name}: no @summary in its JSDoc`);
}

if (problems.length) {
  console.error(problems.map((p) => `manifest: ${p}`).join('\n'));
  process.exit(1);
}
console.log(`manifest: current and valid (${elements.map((e) => `<${e.tagName}>`).join(', ')})`);
