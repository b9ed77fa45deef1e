import { techniques } from '../generated/techniques.js';
import type { TechniqueCard } from './schema.js';

/** The built-in cards, compiled from content/techniques/ by `npm run content`. */
export function findTechnique(slug: string): TechniqueCard | undefined {
  return techniques.find((card) => card.slug === slug);
}

export function techniqueSlugs(): string[] {
  return techniques.map((card) => card.slug);
}
