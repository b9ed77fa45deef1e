import { findTechnique, techniqueSlugs } from '../../catalog/catalog.js';
import { checkCard } from '../../catalog/parse-card.js';
import type { TechniqueCard } from '../../catalog/schema.js';
import { httpUrl } from './safe-link.js';

/** Why a card could not be shown; `ix-card-error` carries it in `detail.reason`. */
export type CardErrorReason = 'missing' | 'unknown-slug' | 'fetch' | 'json' | 'schema';

export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; card: TechniqueCard; builtIn?: true }
  | { status: 'error'; reason: CardErrorReason; message: string };

const failed = (reason: CardErrorReason, message: string): CardState => ({ status: 'error', reason, message });

export function fromCatalog(slug: string): CardState {
  const card = findTechnique(slug);
  // A card of the built-in catalog is in English (the page may not be).
  if (card) return { status: 'ready', card, builtIn: true };
  return failed('unknown-slug', `there is no technique "${slug}"; known techniques: ${techniqueSlugs().join(', ')}`);
}

/** A card given as JSON text (an inline script or a fetched body); `origin` says where from. */
export function fromJson(text: string, origin: string): CardState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return failed('json', `${origin} is not valid JSON (${(error as Error).message})`);
  }
  const check = checkCard(data);
  if (check.ok) return { status: 'ready', card: check.card };
  // The first few problems are enough to act on; a list of twenty would bury them.
  const extra = check.problems.length - 3;
  const more = extra > 0 ? ` (and ${extra} more problem${extra > 1 ? 's' : ''})` : '';
  return failed('schema', `${origin} is not a valid technique card: ${check.problems.slice(0, 3).join('; ')}${more}`);
}

/**
 * Fetches a card. Resolves to undefined when `signal` aborts (a newer `src` replaced this one),
 * so a slow old response can never overwrite the current card.
 */
export async function fromUrl(src: string, signal: AbortSignal): Promise<CardState | undefined> {
  const url = httpUrl(src);
  if (!url) return failed('fetch', `src ${JSON.stringify(src)} is not an http(s) address`);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (!response.ok) {
      return failed('fetch', `loading ${src} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    }
    const text = await response.text();
    return signal.aborted ? undefined : fromJson(text, `the card at ${src}`);
  } catch (error) {
    if (signal.aborted) return undefined;
    return failed('fetch', `loading ${src} failed (${(error as Error).message})`);
  }
}
