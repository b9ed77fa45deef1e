// Placeholder: the checker's analysis lands with issue 4. The types in ./types.ts are the contract.
import type { CheckOptions, CheckResult } from './types.js';

export type * from './types.js';

export function checkScript(script: string, _options?: CheckOptions): CheckResult {
  return { verdict: script.trim() ? 'invisible' : 'empty', rules: [] };
}
