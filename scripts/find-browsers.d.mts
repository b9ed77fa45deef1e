export type Engine = 'chromium' | 'firefox' | 'webkit';
export const allEngines: Engine[];
export function findChrome(): string | undefined;
export function findFirefox(): string | undefined;
export function findXvfb(): string | undefined;
export function findWebKit(): { driver: string; browser: string } | undefined;
export function selectedEngines(value?: string): Engine[];
export const testFonts: { families: string[]; apt: string[] };
export function missingFonts(families?: string[]): string[];
export interface Missing {
  name: string;
  what: string;
  apt: string[];
  env?: string;
  places: string[];
  elsewhere?: string;
}
export function missingFor(
  engines: Engine[],
  lookup?: { find: (program: string) => string | undefined; missingFonts: () => string[] },
): Missing[];
export function howToInstall(missing: Missing[]): string;
export const chromeFlags: string[];
