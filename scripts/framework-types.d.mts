/** Types of scripts/framework-types.mjs for its test. */
export interface GeneratedElement {
  tagName: string;
  className: string;
  summary: string;
  description: string;
  properties: { name: string; type?: string; description: string; readonly: boolean; attribute?: string; default?: string }[];
  attributes: { name: string; type?: string; description: string; fieldName?: string; default?: string }[];
  events: { name: string; type?: string; description: string }[];
  slots: { name: string; description?: string }[];
  cssParts: { name: string; description?: string }[];
  cssProperties: { name: string; description?: string }[];
}
export interface PackageInfo {
  name: string;
  version: string;
}
export function exportedNames(entryFile: string): Set<string>;
export function elementsOf(manifest: unknown): GeneratedElement[];
export function reactDeclarations(elements: GeneratedElement[], pkg: PackageInfo, exportsOfPackage: Set<string>, packageName?: string): string;
export function vueDeclarations(elements: GeneratedElement[], pkg: PackageInfo, exportsOfPackage: Set<string>, packageName?: string): string;
export function vscodeCustomData(elements: GeneratedElement[], pkg: PackageInfo): unknown;
export function generateFrameworkFiles(options: {
  manifest: unknown;
  pkg: PackageInfo;
  exportsOfPackage: Set<string>;
  packageName?: string;
}): Record<string, string>;
export function writeFrameworkFiles(options?: { projectRoot?: string; outDir?: string; packageName?: string }): string[];
