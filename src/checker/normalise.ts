/**
 * Turns a script into the text patterns are written against: lower case, every apostrophe
 * and quotation mark folded to ' and ", informal spellings spelled out ("u" → "you"). Offsets
 * into that text map back to the ORIGINAL script, so highlights land on what the user typed.
 */

// Texting shorthand and apostrophe-less contractions. Kept to forms that are rarely anything
// else; ambiguous ones ("ill", "id", "its", "well") are left alone.
const INFORMAL: Record<string, string> = {
  u: 'you', ya: 'you', ur: 'your', r: 'are', np: 'no problem', nw: 'no worries',
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', tx: 'thanks', ty: 'thank you',
  pls: 'please', plz: 'please', k: 'ok', kk: 'ok', okay: 'ok', okey: 'ok',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', lemme: 'let me', gimme: 'give me',
  dunno: "don't know", tbh: 'to be honest', idk: "i don't know", ik: 'i know', ofc: 'of course',
  lmk: 'let me know', wdyt: 'what do you think', ngl: 'not going to lie', rn: 'right now',
  sry: 'sorry', srry: 'sorry', soz: 'sorry', abt: 'about', bc: 'because', cuz: 'because',
  coz: 'because', cos: 'because', tho: 'though', w: 'with', cud: 'could', wud: 'would',
  shud: 'should', cld: 'could', wld: 'would', totes: 'totally', def: 'definitely',
  im: "i'm", ive: "i've", youre: "you're", thats: "that's", whats: "what's", lets: "let's",
  dont: "don't", cant: "can't", wont: "won't", didnt: "didn't", doesnt: "doesn't",
  isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", wouldnt: "wouldn't",
  couldnt: "couldn't", shouldnt: "shouldn't", havent: "haven't", hasnt: "hasn't",
};

const INFORMAL_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?:${Object.keys(INFORMAL).join('|')})(?![\\p{L}\\p{N}]|'\\p{L})`,
  'gu',
);

/** Normalised text plus the way back to the original's UTF-16 offsets. */
export interface Normalised {
  text: string;
  /** Maps a `[start, end)` range of `text` to the range of the original it came from. */
  toOriginal(start: number, end: number): [number, number];
}

function lowerKeepingLength(script: string): string {
  const lower = script.toLowerCase();
  if (lower.length === script.length) return lower;
  // A few characters grow when lowered ("İ"); keep those as typed so offsets stay 1:1.
  let out = '';
  for (const ch of script) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function normalise(script: string): Normalised {
  const folded = lowerKeepingLength(script)
    .replace(/[’‘ʼ`´′]/g, "'")
    .replace(/[“”„«»″]/g, '"');

  // Replaced pieces whose length changes: [normStart, normLength, origStart, origLength].
  const pieces: number[][] = [];
  let shift = 0;
  const text = folded.replace(INFORMAL_WORD, (word: string, offset: number) => {
    const full = INFORMAL[word]!;
    pieces.push([offset + shift, full.length, offset, word.length]);
    shift += full.length - word.length;
    return full;
  });

  // The last piece starting at or before `p` (strictly before for an end offset).
  const pieceBefore = (p: number, strict: boolean) => {
    let lo = 0;
    let hi = pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const n = pieces[mid]![0]!;
      if (strict ? n < p : n <= p) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return pieces[found];
  };

  const map = (p: number, isEnd: boolean) => {
    const piece = pieceBefore(p, isEnd);
    if (!piece) return p;
    const [n, nl, o, ol] = piece as [number, number, number, number];
    // Inside a spelled-out word the whole typed word is the honest answer.
    if (p < n + nl || (isEnd && p === n + nl)) return isEnd ? o + ol : o;
    return o + ol + (p - n - nl);
  };

  return { text, toOriginal: (start, end) => [map(start, false), map(end, true)] };
}
