/**
 * The concession checker's analysis: DOM-free, private (nothing leaves the page), fast enough
 * to run on every keystroke. Also built alone as dist/checker.js.
 *
 * ```ts
 * import { checkScript } from 'ix-widgets/checker';
 * checkScript('I understand — that was a big ask. Could you read one page?').verdict; // 'partial'
 * ```
 */
import { checkerPacks } from '../generated/checker-packs.js';
import { checkWithPack } from './engine.js';
import type { CheckOptions, CheckResult } from './types.js';

export type * from './types.js';
export type { CompiledPack } from './pack.js';
export { checkWithPack, checkerPacks };

/** The technique whose rules `checkScript` applies. */
export const STEP_DOWN_TECHNIQUE = 'make-the-step-down-visibly-deliberate';

/**
 * Is the step-down in `script` visibly deliberate? Returns the five rules (in the pack's order)
 * with messages, fixes and evidence as `[start, end)` offsets into `script`, plus a verdict.
 * The rules read English: a script mostly in another language gets the verdict
 * `other-language`, its `language` code and no rules (`checkScript('Verstehe, das war zu
 * viel verlangt. Könntest du nur das erste Kapitel lesen?').language === 'de'`).
 * Never throws; any string (even empty or huge) gives a valid result.
 */
export function checkScript(script: string, options?: CheckOptions): CheckResult {
  return checkWithPack(checkerPacks[STEP_DOWN_TECHNIQUE]!, script, options);
}
