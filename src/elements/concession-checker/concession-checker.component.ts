import { LitElement, html } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Placeholder: replaced by the element's own issue.
 *
 * @tagname ix-concession-checker
 * @summary Placeholder.
 */
export class IxConcessionChecker extends LitElement {
  static override styles = [tokenStyles];

  override render() {
    return html`<p>ix-concession-checker</p>`;
  }
}
