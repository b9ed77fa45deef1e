// The checker judges every labelled script exactly as Node does — same verdict, same language,
// same rules passed, same evidence ranges — in whichever engine this runs (the language samples
// of data/languages/ included: Unicode script properties and word boundaries are the engine's). Node's results come from the
// test server (tests/support/checker-reference-command.mjs), computed from the same built
// dist/checker.js this page loads, so only the JavaScript engine differs.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { CheckOptions, CheckResult } from './types.js';

interface Comparable {
  verdict: string;
  language: string;
  rules: { id: string; passed: boolean; evidence: [number, number][] }[];
}
interface Reference {
  bundle: string;
  files: { file: string; cases: { id: string; script: string; firstRequest?: string; node: Comparable }[] }[];
}

const comparable = (result: CheckResult): Comparable => ({
  verdict: result.verdict,
  language: result.language,
  rules: result.rules.map((rule) => ({ id: rule.id, passed: rule.passed, evidence: rule.evidence.map(({ start, end }) => [start, end]) })),
});

/** Where `here` first differs from `node`, in words, or undefined when they agree. */
function firstDifference(here: Comparable, node: Comparable): string | undefined {
  if (here.verdict !== node.verdict) return `verdict ${here.verdict}, Node ${node.verdict}`;
  if (here.language !== node.language) return `language ${here.language}, Node ${node.language}`;
  for (const [i, rule] of node.rules.entries()) {
    const mine = here.rules[i];
    if (!mine || mine.id !== rule.id) return `rule ${rule.id} missing (found ${mine?.id ?? 'nothing'})`;
    if (mine.passed !== rule.passed) return `rule ${rule.id}: passed ${mine.passed}, Node ${rule.passed}`;
    if (JSON.stringify(mine.evidence) !== JSON.stringify(rule.evidence)) {
      return `rule ${rule.id}: evidence ${JSON.stringify(mine.evidence)}, Node ${JSON.stringify(rule.evidence)}`;
    }
  }
  if (here.rules.length !== node.rules.length) return `${here.rules.length} rules, Node ${node.rules.length}`;
  return undefined;
}

const reference = await executeServerCommand<Reference, undefined>('ix-checker-reference');
const { checkScript } = (await import(/* @vite-ignore */ new URL(`/${reference.bundle}`, location.origin).href)) as {
  checkScript: (script: string, options?: CheckOptions) => CheckResult;
};

describe('the checker in this engine, against Node', () => {
  it('has every labelled set to compare', () => {
    expect(reference.files.map((f) => f.file)).to.include.members(['data/checker/dev-set.jsonl', 'data/checker/blind-set-3.jsonl', 'data/languages/scripts.jsonl']);
    expect(reference.files.every((f) => f.cases.length > 0)).to.be.true;
  });

  for (const { file, cases } of reference.files) {
    it(`judges ${file} (${cases.length} scripts) exactly as Node does`, () => {
      const differences: string[] = [];
      for (const c of cases) {
        const difference = firstDifference(comparable(checkScript(c.script, { firstRequest: c.firstRequest })), c.node);
        if (difference) differences.push(`${c.id} ${JSON.stringify(c.script)}: ${difference}`);
      }
      expect(differences, `${differences.length} of ${cases.length} scripts differ; first: ${differences[0]}`).to.deep.equal([]);
    });
  }
});
