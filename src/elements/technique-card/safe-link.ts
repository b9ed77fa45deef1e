/**
 * Addresses in cards come from data (possibly fetched from elsewhere) or from the page's `src`,
 * so only http(s) addresses are used, resolved against the page. Anything else (`javascript:`,
 * `data:`, garbage that does not parse) gives undefined.
 */
export function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // an unparsable address is as unusable as a hostile one
  }
  return undefined;
}

/** A source's link, or undefined with a warning naming the value: the citation still shows as text. */
export function safeHttpUrl(value: string, warn: (message: string) => void): string | undefined {
  const url = httpUrl(value);
  if (!url) warn(`dropped the link ${JSON.stringify(value.slice(0, 80))}: only http: and https: links are allowed`);
  return url?.href;
}
