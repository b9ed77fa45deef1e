/**
 * The checker's public result shape (see the concession checker's issue). Offsets are UTF-16
 * code-unit indexes into the exact string that was checked, `[start, end)` like a DOM Range.
 */
export type Verdict = 'deliberate' | 'partial' | 'invisible' | 'empty';

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
  rules: RuleResult<Id>[];
}

export interface CheckOptions {
  /** The original, larger ask; naming its key content counts as referring back to it. */
  firstRequest?: string;
}
