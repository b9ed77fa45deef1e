export function parseHeaders(text: string): { pattern: RegExp; headers: Record<string, string> }[];
export function previewHeaders(site: string): (path: string) => Record<string, string>;
