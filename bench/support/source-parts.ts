/**
 * Which part of the project a byte of the bundle came from, by its source map: the grouping
 * scripts/size-report.mjs uses for bytes, used here for time in a CPU profile.
 */
import { readFileSync } from 'node:fs';
import { decode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

const parts: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/node_modules\/@lit\/context\//, '@lit/context'],
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit'],
  [/src\/generated\/techniques/, 'content: technique cards'],
  [/src\/generated\/checker-packs/, 'content: checker rule pack'],
  [/src\/generated\/schemas/, 'card + config schemas'],
  [/src\/checker\//, 'checker analysis engine'],
  [/src\/catalog\//, 'card schema + loading'],
  [/src\/elements\/([^/]+)\//, (m) => `<ix-${m[1]!.replace(/^ix-/, '')}>`],
  [/src\/shared\/context\.ts/, 'context protocol'],
  [/src\/shared\//, 'shared (tokens, define, config, validation)'],
  [/src\/index\.ts/, 'entry'],
];

export function partOf(source: string): string {
  for (const [pattern, name] of parts) {
    const match = pattern.exec(source);
    if (match) return typeof name === 'function' ? name(match) : name;
  }
  return 'other';
}

export interface SourceLocator {
  /** The source file and line (1-based) at a 0-based generated line and column. */
  locate(line: number, column: number): { source: string; line: number } | undefined;
}

export function readSourceMap(mapFile: string): SourceLocator {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const lines = decode(map.mappings);
  return {
    locate(line, column) {
      const segments: SourceMapSegment[] = lines[line] ?? [];
      let found: SourceMapSegment | undefined;
      for (const segment of segments) {
        if (segment[0] > column) break;
        if (segment.length > 1) found = segment;
      }
      if (!found || found.length < 4) return undefined;
      return { source: map.sources[found[1]!]!.replace(/^(\.\.\/)+/, ''), line: found[2]! + 1 };
    },
  };
}
