/**
 * Runs a pack's phrase patterns over normalised text. Every pattern is anchored at word
 * boundaries; a phrase only counts when it is the speaker's (not inside quotes), not inside an
 * exception, and — for `patterns`, not `mentions` — not negated in its clause.
 */
import type { NegationCheck } from './negation.js';
import type { CompiledRule } from './pack.js';
import { insideAny, mergeSpans, overlapsAny, type Span } from './spans.js';

export const TERM = /(?<!\\[pP])\{([a-z]\w*)\}/gi;
/**
 * An authored source as regex source: {name} → the pack's term (terms may nest), a space →
 * one whitespace character, which is a whole run of whitespace in the normalised text (see
 * normalise.ts): \s+ there would overlap its neighbours and make a pasted run of spaces cost
 * quadratic time. \p{L} is left alone. The build rejects unknown terms and spaces inside
 * [...], so this never needs to guess.
 */
export function expandSource(source: string, terms: Record<string, string>): string {
  let out = source;
  // Terms may use terms; the depth cap keeps a (build-rejected) loop from hanging a page.
  for (let depth = 0; depth < 6; depth++) {
    const next = out.replace(TERM, (_, name: string) => terms[name] ?? '');
    if (next === out) break;
    out = next;
  }
  // The compiled pack writes every group as a bare "(" (the build refuses capturing groups), which
  // saves two characters a group in the bundle; escapes and [...] classes are passed over whole.
  return out.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)| /g, (m) => (m === '(' ? '(?:' : m === ' ' ? '\\s' : m));
}

/**
 * Anchors expanded source at word boundaries ("don" never matches inside "don't"). A leading
 * \\b rather than a Unicode lookbehind: V8 can then skip ahead to likely starts, which makes
 * every pattern several times faster; the text is lower-case English, where \\b is right.
 */
export const wrapPhrase = (body: string) => `\\b(?:${body})(?![\\p{L}\\p{N}]|'\\p{L})`;

// Compiled once per pack (keyed by its terms object), then reused on every keystroke.
const compiled = new WeakMap<Record<string, string>, Map<string, RegExp>>();

function regex(source: string, terms: Record<string, string>, flags: string): RegExp {
  let forPack = compiled.get(terms);
  if (!forPack) compiled.set(terms, (forPack = new Map<string, RegExp>()));
  let re = forPack.get(flags + source);
  if (!re) forPack.set(flags + source, (re = new RegExp(wrapPhrase(expandSource(source, terms)), flags)));
  return re;
}

export interface PhraseContext {
  text: string;
  quoted: Span[];
  terms: Record<string, string>;
  negated: NegationCheck;
  /** Where sentences and clauses start: 0, then after . ! ? … : ; dashes and line breaks. */
  starts: number[];
}

/**
 * Every match of `anywhere`, and of `atStart` where a sentence or clause starts, that `keep`
 * accepts. Start-only phrases are tried with a sticky regex at each start — far cheaper than a
 * lookbehind tried at every word. A rejected match (quoted, inside an exception, negated)
 * doesn't hide what it overlaps: the scan resumes one character after its start, so
 * `she said "scale it back", but can you…?` still finds "can you".
 */
export function findAll(
  ctx: PhraseContext,
  anywhere: string | undefined,
  atStart?: string,
  keep: (start: number, end: number) => boolean = () => true,
): Span[] {
  const spans: Span[] = [];
  const add = (m: RegExpExecArray | null) => {
    const end = m ? m.index + m[0].length : 0;
    return m && end > m.index && keep(m.index, end) && spans.push([m.index, end]);
  };
  if (anywhere) {
    const re = regex(anywhere, ctx.terms, 'gu');
    re.lastIndex = 0;
    for (let m; (m = re.exec(ctx.text)); ) if (!add(m)) re.lastIndex = m.index + 1;
  }
  if (atStart) {
    const sticky = regex(atStart, ctx.terms, 'yu');
    for (const at of ctx.starts) {
      sticky.lastIndex = at;
      add(sticky.exec(ctx.text));
    }
  }
  return spans;
}

export function findPhrases(ctx: PhraseContext, rule: CompiledRule): Span[] {
  const exceptions = mergeSpans(findAll(ctx, rule.exceptions, rule.atStart?.exceptions));
  const keep = (negatable: boolean) => (start: number, end: number) =>
    !overlapsAny(ctx.quoted, start, end) &&
    !insideAny(exceptions, start, end) &&
    !(negatable && ctx.negated(start, end));
  return [
    ...findAll(ctx, rule.patterns, rule.atStart?.patterns, keep(true)),
    ...findAll(ctx, rule.mentions, rule.atStart?.mentions, keep(false)),
  ];
}
