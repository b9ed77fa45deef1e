/**
 * Test and benchmark support (never bundled): text built to find slow paths in the checker.
 * A seeded grammar fuzzer strings together the pieces that make regular expressions backtrack —
 * long runs of whitespace and punctuation, quotes, the pack's own phrases whole and cut short,
 * numbers, emoji, right-to-left text — and `pumped` turns an attack (prefix, pump, suffix; see
 * data/redos/checker-attacks.json) into a script of a given length.
 */

export interface Attack {
  found: string;
  rule: string;
  field: string;
  prefix: string;
  pump: string;
  suffix: string;
  firstRequest?: string;
}

/** The attack with its pump repeated until the whole is `length` characters (cut to length). */
export function pumped({ prefix, pump, suffix }: Pick<Attack, 'prefix' | 'pump' | 'suffix'>, length: number): string {
  const room = Math.max(0, length - prefix.length - suffix.length);
  return (prefix + pump.repeat(Math.ceil(room / Math.max(1, pump.length))).slice(0, room) + suffix).slice(0, length);
}

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same scripts everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Phrases the pack looks for (and starts of them), in the ways people type them.
const PHRASES = [
  'I understand', 'I am asking you to', "I'm not asking you to", 'asking you to', 'asking for the', 'that was a big ask',
  'thanks for being straight with me', "how's", 'how does', 'how about', 'what about', 'could you', 'would you', 'can we',
  'if not', 'or even', 'even just', 'at least', 'anything at all', 'whatever you can', 'let me scale that back',
  'come down to', 'meet you halfway', 'instead of', 'rather than', 'the whole', 'the full', 'worries about the',
  'no worries if not', "I'd appreciate it", 'why', 'did i', 'was that too much', 'too much', 'a lot to ask', 'it is',
  "that's", 'not going to', "won't be", 'pity about my', 'if that is not', 'i know', 'any more', 'u', 'pls', 'dont',
];
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', ' \t'];
const PUNCTUATION = ['.', '!', '?', '…', ',', ';', ':', '—', '–', '-', '(', ')', '[', ']', '%', '$', '/', '*', '_'];
const QUOTES = ['"', "'", '“', '”', '‘', '’', '«', '»', '`', '´', 'ʼ'];
const NUMBERS = ['1', '1%', '$300', '£20', '10,000', '9:15', '3rd', '0.5', '1,', '2.', '-$', 'ten', 'a few', 'half an hour'];
const EMOJI = ['🙏', '👍🏽', '🎉', '👨‍👩‍👧', '🇬🇧', '❤️'];
const RIGHT_TO_LEFT = ['أفهم ذلك', 'هل يمكنك المساعدة؟', 'אני מבין', '\u200f', '\u202e', 'שלום'];
const LETTERS = ['a', 'e', 'ly', 'x', 'İ', 'ß', 'é', '\u0301', 'ab-cd', 'k_'];

/** The families the fuzzer draws from, named so a failing test can say what it was fed. */
export const FAMILIES = { whitespace: WHITESPACE, punctuation: PUNCTUATION, quotes: QUOTES, phrases: PHRASES, numbers: NUMBERS, emoji: EMOJI, rtl: RIGHT_TO_LEFT, letters: LETTERS } as const;
export type Family = keyof typeof FAMILIES;

export interface FuzzScript {
  /** What it is made of, e.g. "whitespace run" or "mixed". */
  name: string;
  script: string;
}

/**
 * `count` scripts of exactly `length` UTF-16 code units (a surrogate pair may be cut at the
 * end, as a paste can be). The first ones are long runs of one family (a piece repeated, the
 * shape that makes backtracking quadratic); then a phrase or a partial phrase followed by a
 * run; the rest mix every family at random, with runs of random length.
 */
export function fuzzScripts(seed: number, count: number, length: number): FuzzScript[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const fill = (piece: () => string) => {
    let out = '';
    while (out.length < length) out += piece();
    return out.slice(0, length);
  };
  const families = Object.keys(FAMILIES) as Family[];
  const partial = (phrase: string) => phrase.slice(0, 1 + Math.floor(next() * phrase.length));
  const out: FuzzScript[] = [];
  for (let i = 0; out.length < count; i++) {
    if (i < families.length * 2) {
      // A run of one family: one piece repeated, or pieces of it drawn at random.
      const family = families[i % families.length]!;
      const one = pick(FAMILIES[family]);
      out.push({ name: `${family} run`, script: fill(i < families.length ? () => one : () => pick(FAMILIES[family])) });
    } else if (i < families.length * 4) {
      // A phrase, whole or cut short, then a long run of whitespace or punctuation, repeated.
      const phrase = next() < 0.5 ? pick(PHRASES) : partial(pick(PHRASES));
      const run = pick(next() < 0.6 ? WHITESPACE : PUNCTUATION).repeat(1 + Math.floor(next() * 3000));
      out.push({ name: `phrase then a run`, script: fill(() => phrase + run) });
    } else {
      out.push({
        name: 'mixed',
        script: fill(() => {
          const piece = pick(FAMILIES[pick(families)]);
          const repeat = next() < 0.15 ? 1 + Math.floor(next() * 400) : 1;
          return piece.repeat(repeat) + (next() < 0.5 ? pick(WHITESPACE) : '');
        }),
      });
    }
  }
  return out;
}
