/**
 * The `ix-checker-reference` test command: Node's results for every labelled script in
 * data/checker/*.jsonl and every language sample in data/languages/, from the BUILT dist/checker.js — the same file the browser test loads —
 * so src/checker/same-in-every-engine.test.ts can compare each engine with Node, rule by rule.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const bundle = join(root, 'dist/checker.js');
const dataDirs = ['data/checker', 'data/languages'];

/** Every labelled script and language sample, file by file, in name order. */
function labelledScripts() {
  const files = dataDirs.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => `${dir}/${name}`),
  );
  return files.map((file) => ({
    file,
    cases: readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => {
        const { id, script, firstRequest } = JSON.parse(line);
        return firstRequest === undefined ? { id, script } : { id, script, firstRequest };
      }),
  }));
}

/** The parts of a result every engine must agree on. */
export const comparable = (result) => ({
  verdict: result.verdict,
  language: result.language,
  rules: result.rules.map((rule) => ({ id: rule.id, passed: rule.passed, evidence: rule.evidence.map(({ start, end }) => [start, end]) })),
});

export function checkerReferencePlugin() {
  return {
    name: 'ix-checker-reference',
    async executeCommand({ command }) {
      if (command !== 'ix-checker-reference') return undefined;
      let mtime;
      try {
        mtime = statSync(bundle).mtimeMs;
      } catch {
        throw new Error('dist/checker.js is missing: run `npm run build:bundle` first (`npm test` does)');
      }
      // The modification time in the URL loads a rebuilt bundle afresh in watch mode.
      const { checkScript } = await import(`${pathToFileURL(bundle).href}?${mtime}`);
      return {
        bundle: 'dist/checker.js',
        files: labelledScripts().map(({ file, cases }) => ({
          file,
          cases: cases.map((c) => ({ ...c, node: comparable(checkScript(c.script, { firstRequest: c.firstRequest })) })),
        })),
      };
    },
  };
}
