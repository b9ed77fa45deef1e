import { doiUrl } from '../../catalog/citation.js';
import type { TechniqueCard } from '../../catalog/schema.js';

/** schema.org HowTo describing the card: its steps and the works it cites. */
export function cardJsonLd(card: TechniqueCard): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: card.title,
    description: card.summary,
    step: card.how.map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text })),
    citation: card.sources.map((source) => ({
      '@type': 'ScholarlyArticle',
      name: source.title,
      author: source.authors.map((name) => ({ '@type': 'Person', name })),
      datePublished: String(source.year),
      isPartOf: { '@type': 'Periodical', name: source.venue },
      ...(source.doi ? { sameAs: doiUrl(source.doi) } : source.url ? { url: source.url } : {}),
    })),
  };
}

/** JSON that cannot end its <script> element early: every "<" becomes \u003c. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

// Serialised once per card object: every built-in card shown twice is the same object.
const jsonOfCard = new WeakMap<TechniqueCard, string>();
const cardJson = (card: TechniqueCard) => jsonOfCard.get(card) ?? jsonOfCard.set(card, scriptSafeJson(cardJsonLd(card))).get(card)!;

interface Block {
  script: HTMLScriptElement;
  /** Every card in this tree that shows this JSON-LD; the block sits in one of them. */
  cards: Set<Element>;
}
/** Per document or shadow root, the JSON-LD blocks by their text. */
const blocksOfTree = new WeakMap<Node, Map<string, Block>>();
const shownBy = new WeakMap<Element, { blocks: Map<string, Block>; json: string }>();

/**
 * One JSON-LD block per card shown, not per element: a page with the same card twice describes
 * it once (search engines read one HowTo per page section, and 100 copies cost 100
 * serialisations). The block sits in the light DOM of one of the cards that show it and moves to
 * another when that one goes; it is removed with the last. `card` undefined: this element shows none.
 */
export function showStructuredData(host: Element, card: TechniqueCard | undefined): void {
  const json = card && cardJson(card);
  const root = host.getRootNode();
  const blocks = blocksOfTree.get(root) ?? blocksOfTree.set(root, new Map()).get(root)!;
  const before = shownBy.get(host);
  if (before?.json === json && before?.blocks === blocks) return;
  if (before) release(host, before.blocks, before.json);
  if (json === undefined) return;
  let block = blocks.get(json);
  if (!block) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    if (!setScriptText(script, json)) return;
    host.append(script);
    blocks.set(json, (block = { script, cards: new Set() }));
  }
  block.cards.add(host);
  shownBy.set(host, { blocks, json });
}

function release(host: Element, blocks: Map<string, Block>, json: string) {
  shownBy.delete(host);
  const block = blocks.get(json)!;
  block.cards.delete(host);
  const [next] = block.cards;
  if (!next) {
    block.script.remove();
    blocks.delete(json);
  } else if (block.script.parentNode === host) {
    next.append(block.script);
  }
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };
let policy: ScriptPolicy | null | undefined;

/**
 * Sets the text of our JSON-LD block and says whether it could. Under Trusted Types
 * (`require-trusted-types-for 'script'`) script text is a guarded sink even for data blocks, and
 * a plain string would raise a CSP violation. So where the browser has Trusted Types we create —
 * lazily, on first use, once — a policy named `ix-widgets` whose only job is to pass through JSON
 * we serialised ourselves (the same way lit-html creates its `lit-html` policy). If the page's
 * `trusted-types` directive does not allow that name we leave structured data out rather than
 * cause a second violation; the card itself renders either way.
 */
export function setScriptText(script: HTMLScriptElement, json: string): boolean {
  const tt = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!tt) {
    script.textContent = json;
    return true;
  }
  if (policy === undefined) {
    try {
      policy = tt.createPolicy('ix-widgets', { createScript: (input) => input });
    } catch {
      policy = null;
    }
  }
  if (!policy) return false;
  script.textContent = policy.createScript(json) as string;
  return true;
}
