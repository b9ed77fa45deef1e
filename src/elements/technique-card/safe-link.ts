/**
 * Links in cards come from data (possibly fetched from elsewhere), so only http(s) addresses
 * become links; anything else (`javascript:`, `data:`, garbage) is dropped with a warning that
 * names the value, and the citation still shows as text.
 */
export function safeHttpUrl(value: string, warn: (message: string) => void): string | undefined {
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // fall through to the warning: an unparsable address is as unusable as a hostile one
  }
  warn(`dropped the link ${JSON.stringify(value.slice(0, 80))}: only http: and https: links are allowed`);
  return undefined;
}
