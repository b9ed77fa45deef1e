/**
 * Negation within a clause: "I don't understand why…", "I'm not coming down", "I won't scale
 * back", "I refuse to…". A phrase counts as negated when a negator stands before it in the same
 * clause or inside it.
 */
import { clauseStart } from './segment.js';

const NEGATOR =
  /(?<![\p{L}'])(?:not|never|no longer|no way|cannot|nor|neither|nothing|hardly|unwilling|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))(?![\p{L}])|n't(?![\p{L}])/u;
// Idioms built from a negator that don't negate what follows.
const NOT_NEGATING =
  /not a problem|not an issue|not at all|not only|not just|not to mention|never mind|don't worry|can't thank you enough|couldn't agree more|if not|or not|why not/g;

export function isNegated(text: string, start: number, end: number): boolean {
  const clause = text.slice(clauseStart(text, start), end).replace(NOT_NEGATING, ' ');
  return NEGATOR.test(clause);
}
