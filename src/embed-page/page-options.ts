/**
 * Which query parameters an embed page turns into what: the element's attributes by their own
 * names (`variant=compact`, `price=30`), `provider.<attribute>` for an `<ix-provider>` around it,
 * `--ix-*` custom properties — the names the embed builder's link uses. The build passes the
 * names from custom-elements.json; this applies them and says which parameters it could not use.
 */

export interface PageOptions {
  /** Attribute names the page's element accepts from the query. */
  attributes: readonly string[];
  /** Attribute names of `<ix-provider>`. */
  provider: readonly string[];
  /** `--ix-*` names the element reads. */
  tokens: readonly string[];
}

export interface AppliedQuery {
  attributes: [name: string, value: string][];
  provider: [name: string, value: string][];
  tokens: [name: string, value: string][];
  /** Parameters that name nothing the element has, or a switch given a value it cannot read. */
  ignored: string[];
}

/** Keys the test harness adds to a page's address; not options. */
const harnessKeys = new Set(['ix-probe']);

/** Reads the query into what to set; pure, so it is tested without a page. */
export function readQuery(query: URLSearchParams, options: PageOptions, booleans: ReadonlySet<string> = new Set()): AppliedQuery {
  const applied: AppliedQuery = { attributes: [], provider: [], tokens: [], ignored: [] };
  for (const [key, value] of query) {
    if (harnessKeys.has(key)) continue;
    if (key.startsWith('--')) {
      if (options.tokens.includes(key)) applied.tokens.push([key, value]);
      else applied.ignored.push(key);
    } else if (key === 'provider') {
      // The builder's link marks "wrap in a provider"; the page always has one.
    } else if (key.startsWith('provider.')) {
      const name = key.slice('provider.'.length);
      if (options.provider.includes(name)) applied.provider.push([name, value]);
      else applied.ignored.push(key);
    } else if (options.attributes.includes(key)) {
      if (booleans.has(key) && value === 'false') continue;
      applied.attributes.push([key, value]);
    } else {
      applied.ignored.push(key);
    }
  }
  return applied;
}
