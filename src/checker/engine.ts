/**
 * Checks a script against any rule pack. Language handling (normalising, quotes, negation,
 * quantities, sentences) lives here; what counts for a technique lives in the pack.
 */
import { descendingOffers } from './cascade.js';
import { echoes } from './echo.js';
import { findPhrases, type PhraseContext } from './match.js';
import { negationIn } from './negation.js';
import { normalise } from './normalise.js';
import type { CompiledPack, CompiledRule } from './pack.js';
import { quotedSpans } from './quotes.js';
import { sentenceAt, sentences } from './segment.js';
import { mergeSpans, overlapsAny, type Span } from './spans.js';
import type { CheckOptions, CheckResult, RuleResult } from './types.js';
import { decideVerdict } from './verdict.js';

export function checkWithPack<Id extends string = string>(
  pack: CompiledPack,
  script: string,
  options?: CheckOptions | null,
): CheckResult<Id> {
  const opts: CheckOptions = options ?? {};
  const input = typeof script === 'string' ? script : '';
  const { text, toOriginal } = normalise(input);
  const ctx: PhraseContext = { text, quoted: quotedSpans(text), terms: pack.terms, negated: negationIn(text) };
  const found = new Map<string, Span[]>();
  const byId = new Map(pack.rules.map((r) => [r.id, r]));

  // Rules may depend on another rule's evidence (see EchoesOption), so evidence is memoised.
  const evidenceOf = (rule: CompiledRule): Span[] => {
    let spans = found.get(rule.id);
    if (spans) return spans;
    found.set(rule.id, []); // a dependency cycle in a pack sees "nothing found", never loops
    spans = findPhrases(ctx, rule);
    for (const d of rule.detectors ?? []) {
      if (d.kind === 'descending-quantities') {
        spans.push(...descendingOffers(text, d, pack.terms, (s, e) => overlapsAny(ctx.quoted, s, e)));
      } else if (opts[d.option]) {
        const other = d.outsideEvidenceOf ? byId.get(d.outsideEvidenceOf) : undefined;
        const skipped = other ? mergeSpans(evidenceOf(other).map(([s]) => sentenceAt(allSentences(), s))) : [];
        const skip = (pos: number) => overlapsAny(skipped, pos, pos + 1) || overlapsAny(ctx.quoted, pos, pos + 1);
        spans.push(...echoes(text, String(opts[d.option]), skip));
      }
    }
    spans = mergeSpans(spans);
    found.set(rule.id, spans);
    return spans;
  };
  let sentenceList: Span[] | undefined;
  const allSentences = () => (sentenceList ??= sentences(text));

  const rules: RuleResult<Id>[] = pack.rules.map((rule) => {
    const spans = evidenceOf(rule);
    const passed = rule.passWhenFound ? spans.length > 0 : spans.length === 0;
    const result: RuleResult<Id> = {
      id: rule.id as Id,
      passed,
      message: passed ? rule.pass : rule.fail,
      evidence: mergeSpans(spans.map(([s, e]) => toOriginal(s, e))).map(([start, end]) => ({ start, end })),
    };
    if (!passed && rule.fix) result.fix = rule.fix;
    return result;
  });

  const verdict = /\S/.test(input)
    ? decideVerdict(pack.verdicts, new Map(rules.map((r) => [r.id, r.passed])))
    : 'empty';
  return { verdict, rules };
}
