/**
 * The checker's public result shape (see the concession checker's issue). Offsets are UTF-16
 * code-unit indexes into the exact string that was checked, `[start, end)` like a DOM Range.
 */
/**
 * `other-language`: most of the script is not English, which the rules read, so none was
 * applied (see `CheckResult.language`).
 */
export type Verdict = 'deliberate' | 'partial' | 'invisible' | 'empty' | 'other-language';

/** The rules of the "make the step-down visibly deliberate" pack, in result order. */
export type RuleId =
  | 'acknowledges-refusal'
  | 'names-concession'
  | 'references-first-request'
  | 'single-step-down'
  | 'makes-smaller-ask';

export interface EvidenceRange {
  start: number;
  end: number;
}

export interface RuleResult<Id extends string = RuleId> {
  id: Id;
  passed: boolean;
  message: string;
  fix?: string;
  evidence: EvidenceRange[];
}

export interface CheckResult<Id extends string = RuleId> {
  verdict: Verdict;
  /**
   * The script's language as a BCP 47 primary code: 'en' whenever the rules were applied —
   * English, English mixed with words of another language (Singlish, Hinglish, Taglish,
   * Spanglish, Pidgin…), blank, or too short to tell. Anything else ('de', 'ru', 'zh', …, or
   * 'und' for a writing system the checker does not name) comes with the verdict
   * `other-language` and no rules.
   */
  language: string;
  rules: RuleResult<Id>[];
}

export interface CheckOptions {
  /** The original, larger ask; naming its key content counts as referring back to it. */
  firstRequest?: string;
}
