import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A real <h2>–<h6> at the requested level, for the card and the call to action alike (Lit cannot
 * bind a tag name, and static-html would cost more bytes than five tiny templates). Below <h6>
 * HTML has no element, so the ARIA heading role carries the level instead.
 */
export function heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} part=${part} id=${ifDefined(id)}>${content}</div>`;
  }
}
