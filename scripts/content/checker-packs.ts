import type { GeneratedModule } from './generators.js';

// Placeholder until the checker's rule packs land (issue 4).
export function generateCheckerPacks(_contentDir: string): Promise<GeneratedModule[]> {
  return Promise.resolve([{ file: 'checker-packs.ts', source: 'export const checkerPacks = {};\n' }]);
}
