/**
 * Content words of an option the caller passed (the original, larger ask) that the script
 * repeats. Sentences holding the new ask are skipped: a smaller ask usually repeats the topic
 * ("one evening on the grant application") without pointing back at the first ask. Numbers
 * count anywhere ("$1,000") — they name the first ask's size.
 */
import { normalise } from './normalise.js';
import type { Span } from './spans.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N},.']*[\p{L}\p{N}]|\p{N}/gu;
// Words that carry no topic: asking, helping, time, quantity and function words.
const STOP = new Set(
  ('could would can will you your yours the and for with this that these those our ours their them they there here what when where which who whom how why not please just all whole full entire some any about from into onto over under until till get give make take have has had like want need able time really also very much many more less lot ask asked request favour favor help maybe then than next one two three was were are been being did does doing done its it\'s i\'m i\'d i\'ll you\'re let let\'s me my mine we us him her his she he him').split(' '),
);

const stem = (word: string) => word.replace(/,/g, '').replace(/(?:'s|ing|ed|es|s|e)$/, '');

function contentStems(option: string): Set<string> {
  const stems = new Set<string>();
  for (const [word] of normalise(option).text.matchAll(WORD)) {
    if ((word.length > 2 || /\d/.test(word)) && !STOP.has(word)) stems.add(stem(word));
  }
  return stems;
}

export function echoes(text: string, option: string, skip: (pos: number) => boolean): Span[] {
  const stems = contentStems(option);
  const out: Span[] = [];
  if (!stems.size) return out;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (STOP.has(word) || !stems.has(stem(word))) continue;
    if (!/\d/.test(word) && skip(m.index)) continue;
    out.push([m.index, m.index + word.length]);
  }
  return out;
}
