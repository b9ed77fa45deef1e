/**
 * The compiled shape of a rule pack (content/checkers/*.yaml → src/generated/checker-packs.ts).
 * Everything a technique knows lives here as data; the engine only knows language.
 * Pattern sources are written against the normalised script (see normalise.ts): lower case,
 * apostrophes folded to ', informal spellings spelled out. They stay as authored ({term}s and
 * plain spaces) because that is far smaller than the expanded regexes; match.ts expands them.
 * An alternative starting with ^ is tried only where a sentence or clause starts.
 */
import type { Verdict } from './types.js';

/** Successively smaller amounts offered one after another ("$300? Or $200? Even $50"). */
export interface DescendingQuantities {
  kind: 'descending-quantities';
  /** Text just before a quantity that marks it as the earlier ask, not a new offer ("instead of"). */
  notOfferBefore: string;
  /** Text just after a quantity that marks it as the earlier ask ("… was too much"). */
  notOfferAfter: string;
  /** What must stand between two offers for the second to be a further retreat ("?", "or"). */
  between: string;
}

/** Content words of a caller-supplied option (e.g. the first request) repeated in the script. */
export interface EchoesOption {
  kind: 'echoes-option';
  option: 'firstRequest';
  /** Sentences holding this rule's evidence don't count (the new ask may repeat the topic). */
  outsideEvidenceOf?: string;
  /** …nor sentences holding one of these phrases (the speaker sorting it out elsewhere: "I'll do the chairs myself"). */
  outsideSentencesWith?: string;
}

/**
 * Another rule's evidence counts for this one too: a step-down said out loud ("let me scale
 * that back", "a smaller ask") is measured against the first ask, so it also points back at it.
 */
export interface EvidenceOf {
  kind: 'evidence-of';
  rule: string;
}

export type Detector = DescendingQuantities | EchoesOption | EvidenceOf;

/** Each kind of phrase as one alternation of pattern sources. */
export interface Phrases {
  /** Phrases that count unless negated within their clause. */
  patterns?: string;
  /** Phrases that count even in a negated clause ("I'm not coming down from what I asked"). */
  mentions?: string;
  /** Phrases that look like a match but don't count; a match inside one is dropped. */
  exceptions?: string;
}

export interface CompiledRule extends Phrases {
  id: string;
  /** true: passes when something is found; false: passes when nothing is found. */
  passWhenFound: boolean;
  /**
   * Phrases of each kind that count only where a sentence or clause starts (authored with a
   * leading ^). Kept apart so that only they are tried at each start, not the whole list.
   */
  atStart?: Phrases;
  detectors?: Detector[];
  pass: string;
  fail: string;
  fix?: string;
}

export interface VerdictCase {
  verdict: Exclude<Verdict, 'empty'>;
  /** Every listed rule passes ('*' = every rule). */
  allPass?: string[] | '*';
  /** Every listed rule fails. */
  allFail?: string[];
}

export interface CompiledPack {
  technique: string;
  /** Shared pattern pieces, inserted where a pattern says {name} (see expandSource). */
  terms: Record<string, string>;
  rules: CompiledRule[];
  /** Checked in order; the first case whose conditions hold gives the verdict. */
  verdicts: VerdictCase[];
}
