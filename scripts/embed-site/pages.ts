/**
 * The embed site's pages as data: one per card, the checker, the trial call to action, and /go/
 * (the forward WordPress's `link` message lands on). Each embeddable page renders its element
 * alone, with the card's plain HTML inside for readers and crawlers without JavaScript.
 */
import type { TechniqueCard } from '../../src/catalog/schema.js';
import { builtInConfig, type ResolvedSettings } from '../../src/shared/config/defaults.js';
import { elementMarkup, termsPreview } from '../../src/embed/snippet.js';

export interface EmbedPage {
  /** Folder under the site root, ending in "/" (the page is its index.html). */
  path: string;
  title: string;
  /** One or two sentences: the meta description, the social summary and the oEmbed fallback. */
  summary: string;
  /** The element's tag, or undefined for a page that embeds nothing (/go/). */
  tag?: string;
  /** The <main> content: the element with its fallback. */
  body: string[];
  /**
   * The page's level-one heading, for readers that navigate a framed page by its headings;
   * hidden on screen, where the element's own heading leads.
   */
  heading?: string;
  /** The page has an oEmbed document and a social image beside it. */
  embeddable: boolean;
}

/** Card pages are compact unless asked (`variant=full`): a post's column, under WordPress's 1000 px. */
const cardDefaults: [string, string][] = [
  ['variant', 'compact'],
  ['heading-level', '2'],
];

export function cardPage(card: TechniqueCard): EmbedPage {
  const attributes: [string, string][] = [['technique', card.slug], ...cardDefaults];
  const markup = elementMarkup({ tag: 'ix-technique-card', attributes, card });
  return {
    path: `card/${card.slug}/`,
    title: card.title,
    summary: card.summary,
    tag: 'ix-technique-card',
    heading: 'Technique card from IX Coach',
    body: ['<ix-provider>', ...markup.map((line) => `  ${line}`), '</ix-provider>'].map((line) =>
      line.replace(/^(\s*)<ix-technique-card /, '$1<ix-technique-card data-ix-embed '),
    ),
    embeddable: true,
  };
}

export function checkerPage(): EmbedPage {
  return {
    path: 'checker/',
    title: 'Is my step-down visibly deliberate?',
    summary: 'A private, instant checker for a concession in a negotiation script: paste it and see which words make the step-down read as deliberate. Nothing typed leaves the page.',
    tag: 'ix-concession-checker',
    heading: 'Concession checker from IX Coach',
    body: ['<ix-provider>', '  <ix-concession-checker data-ix-embed></ix-concession-checker>', '</ix-provider>'],
    embeddable: true,
  };
}

export function trialPage(settings: ResolvedSettings = builtInConfig): EmbedPage {
  const cta = termsPreview(settings, 'embed');
  return {
    path: 'trial/',
    title: `Try ${settings.product}`,
    summary: `${cta.terms}. ${settings.pitch.replace('{product}', settings.product)}`,
    tag: 'ix-trial-cta',
    heading: `Free trial of ${settings.product}`,
    body: ['<ix-provider>', '  <ix-trial-cta data-ix-embed placement="embed" heading-level="2"></ix-trial-cta>', '</ix-provider>'],
    embeddable: true,
  };
}

export function goPage(): EmbedPage {
  return {
    path: 'go/',
    title: 'Opening the signup page',
    summary: 'Forwards a link from an embedded card to its signup page.',
    body: ['<h1>Opening the signup page…</h1>', '<p id="go" role="status">One moment.</p>', '<noscript><p>This page needs JavaScript to read where to go.</p></noscript>'],
    embeddable: false,
  };
}
