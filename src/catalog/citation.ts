import type { TechniqueSource } from './schema.js';

/** "Cialdini, R. B." → "Cialdini"; a name without a comma is used whole. */
export function surname(author: string): string {
  return author.split(',')[0]!.trim();
}

/** The in-text author form: "Smith", "Smith & Jones", "Cialdini et al." (3+ authors). */
export function citedAuthors(authors: readonly string[]): string {
  const names = authors.map(surname);
  if (names.length > 2) return `${names[0]} et al.`;
  return names.join(' & ');
}

/** One reference line, as the seed writes it: "Cialdini et al. (1975), Title, Venue". */
export function citationText(source: TechniqueSource): string {
  return `${citedAuthors(source.authors)} (${source.year}), ${source.title}, ${source.venue}`;
}

/** The resolver link of a DOI; each path segment is encoded, the slashes kept. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
