/**
 * Link safety and campaign tagging for the call to action.
 *
 * Safety is decided by the WHATWG URL parser itself, not by pattern matching: it strips what a
 * browser strips (leading/trailing control characters and spaces, tabs and newlines anywhere)
 * and lower-cases the scheme, so " JaVaScRiPt:", "java\tscript:" and friends all resolve to
 * the `javascript:` protocol and are refused. We then emit exactly the string we checked.
 */

// A fixed https base: a relative link resolves to https and passes, whatever page we are on.
const RELATIVE_BASE = 'https://relative.invalid/';

/** What the browser would parse: control characters trimmed at the ends, tabs/newlines removed. */
export function cleanHref(raw: string): string {
  // Exactly the URL parser's set (C0 controls and space), not String#trim's wider one: trimming a
  // no-break space the parser keeps would let " javascript:" pass the check as a relative path.
  return raw.replace(/^[\0- ]+|[\0- ]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** True for http:, https: and relative links (resolved as a browser would); false for the rest. */
export function isSafeHref(raw: string): boolean {
  const href = cleanHref(raw);
  if (!href) return false;
  try {
    return /^https?:$/.test(new URL(href, RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
}

/**
 * Adds each parameter the link does not already carry. The existing query is kept byte for byte
 * (only appended to), a relative link stays relative, the fragment stays last. In-page links
 * ("#pricing") are left alone: a query would turn them into a page load.
 */
export function withParams(href: string, params: Record<string, string | undefined>): string {
  const clean = cleanHref(href);
  if (clean.startsWith('#')) return clean;
  const hashAt = clean.indexOf('#');
  const beforeHash = hashAt < 0 ? clean : clean.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : clean.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt < 0 ? '' : beforeHash.slice(queryAt + 1);
  const present = new URLSearchParams(query);
  const added = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value && !present.has(name)) added.append(name, value);
  }
  const addedText = String(added);
  if (!addedText) return clean;
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const joiner = query && !query.endsWith('&') ? '&' : '';
  return `${path}?${query}${joiner}${addedText}${hash}`;
}
