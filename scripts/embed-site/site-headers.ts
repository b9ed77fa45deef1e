/**
 * The response headers the embed site needs, as a `_headers` file (the syntax Netlify and
 * Cloudflare Pages read; on another host, set the same headers):
 * - `Access-Control-Allow-Origin: *` on everything: inside WordPress's sandbox a page has no
 *   origin of its own, so its own module scripts (with their integrity checks) load as
 *   cross-origin requests, and oEmbed consumers that fetch from a browser need it too;
 * - the pages' policy again, as a header, with what a <meta> cannot say: any site may frame them
 *   (`frame-ancestors *`);
 * - the oEmbed documents' media types.
 */
import { pagePolicy } from './site-config.js';

export const headerRules = (base: string): { path: string; headers: Record<string, string> }[] => [
  {
    path: '/*',
    headers: {
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': `${pagePolicy(base)}; frame-ancestors *`,
    },
  },
  { path: '/*/oembed.json', headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } },
  { path: '/*/oembed.xml', headers: { 'Content-Type': 'text/xml+oembed; charset=utf-8' } },
];

export function siteHeaders(base: string): string {
  return `${headerRules(base).map(({ path, headers }) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}
