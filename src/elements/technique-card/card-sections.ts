import { html, nothing, type TemplateResult } from 'lit';
import { citationText, doiUrl } from '../../catalog/citation.js';
import type { TechniqueCard } from '../../catalog/schema.js';
import { sectionTitles, type SectionName } from '../../catalog/sections.js';
import { safeHttpUrl } from './safe-link.js';

/** The heading text of a section; the call to action's names the product. */
export function sectionLabel(name: SectionName, card: TechniqueCard): string {
  return name === 'cta' ? `${sectionTitles.cta} ${card.cta.product}` : sectionTitles[name];
}

/** Prose fields hold paragraphs separated by a blank line. */
function paragraphs(text: string) {
  return text.split('\n\n').map((paragraph) => html`<p>${paragraph}</p>`);
}

const strengthLabel = (strength: string) => strength.replace('-', ' ');

/**
 * The body of one section (without its heading). The call to action is not here: the card
 * renders <ix-trial-cta> itself, which takes its pitch and terms from the card's context.
 */
export function sectionBody(name: Exclude<SectionName, 'cta'>, card: TechniqueCard, warn: (message: string) => void): TemplateResult {
  switch (name) {
    case 'why':
      return html`${paragraphs(card.why)}`;
    case 'how':
      return html`<ol part="steps">
        ${card.how.map((step) => html`<li part="step">${step}</li>`)}
      </ol>`;
    case 'evidence':
      return html`${paragraphs(card.evidence.body)}
        <div class="evidence-meta">
          <p part="badge" class="badge" data-strength=${card.evidence.strength}>
            <span class="badge-label">Evidence:</span> ${strengthLabel(card.evidence.strength)}
          </p>
          ${card.evidence.caveat ? html`<div part="caveat" class="caveat">${paragraphs(card.evidence.caveat)}</div>` : nothing}
        </div>`;
    case 'sources':
      return html`<ol part="citations" class="citations">
        ${card.sources.map((source) => {
          const href = source.doi ? doiUrl(source.doi) : source.url && safeHttpUrl(source.url, warn);
          return html`<li part="citation">
            <cite>${citationText(source)}</cite>${href
              ? // The space is a value, not template text: minifiers trim whitespace at template edges.
                html`${' '}<a href=${href} rel="noopener noreferrer" part="link">${source.doi ? `doi:${source.doi}` : href}</a>`
              : nothing}
          </li>`;
        })}
      </ol>`;
    case 'mistake':
      return html`${paragraphs(card.mistake)}`;
  }
}
