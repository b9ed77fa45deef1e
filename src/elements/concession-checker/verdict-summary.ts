import type { CheckResult } from '../../checker/types.js';

/**
 * The verdict in plain words. `headline` leads the results; `announcement` is what the polite
 * live region says — short, and identical for results that differ only in detail, so a screen
 * reader hears a change of verdict or count, never a repeat on every pause in typing.
 */
export interface VerdictSummary {
  headline: string;
  detail: string;
  announcement: string;
}

/** `otherLanguage` is the whole message shown when the script is not in English. */
export function summarizeVerdict({ verdict, rules }: CheckResult, otherLanguage = ''): VerdictSummary {
  const total = rules.length;
  const failing = rules.filter((rule) => !rule.passed).length;
  const needWork = `${failing} of ${total} ${total === 1 ? 'check' : 'checks'} ${failing === 1 ? 'needs' : 'need'} work`;
  switch (verdict) {
    case 'other-language':
      return { headline: otherLanguage, detail: '', announcement: otherLanguage };
    case 'empty':
      return {
        headline: 'Nothing to check yet',
        detail: 'Type or paste what you will say after they say no; the checks run as you type.',
        announcement: 'Nothing to check yet.',
      };
    case 'deliberate':
      return {
        headline: 'Visibly deliberate',
        detail: `All ${total} checks pass: they will hear that you came down for them.`,
        announcement: `Visibly deliberate: all ${total} checks pass.`,
      };
    case 'partial':
      return {
        headline: `Partly deliberate — ${needWork}`,
        detail: 'Fix the checks marked “Needs work” so the step-down reads as a concession.',
        announcement: `Partly deliberate: ${needWork}.`,
      };
    default:
      return {
        headline: 'Invisible step-down',
        detail: `${needWork}: as written, they may not notice that you came down at all.`,
        announcement: `Invisible step-down: ${needWork}.`,
      };
  }
}
