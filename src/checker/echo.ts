/**
 * Content words of an option the caller passed (the original, larger ask) that the script
 * repeats. A smaller ask usually repeats the topic ("one evening on the grant application")
 * without pointing back at the first ask, so inside the new ask's sentences a word counts only
 * when restricted or dropped ("just the thesis introduction", "forget the radiators"), and a counted noun
 * names the new offer's unit ("50 seats"), not the old ask. Numbers count anywhere ("$1,000").
 */
import { lazy } from './lazy.js';
import { normalise } from './normalise.js';
import type { Span } from './spans.js';

const WORD = lazy(() => new RegExp(String.raw`[\p{L}\p{N}][\p{L}\p{N},.']*[\p{L}\p{N}]|\p{N}`, 'gu'));
// Words that carry no topic: asking, helping, time, quantity and function words (shared with
// quantities.ts, where they say a number counts nothing: "two of", "one on Monday").
export const FUNCTION_WORDS = new Set(
  "of on in at to is be as by so if it i we but too now per each left instead could would can will you your the and for with this that these those our their them they there here what when where which who how why not please just all whole full entire some any about from into onto over under until till get give make take have has had like want need able time really also very much many more less lot ask asked request favour favor help maybe then than next one two three was were are been being did does doing done it's i'm i'd i'll you're let let's me my us him her his she".split(' '),
);
const COUNTED = /(?:\d|\b(?:one|two|three|four|five|ten|few|couple|dozen)) $/;
// Restricting a part of the first ask, or dropping it, names it: "just the intro", "forget the radiators".
const RESTRICTED = /\b(?:just|only|forget|skip|scratch|ditch|never mind) (?:about )?(?:the |my |your |this |that )?$/

// Whom the first ask was addressed to is not its topic: up to three capitalised words before a
// comma or a modal ("Sir, can I…", "Chale can you…", "Mr Brown please…"). A reply that greets the
// same person ("Okay Doctor, no problem") doesn't point back; "Lend me £800, please" keeps its words.
// Words are capped and a space must part them, so a pasted run of capitals cannot be split three
// ways at every letter (that made "AAAA…" cubic: 0.6 s at 1,000 letters, 28 s at 4,000).
const ADDRESS = /^\p{Lu}[\p{L}'.]{0,20}(?:\s\p{Lu}[\p{L}'.]{0,20}){0,2}(?=,|\s(?:can|could|would|will|please|kindly)\b)/u;

const stem = (word: string) => word.replace(/,/g, '').replace(/(?:'s|ing|ed|es|s|e)$/, '');

export function echoes(text: string, option: string, skip: (pos: number) => boolean): Span[] {
  const stems = new Set<string>();
  for (const [word] of normalise(option.replace(ADDRESS, '')).text.matchAll(WORD())) {
    if ((word.length > 2 || /\d/.test(word)) && !FUNCTION_WORDS.has(word)) stems.add(stem(word));
  }
  const out: Span[] = [];
  for (const m of stems.size ? text.matchAll(WORD()) : []) {
    const word = m[0];
    if (FUNCTION_WORDS.has(word) || !stems.has(stem(word))) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (!/\d/.test(word) && (COUNTED.test(before) || (skip(m.index) && !RESTRICTED.test(before)))) continue;
    out.push([m.index, m.index + word.length]);
  }
  return out;
}
