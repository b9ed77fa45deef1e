import { html, render, type TemplateResult } from 'lit';
import type { TechniqueCard } from '../../catalog/schema.js';
import type { SectionName } from '../../catalog/sections.js';
import { heading } from '../../shared/heading.js';
// Every copy holds an <ix-trial-cta>.
import '../trial-cta/define.js';
import { sectionBody, sectionLabel } from './card-sections.js';

export interface BodyOptions {
  /** Level of the title heading (sections are one below). */
  level: number;
  compact: boolean;
  sections: readonly SectionName[];
}

interface Master {
  fragment: DocumentFragment;
  /** What building it had to say (dropped links), for each element that shows it to warn. */
  warnings: string[];
}

const masters = new WeakMap<TechniqueCard, Map<string, Master>>();

/**
 * The card's content (header and sections) as DOM: rendered by Lit once per card and options into
 * a master, then copied with one `cloneNode` for every element that shows it. A page with the
 * same card many times builds its sections once; each copy is plain DOM (text stays text, as Lit
 * rendered it) with a live `<ix-trial-cta>` of its own. `key` names the options. Nothing in it is bound: compact sections
 * report their toggles through a listener on the card's <article>.
 */
export function cardBody(card: TechniqueCard, options: BodyOptions, key: string): { body: DocumentFragment; warnings: string[] } {
  let byOptions = masters.get(card);
  if (!byOptions) masters.set(card, (byOptions = new Map<string, Master>()));
  let master = byOptions.get(key);
  if (!master) {
    // The master's own <ix-trial-cta> is never connected, so it never renders.
    const fragment = document.createDocumentFragment();
    const warnings: string[] = [];
    render(bodyTemplate(card, options, (message) => warnings.push(message)), fragment);
    byOptions.set(key, (master = { fragment, warnings }));
  }
  return { body: master.fragment.cloneNode(true) as DocumentFragment, warnings: master.warnings };
}

function bodyTemplate(card: TechniqueCard, { level, compact, sections }: BodyOptions, warn: (message: string) => void): TemplateResult {
  return html`<header part="header">
      ${heading(level, 'title', card.title, 'title')}
      <p part="summary" class="summary">${card.summary}</p>
    </header>
    ${sections.map((name) => section(name, card, level + 1, compact, warn))}`;
}

function section(name: SectionName, card: TechniqueCard, level: number, compact: boolean, warn: (message: string) => void): TemplateResult {
  const callout = name === 'mistake' ? ' callout' : '';
  const parts = `section section-${name}${callout}`;
  const label = sectionLabel(name, card);
  // The card sets the call to action's `theme` on each copy.
  const body =
    name === 'cta' ? html`<ix-trial-cta part="cta" placement="technique-card" heading-level=${Math.min(level, 6)}></ix-trial-cta>` : sectionBody(name, card, warn);
  if (compact) {
    return html`<details part=${parts} class="section ${name}${callout}">
      <summary part="toggle heading heading-${name}">${label}</summary>
      <div class="section-body">${body}</div>
    </details>`;
  }
  // The call to action brings its own heading ("Practice this with …").
  if (name === 'cta') return html`<div part=${parts} class="section cta">${body}</div>`;
  return html`<section part=${parts} class="section ${name}${callout}">${heading(level, `heading heading-${name}`, label, `heading-${name}`)}${body}</section>`;
}
