/**
 * Sentence and clause boundaries in normalised text. Regular expressions rather than
 * Intl.Segmenter: the rules only need "where does this sentence/clause start", they run in one
 * pass, and they behave the same in every browser and in Node.
 */
import { eachMatch } from './each-match.js';
import { lastStartingBefore, type Span } from './spans.js';

// A sentence ends at . ! ? … (and any closing quote or bracket) before space/end, or at a line break.
// Tried only where a run of . ! ? … begins: from inside a run it can only fail the same way, and
// trying there made 20,000 dots cost 20,000²/2 steps (and Firefox's "too much recursion").
const SENTENCE_END = /(?<![.!?…])[.!?…]+["')\]]*(?=\s|$)|\n/g;

/** Sentences as spans covering the whole text. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  eachMatch(SENTENCE_END, text, (m) => {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  });
  if (start < text.length || !out.length) out.push([start, text.length]);
  return out;
}

/** The sentence holding offset `pos`. */
export function sentenceAt(list: readonly Span[], pos: number): Span {
  return list[Math.max(0, lastStartingBefore(list, pos))]!;
}

// Clauses also end at commas, dashes, brackets, quotes and contrast words: a negation before
// "but" doesn't reach past it ("I can't do the week, but I understand").
const CLAUSE_BREAK = /[.!?;:,—–()"\n…]|\s-\s|\b(?:but|though|although|however|whereas|so(?= (?:i|we|i'm|we're|i'll|we'll|let)\b))\b/g;

/** Clause starts as ascending offsets, the first at 0. */
export function clauseStarts(text: string): number[] {
  const starts = [0];
  eachMatch(CLAUSE_BREAK, text, (m) => starts.push(m.index + m[0].length));
  return starts;
}

// Where a sentence or clause may start: after . ! ? … : ; a dash or a line break, any closing
// quote or bracket, and spaces.
const START_AFTER = /[.!?\n…:;—–]["')\]]*\s*/g;

/** Offsets where sentences and clauses start, ascending, the first at 0. */
export function starts(text: string): number[] {
  const out = [0];
  eachMatch(START_AFTER, text, (m) => out.push(m.index + m[0].length));
  return out;
}
