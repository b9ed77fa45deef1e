import { LitElement, html } from 'lit';
import { tokenStyles } from '../../shared/tokens.styles.js';

/**
 * Placeholder: replaced by the element's own issue.
 *
 * @tagname ix-technique-card
 * @summary Placeholder.
 */
export class IxTechniqueCard extends LitElement {
  static override styles = [tokenStyles];

  override render() {
    return html`<p>ix-technique-card</p>`;
  }
}
