/**
 * Which language a script is written in, as far as the checker needs to know: its rules read
 * English, so a script in another language must be told so rather than failed on every check.
 * 'en' when the script is English — including English mixed with words of another language
 * (Singlish, Hinglish, Taglish, Spanglish, Pidgin) — or too short to tell; otherwise a BCP 47
 * primary language code, or 'und' for a writing system not named here.
 *
 * A few passes of single character classes and a table look-up per word: the cost is linear
 * whatever the text contains.
 */
import { lazy } from './lazy.js';

// Writing systems other than the Latin alphabet, and the language each most likely is (Han with
// any kana is Japanese, see below). A neighbour in the same alphabet gets the main language's
// name — Ukrainian reads as Russian, Persian and Urdu as Arabic — which still tells its writer
// that the checker reads English; letters of their own would tell them apart for ~60 B gzip.
const SCRIPTS = 'Cyrl:ru Arab:ar Deva:hi Grek:el Hebr:he Thai:th Hang:ko Hani:zh Hira:zh Kana:zh'.split(' ').map((pair) => pair.split(':'));

// The most frequent words of each language that English does not share, nor English mixed with
// Pidgin, Patois, Taglish, Hinglish or Singlish: "a", "in", "die", "di", "no", "me", "mi", "na", "una",
// "se", "la" and the like are left out, so an English script almost never holds two of these.
// Caribbean English writes "de", "dat", "dem" for the, that, them: Dutch does without them.
// English's own words count against them.
const WORDS: Record<string, string> = {
  en: 'the and to you it that for this be are have not but just can could would my your if with i',
  de: 'ich du nicht und das ist zu es mit mir auch aber nur dass für ein kannst könntest bitte',
  fr: 'je tu vous est que pas les des du le et mais pour avec peux pourriez merci c j qu',
  es: 'el los que y por para con es lo pero muy más puedes podrías entiendo del te un',
  pt: 'não você que o os uma da para é eu mas muito isso pode poderia só',
  nl: 'ik je het een niet en te maar ook wel zou kun kan mijn',
  it: 'il che è non con ti ho puoi potresti grazie anche più sono un alla',
};

// Built on the first check, like the checker's other tables (see lazy.ts).
const TABLES = lazy(() => {
  const languagesOf = new Map<string, string[]>();
  for (const language in WORDS) for (const word of WORDS[language]!.split(' ')) languagesOf.set(word, [...(languagesOf.get(word) ?? []), language]);
  // Latin words; everything but other alphabets' letters; kana; each other alphabet's letters.
  const patterns = [/\p{sc=Latn}+/gu, /[\P{L}\p{sc=Latn}]+/gu, /[\p{sc=Hira}\p{sc=Kana}]/u] as const;
  return [languagesOf, ...patterns, SCRIPTS.map(([script]) => new RegExp(`\\p{sc=${script}}`, 'gu'))] as const;
});

// A script's language shows in its first pages; a pasted book costs no more than the element's
// whole analysed text (20,000 characters).
const READ = 20_000;

export function scriptLanguage(text: string): string {
  const [languagesOf, latinWord, notOtherLetter, kana, scriptLetters] = TABLES();
  const source = text.slice(0, READ).normalize('NFC');
  const words = source.toLowerCase().match(latinWord) ?? [];
  // Latin letters count for English until the words below say otherwise.
  const letters: Record<string, number> = { en: words.join('').length };
  // English has no other letters, so the passes per script below cost next to nothing.
  const others = source.replace(notOtherLetter, '');
  let unnamed = others.length;
  scriptLetters.forEach((letter, i) => {
    const code = SCRIPTS[i]![1]!;
    const count = others.length - others.replace(letter, '').length;
    // Han, kana and Hangul carry a word or a syllable in a character; a Latin letter much less.
    letters[code] = (letters[code] ?? 0) + count * (code === 'zh' || code === 'ko' ? 3 : 1);
    unnamed -= count;
  });
  letters.und = unnamed;

  let top = 'en';
  for (const code in letters) if (letters[code]! > letters[top]!) top = code;
  if (top !== 'en') return letters[top]! < 3 ? 'en' : top === 'zh' && kana.test(others) ? 'ja' : top;

  // Latin letters: another language only when its words clearly outnumber English's.
  const hits: Record<string, number> = { en: 0 };
  for (const word of words) for (const language of languagesOf.get(word) ?? []) hits[language] = (hits[language] ?? 0) + 1;
  let best = '';
  let most = 1; // one word of another language is never enough
  for (const language in hits) if (language !== 'en' && hits[language]! > most) most = hits[(best = language)]!;
  return best && most > 2 * hits.en! ? best : 'en';
}
