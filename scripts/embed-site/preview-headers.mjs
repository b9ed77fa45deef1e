/**
 * Reads dist-embed/_headers (Netlify / Cloudflare Pages syntax: a path pattern, then indented
 * `Name: value` lines; `*` matches any run of characters) into the `headersFor(path)` that
 * scripts/static-server.mjs takes, so the preview and the tests serve what a host would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      rules.push({ pattern, headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length) rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

export function previewHeaders(site) {
  const rules = parseHeaders(readFileSync(join(site, '_headers'), 'utf8'));
  return (path) => Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path.replace(/index\.html$/, ''))).map((rule) => rule.headers));
}
