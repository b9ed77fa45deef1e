/**
 * The content generators the build runs, in order. Each reads its part of content/, validates
 * it (throwing ContentError naming file, field and problem) and returns the modules to write
 * under src/generated/. Adding a new kind of content means adding one generator here.
 */
import { generateCheckerPacks } from './checker-packs.js';
import { generateSchemas } from './schemas.js';
import { generateTechniques } from './techniques.js';

export interface GeneratedModule {
  /** Path relative to src/generated/. */
  file: string;
  source: string;
}

export type Generator = (contentDir: string) => Promise<GeneratedModule[]>;

export const generators: Generator[] = [generateSchemas, generateTechniques, generateCheckerPacks];
