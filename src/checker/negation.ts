/**
 * Negation within a clause: "I don't understand why…", "I'm not coming down", "I won't scale
 * back", "I refuse to…". A phrase counts as negated when a negator stands before it in the same
 * clause (or inside it). Clause starts and negators are found once per text, so each check is
 * a binary search — the cost stays linear however many phrases match.
 */
import { eachMatch } from './each-match.js';
import { clauseStarts } from './segment.js';
import { lastAtOrBefore, lastStartingBefore, type Span } from './spans.js';

// Idioms built from a negator that don't negate what follows come first, so they win the
// match and are skipped ("not a problem", "don't worry", "why not").
const NEGATOR =
  /\b(?:(not a problem|not an issue|not at all|not only|not just|not to mention|never mind|don't worry|can't thank you enough|couldn't agree more|if not|or not|why not)|(?:not|never|no longer|no way|cannot|nor|neither|nothing|hardly|unwilling|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\b)|n't\b/g;
// Negation rarely reaches further back than this, even within one long clause.
const REACH = 120;

export type NegationCheck = (start: number, end: number) => boolean;

export function negationIn(text: string): NegationCheck {
  const negators: Span[] = [];
  eachMatch(NEGATOR, text, (m) => m[1] || negators.push([m.index, m.index + m[0].length]));
  const clauses = clauseStarts(text);
  return (start, end) => {
    const i = lastStartingBefore(negators, end - 1);
    if (i < 0) return false;
    return negators[i]![0] >= Math.max(lastAtOrBefore(clauses, start), start - REACH);
  };
}
