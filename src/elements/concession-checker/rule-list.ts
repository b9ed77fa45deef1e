import { html, nothing } from 'lit';
import type { RuleResult } from '../../checker/types.js';
import { ruleLabel } from './rule-labels.js';

/**
 * One row per check, in the engine's order (the numbers match the tags on the marks). Pass and
 * fail are said in words and shown by an icon, never by colour alone; the fix only where needed.
 */
export function renderRuleList(rules: readonly RuleResult<string>[]) {
  if (!rules.length) return nothing;
  return html`<ol part="rules" class="rules" lang="en" dir="ltr">
    ${rules.map(
      (rule, index) =>
        html`<li part="rule ${rule.passed ? 'rule-passed' : 'rule-failed'}" class=${rule.passed ? 'pass' : 'fail'}>
          <p class="rule-head">
            <span>${index + 1}.</span>
            <strong>${ruleLabel(rule.id)}</strong>
            <span class="status"
              ><span aria-hidden="true">${rule.passed ? '✓' : '✗'}</span> ${rule.passed ? 'Passed' : 'Needs work'}</span
            >
          </p>
          <p>${rule.message}</p>
          ${!rule.passed && rule.fix ? html`<p class="fix"><strong>Fix:</strong> ${rule.fix}</p>` : nothing}
        </li>`,
    )}
  </ol>`;
}
