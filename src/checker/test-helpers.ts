import { checkScript, type CheckOptions, type RuleId } from './index.js';

/** The rule's result for a script. */
export function rule(id: RuleId, script: string, options?: CheckOptions) {
  return checkScript(script, options).rules.find((r) => r.id === id)!;
}

/** The exact text of each evidence range, as the user would see it highlighted. */
export function evidence(id: RuleId, script: string, options?: CheckOptions): string[] {
  return rule(id, script, options).evidence.map(({ start, end }) => script.slice(start, end));
}
