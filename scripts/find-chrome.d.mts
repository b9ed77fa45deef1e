export function findChrome(): string | undefined;
export const chromeFlags: string[];
