import { LitElement, html } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Placeholder: replaced by the element's own issue.
 *
 * @tagname ix-provider
 * @summary Placeholder.
 */
export class IxProvider extends LitElement {
  static override styles = [tokenStyles];

  override render() {
    return html`<p>ix-provider</p>`;
  }
}
