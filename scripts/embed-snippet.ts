/**
 * Prints the copy-paste embed snippet for a technique card: the pinned bundle script and the
 * element with the card's plain HTML inside, so readers and crawlers without JavaScript (and
 * everyone, until the bundle loads) read the same card.
 *
 *   npm run embed -- <slug> [--href <signup url>] [--heading-level 2-6]
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { citationText, doiUrl } from '../src/catalog/citation.js';
import type { TechniqueCard } from '../src/catalog/schema.js';
import { sectionTitles } from '../src/catalog/sections.js';
import { builtInConfig, type ResolvedSettings } from '../src/shared/config/defaults.js';
import { linkLabel, termsLine } from '../src/shared/config/terms.js';
import { withParams } from '../src/shared/config/url.js';
import { ContentError } from './content/content-error.js';
import { compileCard } from './content/techniques.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface SnippetOptions {
  version: string;
  href?: string;
  headingLevel?: number;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for element content and double-quoted attribute values alike. Quotes are left
 * readable in content (the seed is full of them); only `"` inside attributes needs escaping. */
export function escapeHtml(text: string, inAttribute = false): string {
  return text.replace(inAttribute ? /[&<>"]/g : /[&<>]/g, (c) => entities[c]!);
}

export function bundleUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/ix-widgets@${version}/dist/ix-widgets.js`;
}

/** The card as plain, unstyled HTML: the same words, headings and links as the element. */
export function fallbackHtml(card: TechniqueCard, { href, headingLevel = 3 }: Omit<SnippetOptions, 'version'> = {}): string[] {
  const h = (level: number, text: string) => `<h${level}>${escapeHtml(text)}</h${level}>`;
  const paragraphs = (text: string) => text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`);
  const sub = Math.min(headingLevel + 1, 6);
  const settings = { ...builtInConfig, ...card.cta, href: href ?? builtInConfig.href } as ResolvedSettings;
  const signup = withParams(settings.href, { utm_medium: 'widget', utm_source: settings.utmSource, utm_campaign: card.slug, utm_content: 'technique-card' });
  const link = (url: string, text: string) => `<a href="${escapeHtml(url, true)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
  const caveat = card.evidence.caveat ? ` ${escapeHtml(card.evidence.caveat.replace(/\n\n/g, ' '))}` : '';
  return [
    h(headingLevel, card.title),
    `<p>${escapeHtml(card.summary)}</p>`,
    h(sub, sectionTitles.why),
    ...paragraphs(card.why),
    h(sub, sectionTitles.how),
    '<ol>',
    ...card.how.map((step) => `  <li>${escapeHtml(step)}</li>`),
    '</ol>',
    h(sub, sectionTitles.evidence),
    ...paragraphs(card.evidence.body),
    `<p><strong>Evidence: ${escapeHtml(card.evidence.strength.replace('-', ' '))}.</strong>${caveat}</p>`,
    h(sub, sectionTitles.sources),
    '<ol>',
    ...card.sources.map((source) => {
      const url = source.doi ? doiUrl(source.doi) : source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
      const label = source.doi ? `doi:${source.doi}` : url;
      return `  <li>${escapeHtml(citationText(source))}${url && label ? ` ${link(url, label)}` : ''}</li>`;
    }),
    '</ol>',
    h(sub, sectionTitles.mistake),
    ...paragraphs(card.mistake),
    h(sub, `${sectionTitles.cta} ${card.cta.product}`),
    `<p>${escapeHtml(card.cta.pitch)}</p>`,
    `<p>${escapeHtml(termsLine(settings))} ${link(signup, linkLabel(settings))}</p>`,
  ];
}

export function embedSnippet(card: TechniqueCard, options: SnippetOptions): string {
  const level = options.headingLevel && options.headingLevel !== 3 ? ` heading-level="${options.headingLevel}"` : '';
  const href = options.href ? ` href="${escapeHtml(options.href, true)}"` : '';
  const fallback = ['<article>', ...fallbackHtml(card, options).map((line) => `  ${line}`), '</article>'].map((line) => `  ${line}`);
  return [
    `<script type="module" src="${bundleUrl(options.version)}"></script>`,
    ...(href ? [`<ix-provider${href}>`] : []),
    `<ix-technique-card technique="${escapeHtml(card.slug, true)}"${level}>`,
    ...fallback,
    '</ix-technique-card>',
    ...(href ? ['</ix-provider>'] : []),
  ].join('\n');
}

export async function loadCard(slug: string): Promise<TechniqueCard> {
  const dir = join(root, 'content/techniques');
  const known = (await readdir(dir)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  if (!known.includes(slug)) {
    throw new Error(`unknown technique "${slug}"; known: ${known.join(', ')}`);
  }
  return compileCard(`content/techniques/${slug}.md`, await readFile(join(dir, `${slug}.md`), 'utf8'));
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const slug = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const level = option(args, '--heading-level');
  const href = option(args, '--href');
  const run = async () => {
    if (!slug) throw new Error('usage: npm run embed -- <slug> [--href <signup url>] [--heading-level 2-6]');
    if (level !== undefined && !/^[2-6]$/.test(level)) throw new Error(`--heading-level must be 2–6, got "${level}"`);
    if (href !== undefined && !/^https?:\/\//i.test(href)) throw new Error(`--href must be an http(s) address, got "${href}"`);
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
    console.log(embedSnippet(await loadCard(slug), { version: pkg.version, href, headingLevel: level ? Number(level) : undefined }));
  };
  run().catch((error: unknown) => {
    console.error(error instanceof ContentError || error instanceof Error ? `embed: ${error.message}` : error);
    process.exit(1);
  });
}
