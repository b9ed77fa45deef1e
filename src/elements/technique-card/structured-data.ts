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
