/**
 * Turns a script into the text patterns are written against: lower case, every apostrophe
 * and quotation mark folded to ' and ", informal spellings spelled out ("u" → "you"), discourse
 * particles of Singapore, Malaysian and Philippine English dropped ("thank you po for"), and every
 * run of whitespace folded to one character (a line break if it holds one, else a space).
 * Offsets into that text map back to the ORIGINAL script, so highlights land on what the user typed.
 *
 * The folding is what keeps matching linear: with no two whitespace characters side by side,
 * a pattern's space is exactly one character (see expandSource), so no quantifier can split a
 * pasted run of spaces or tabs between itself and its neighbour in every possible way.
 */
import { lazy } from './lazy.js';
import { lastStartingBefore } from './spans.js';

// Texting shorthand ("word:spelled out") and apostrophe-less contractions ("dont" → "don't").
// Kept to forms that are rarely anything else; "ill", "id", "its", "well" are left alone.
// Built on the first check, like the patterns below (see lazy.ts).
const INFORMAL = lazy(() =>
  Object.fromEntries<string>(
  [
    ...'u:you ya:you ur:your r:are np:no problem nw:no worries thx:thanks thnx:thanks thanx:thanks tx:thanks ty:thank you pls:please plz:please k:ok kk:ok okay:ok okey:ok gonna:going to wanna:want to gotta:got to lemme:let me gimme:give me dunno:don\'t know tbh:to be honest idk:i don\'t know ik:i know ofc:of course lmk:let me know wdyt:what do you think ngl:not going to lie rn:right now sry:sorry srry:sorry soz:sorry abt:about bc:because cuz:because coz:because cos:because tho:though w:with cud:could wud:would shud:should cld:could wld:would totes:totally def:definitely im:i\'m ive:i\'ve youre:you\'re thats:that\'s whats:what\'s lets:let\'s'
      .split(/ (?=\w+:)/)
      .map((pair) => pair.split(':') as [string, string]),
    ...'dont cant wont didnt doesnt isnt wasnt arent werent wouldnt couldnt shouldnt havent hasnt'
      .split(' ')
      .map((w): [string, string] => [w, `${w.slice(0, -1)}'t`]),
  ]),
);

// A run of two or more whitespace characters (group 1), a discourse particle of Singapore,
// Malaysian or Philippine English with the space before it (group 2: "thank you po for", "understand
// lah, …" read as the English around them), or an informal word.
const FOLDED = lazy(() => new RegExp(`(\\s{2,})|([ \\t](?:po|lah|lor|leh|hor|naman|nga))(?![\\p{L}\\p{N}'])|\\b(?:${Object.keys(INFORMAL()).join('|')})(?![\\p{L}\\p{N}']|'\\p{L})`, 'gu'));

/** Normalised text plus the way back to the original's UTF-16 offsets. */
export interface Normalised {
  text: string;
  /** Maps a `[start, end)` range of `text` to the range of the original it came from. */
  toOriginal: (start: number, end: number) => [number, number];
}

export function normalise(script: string): Normalised {
  let lower = script.toLowerCase();
  // A few characters grow when lowered ("İ"); keep those as typed so offsets stay 1:1.
  if (lower.length !== script.length) lower = [...script].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');

  // Spelled-out words and folded whitespace, sorted: [normStart, normEnd, origStart, origEnd].
  const pieces: [number, number, number, number][] = [];
  let shift = 0;
  const text = lower
    .replace(/[’‘ʼ`´′]/g, "'")
    .replace(/[“”„«»″]/g, '"')
    .replace(FOLDED(), (word: string, space: string | undefined, particle: string | undefined, at: number) => {
      const full = space ? (space.includes('\n') ? '\n' : ' ') : particle ? '' : INFORMAL()[word]!;
      pieces.push([at + shift, at + shift + full.length, at, at + word.length]);
      shift += full.length - word.length;
      return full;
    });

  const map = (p: number, isEnd: number) => {
    // The last piece starting at or before p (strictly before, for an end offset).
    const piece = pieces[lastStartingBefore(pieces, p - isEnd)];
    if (!piece) return p;
    const [, ne, os, oe] = piece;
    // Inside a spelled-out word the whole typed word is the honest answer (for a folded run,
    // the whole run).
    return p < ne || (isEnd && p === ne) ? (isEnd ? oe : os) : oe + p - ne;
  };
  return { text, toOriginal: (start, end) => [map(start, 0), map(end, 1)] };
}
