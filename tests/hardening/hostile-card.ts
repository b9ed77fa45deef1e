import type { TechniqueCard } from '../../src/catalog/schema.js';

/**
 * Valid technique cards whose every free-text field carries hostile payloads, each tagged with
 * its field ("[why] <payload>") so a test can say which field failed to show it as text. The
 * `src` fixture (fixtures/hostile-card.json) is `hostileCard(xssPayloads)`; regenerate it with
 * `npx tsx tests/hardening/fixtures/write-hostile-card.ts` when the corpus changes.
 *
 * Constrained fields (slug, strength, year, currency, interval, numbers) cannot hold a payload
 * and stay valid; the XSS suite feeds them separately and expects a schema error instead. A DOI
 * must be "10.<digits>/<no spaces>", so it carries the payload without its whitespace.
 */
export function hostileCard(payloads: readonly string[]): TechniqueCard {
  const tagged = (field: string) => payloads.map((payload) => `[${field}] ${payload}`);
  return {
    slug: 'hostile-card',
    title: tagged('title').join(' '),
    summary: tagged('summary').join(' '),
    why: tagged('why').join('\n\n'),
    how: tagged('how'),
    evidence: { strength: 'experimental', body: tagged('evidence').join('\n\n'), caveat: tagged('caveat').join('\n\n') },
    sources: payloads.flatMap((payload) => [
      {
        authors: [`[author-1] ${payload}, A. B.`, `[author-2] ${payload}`],
        year: 2001,
        title: `[source-title] ${payload}`,
        venue: `[venue] ${payload}`,
        url: payload,
      },
      { authors: ['Doe, J.'], year: 2002, title: '[doi-source]', venue: 'A journal', doi: doiCarrying(payload) },
    ]),
    mistake: tagged('mistake').join('\n\n'),
    cta: {
      product: tagged('product').join(' '),
      pitch: tagged('pitch').join(' '),
      trialDays: 7,
      price: 40,
      currency: 'USD',
      interval: 'month',
    },
  };
}

export const doiCarrying = (payload: string) => `10.1234/${payload.replace(/\s/g, '')}`;

/** The citation's in-text author: the part before the first comma (see src/catalog/citation.ts). */
const surname = (author: string) => author.split(',')[0]!.trim();

export interface ExpectedText {
  field: string;
  text: string;
  /** `cta`: shown by the card's <ix-trial-cta> (product and pitch reach it through context). */
  where: 'card' | 'cta';
}

/** Every text a reader must find for `payload` in a card built by `hostileCard`. */
export function expectedTexts(payload: string): ExpectedText[] {
  const plain = ['title', 'summary', 'why', 'how', 'evidence', 'caveat', 'source-title', 'venue', 'mistake'];
  return [
    ...plain.map((field) => ({ field, text: `[${field}] ${payload}`, where: 'card' as const })),
    { field: 'authors[0]', text: surname(`[author-1] ${payload}, A. B.`), where: 'card' },
    { field: 'authors[1]', text: surname(`[author-2] ${payload}`), where: 'card' },
    { field: 'doi', text: `doi:${doiCarrying(payload)}`, where: 'card' },
    // The call to action trims its settings, like every attribute; the tag keeps the start intact.
    { field: 'cta.product', text: `[product] ${payload}`.trim(), where: 'cta' },
    { field: 'cta.pitch', text: `[pitch] ${payload}`.trim(), where: 'cta' },
  ];
}

/** Whether a browser would follow `url` as an http(s) link from this page. */
export function isHttpLink(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol);
  } catch {
    return false;
  }
}
