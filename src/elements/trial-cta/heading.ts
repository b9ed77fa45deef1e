import { html, type TemplateResult } from 'lit';

/** A real <h2>…<h6> (Lit templates need literal tag names), so the CTA fits the page's outline. */
export function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part="heading" class="heading">${content}</h2>`;
    case 4:
      return html`<h4 part="heading" class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading">${content}</h6>`;
    default:
      return html`<h3 part="heading" class="heading">${content}</h3>`;
  }
}
