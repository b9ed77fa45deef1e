/** The verdict, decided by the pack's ordered cases (the engine knows no rule by name). */
import type { VerdictCase } from './pack.js';
import type { Verdict } from './types.js';

export function decideVerdict(cases: readonly VerdictCase[], passed: ReadonlyMap<string, boolean>): Verdict {
  const all = [...passed.keys()];
  for (const c of cases) {
    const mustPass = c.allPass === '*' ? all : (c.allPass ?? []);
    if (mustPass.every((id) => passed.get(id)) && (c.allFail ?? []).every((id) => passed.get(id) === false)) {
      return c.verdict;
    }
  }
  return 'partial';
}
