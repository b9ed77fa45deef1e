import type { GeneratedModule } from './generators.js';

// Placeholder until the technique-card content pipeline lands (issue 3).
export function generateTechniques(_contentDir: string): Promise<GeneratedModule[]> {
  return Promise.resolve([{ file: 'techniques.ts', source: 'export const techniques = {};\n' }]);
}
