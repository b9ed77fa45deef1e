import { html, nothing, type TemplateResult } from 'lit';
import type { RuleResult } from '../../checker/types.js';
import { segmentEvidence } from './evidence-segments.js';
import { ruleLabel } from './rule-labels.js';

/**
 * The checked text with every evidence phrase in a `<mark>`. Each run of text is a Lit child
 * binding, so whatever was typed (markup included) becomes a text node, never parsed HTML.
 * A mark names its rules in `title` (pointer users) and, where a phrase ends, in a tag: the
 * rule number(s) to see and the rule name(s) for screen readers.
 */
export function renderHighlightedScript(text: string, rules: readonly RuleResult<string>[]): TemplateResult {
  const segments = segmentEvidence(
    text.length,
    rules.map((rule) => rule.evidence),
  );
  const describe = (index: number) => {
    const rule = rules[index]!;
    return `${index + 1}. ${ruleLabel(rule.id)} (${rule.passed ? 'passed' : 'needs work'})`;
  };
  return html`${segments.map(({ start, end, rules: covering, closes }) => {
    const words = text.slice(start, end);
    if (!covering.length) return words;
    const failing = covering.some((index) => !rules[index]!.passed);
    // The tag's number is for the eye and its name for screen readers: two flat siblings, no nesting.
    return html`<mark part="mark" class=${failing ? 'fail' : 'pass'} title=${covering.map(describe).join('; ')}
      >${words}${closes.length
        ? html`<sup class="tag" aria-hidden="true">${closes.map((index) => index + 1).join(',')}</sup
            ><span class="vh"> [${closes.map(describe).join('; ')}]</span>`
        : nothing}</mark
    >`;
  })}`;
}
