/**
 * A value built on its first use instead of at import. The CDN bundle defines every element as
 * it loads, so a page showing only a card must not pay for the checker's tables and Unicode
 * patterns: a regex literal with \p{…} is validated when the bundle is parsed and built when it
 * is evaluated, about a millisecond each on a 2-core machine (bench/profile-load.ts).
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
