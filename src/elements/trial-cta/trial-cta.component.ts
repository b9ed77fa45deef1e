import { LitElement, html } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Placeholder: replaced by the element's own issue.
 *
 * @tagname ix-trial-cta
 * @summary Placeholder.
 */
export class IxTrialCta extends LitElement {
  static override styles = [tokenStyles];

  override render() {
    return html`<p>ix-trial-cta</p>`;
  }
}
