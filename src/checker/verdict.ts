/** The verdict, decided by the pack's ordered cases (the engine knows no rule by name). */
import type { VerdictCase } from './pack.js';
import type { Verdict } from './types.js';

export function decideVerdict(cases: readonly VerdictCase[], rules: readonly { id: string; passed: boolean }[]): Verdict {
  const passed = (id: string) => rules.find((r) => r.id === id)?.passed;
  for (const c of cases) {
    const mustPass = c.allPass === '*' ? rules.map((r) => r.id) : (c.allPass ?? []);
    if (mustPass.every((id) => passed(id)) && (c.allFail ?? []).every((id) => passed(id) === false)) return c.verdict;
  }
  return 'partial';
}
