/**
 * Checks a script against any rule pack. Language handling (normalising, quotes, negation,
 * quantities, sentences) lives here; what counts for a technique lives in the pack. Packs are
 * written in English: a script mostly in another language is reported as such, not judged.
 */
import { descendingOffers } from './cascade.js';
import { echoes } from './echo.js';
import { scriptLanguage } from './language.js';
import { findAll, findPhrases, type PhraseContext } from './match.js';
import { negationIn } from './negation.js';
import { normalise } from './normalise.js';
import type { CompiledPack, CompiledRule } from './pack.js';
import { quotedSpans } from './quotes.js';
import { sentenceAt, sentences, starts } from './segment.js';
import { mergeSpans, overlapsAny, type Span } from './spans.js';
import type { CheckOptions, CheckResult, RuleResult } from './types.js';
import { decideVerdict } from './verdict.js';

export function checkWithPack<Id extends string = string>(
  pack: CompiledPack,
  script: string,
  options?: CheckOptions | null,
): CheckResult<Id> {
  const input = typeof script === 'string' ? script : '';
  const blank = !/\S/.test(input);
  const language = scriptLanguage(input);
  if (language !== 'en') return { verdict: 'other-language', language, rules: [] };
  const { text, toOriginal } = normalise(input);
  const quoted = quotedSpans(text);
  const ctx: PhraseContext = { text, quoted, terms: pack.terms, negated: negationIn(text), starts: starts(text) };
  const isQuoted = (start: number, end = start + 1) => overlapsAny(quoted, start, end);
  const found: Record<string, Span[]> = {};

  // Rules may depend on another rule's evidence (see EchoesOption, EvidenceOf), so evidence is memoised;
  // a dependency cycle in a pack sees "nothing found" rather than looping.
  // Blank input finds nothing, so the patterns aren't even compiled: a page showing an empty
  // checker pays for them at the first keystroke, not while it loads.
  const ruleNamed = (id: string | undefined) => pack.rules.find((r) => r.id === id);
  const evidenceOf = (rule: CompiledRule | undefined): Span[] => {
    if (!rule || blank) return [];
    if (found[rule.id]) return found[rule.id]!;
    found[rule.id] = [];
    let spans = findPhrases(ctx, rule);
    for (const d of rule.detectors ?? []) {
      const option = d.kind === 'echoes-option' && options?.[d.option];
      let more: Span[] = [];
      if (d.kind === 'descending-quantities') more = descendingOffers(text, d, pack.terms, isQuoted);
      else if (d.kind === 'evidence-of') more = evidenceOf(ruleNamed(d.rule));
      else if (option) {
        const list = sentences(text);
        const outside = evidenceOf(ruleNamed(d.outsideEvidenceOf)).concat(d.outsideSentencesWith ? findAll(ctx, d.outsideSentencesWith) : []);
        // Every sentence a span reaches into, not just the first: merged evidence may cross several.
        const skipped = mergeSpans(outside.map(([s, e]) => [sentenceAt(list, s)[0], sentenceAt(list, e - 1)[1]]));
        more = echoes(text, String(option), (pos) => overlapsAny(skipped, pos, pos + 1) || isQuoted(pos));
      }
      // concat, not push(...more): a huge script's evidence would overflow the call's arguments.
      spans = spans.concat(more);
    }
    return (found[rule.id] = mergeSpans(spans));
  };

  const rules = pack.rules.map((rule): RuleResult<Id> => {
    const spans = evidenceOf(rule);
    const passed = rule.passWhenFound === spans.length > 0;
    return {
      id: rule.id as Id,
      passed,
      message: passed ? rule.pass : rule.fail,
      evidence: mergeSpans(spans.map(([s, e]) => toOriginal(s, e))).map(([start, end]) => ({ start, end })),
      ...(!passed && rule.fix ? { fix: rule.fix } : {}),
    };
  });
  return { verdict: blank ? 'empty' : decideVerdict(pack.verdicts, rules), language, rules };
}
