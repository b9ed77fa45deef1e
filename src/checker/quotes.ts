/**
 * Quoted speech: a phrase inside quotation marks is someone else's words ("you said 'fair
 * enough' but…"), so it can't show what the speaker does. Works on normalised text, where every
 * quotation mark is already " or '.
 */
import { eachMatch } from './each-match.js';
import { lazy } from './lazy.js';
import { mergeSpans, type Span } from './spans.js';

const DOUBLE = /"[^"\n]*"/g;
// An opening ' starts a word and a closing ' ends one; apostrophes inside words ("don't")
// are neither, so they may sit inside a quote.
// The ' comes first so the scan can jump from quote mark to quote mark.
const SINGLE = lazy(() => new RegExp(String.raw`'(?<=(?:^|[^\p{L}\p{N}])')(?=\p{L})(?:[^'\n]|(?<=\p{L})'(?=\p{L}))*?(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])`, 'gu'));

export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of [DOUBLE, SINGLE()]) {
    eachMatch(re, text, (m) => spans.push([m.index, m.index + m[0].length]));
  }
  if (!spans.length) return spans;
  // A user who wraps their whole draft in quotes is quoting themselves: when most of the
  // text sits inside quotes, treat the quotes as the speaker's own words.
  const merged = mergeSpans(spans);
  const quoted = merged.reduce((sum, [s, e]) => sum + e - s, 0);
  return quoted * 3 > text.trim().length * 2 ? [] : merged;
}
