/**
 * Prints the copy-paste embed snippet: the pinned bundle script with the integrity hash of the
 * built dist/ix-widgets.js, then the element with its first paint (its rendered shadow tree as a
 * declarative shadow root, so it shows at its final size before the bundle arrives: rendered by
 * that bundle in a headless Chromium, scripts/embed-first-paint.ts) — and for a technique card the
 * card's plain HTML too, for browsers and CMSs that drop the first paint.
 *
 *   npm run embed -- <slug> [--href <signup url>] [--heading-level 2-6]
 *   npm run embed -- '<an embed builder link, or its query>'   any element, provider and theme
 *   … --for <platform> [--base <embed site URL>]   the form that works where it will be pasted
 *   npm run embed -- --platforms                   the platforms and what works on each
 *
 * The snippet, the options and their checks are src/embed/'s, which the embed builder
 * (demo/embed.html) uses too: the same options give the same snippet.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TechniqueCard } from '../src/catalog/schema.js';
import type { ManifestLike } from '../src/embed/element-options.js';
import type { EmbedConfig } from '../src/embed/embed-config.js';
import type { EmbedSpec } from '../src/embed/snippet.js';
import { buildContent } from './build-content.js';
import { bundleInfo } from './bundle-info.mjs';
import { ContentError } from './content/content-error.js';
import { compileCard } from './content/techniques.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadCard(slug: string): Promise<TechniqueCard> {
  const dir = join(root, 'content/techniques');
  const known = (await readdir(dir)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
  if (!known.includes(slug)) {
    throw new Error(`unknown technique "${slug}"; known: ${known.join(', ')}`);
  }
  return compileCard(`content/techniques/${slug}.md`, await readFile(join(dir, `${slug}.md`), 'utf8'));
}

const usage =
  "usage: npm run embed -- <slug> [--href <signup url>] [--heading-level 2-6] [--for <platform>] [--base <embed site url>]\n       npm run embed -- '<embed builder link or query, e.g. element=ix-trial-cta&price=30>' [--for <platform>]\n       npm run embed -- --platforms";

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The first form's options as a configuration (what the builder's form would hold). */
function configFromArgs(args: string[]): EmbedConfig {
  const slug = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!slug) throw new Error(usage);
  const level = option(args, '--heading-level');
  const href = option(args, '--href');
  return {
    element: 'ix-technique-card',
    attributes: { technique: slug, ...(level !== undefined ? { 'heading-level': level } : {}) },
    ...(href !== undefined ? { provider: { href } } : {}),
    tokens: {},
  };
}

/** The snippet for command-line arguments; throws with every problem the elements would warn about. */
export async function snippetFor(args: string[]): Promise<string> {
  // The checks and the catalog read src/generated/, so it must exist and be current.
  await buildContent();
  const { checkConfig, configFromQuery } = await import('../src/embed/embed-config.js');
  const { elementOptions } = await import('../src/embed/element-options.js');
  const { embedSnippet } = await import('../src/embed/snippet.js');
  const manifest = JSON.parse(await readFile(join(root, 'custom-elements.json'), 'utf8')) as ManifestLike;
  const options = elementOptions(manifest);
  if (args.includes('--platforms')) {
    const { platforms } = await import('../src/embed/platforms.js');
    return platforms.map((p) => `${p.id.padEnd(24)} ${p.form.padEnd(7)} ${p.shows.padEnd(13)} ${p.name}`).join('\n');
  }
  const positional = args.filter((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const link = positional.length === 1 && /[=?]/.test(positional[0]!) ? positional[0]! : undefined;
  let config: EmbedConfig;
  if (link) {
    const parsed = configFromQuery(link.includes('?') ? link.slice(link.indexOf('?') + 1) : link, options);
    if (parsed.problems.length) throw new Error(parsed.problems.map((p) => `${p.key}=${JSON.stringify(p.value)}: ${p.message}`).join('\n'));
    config = parsed.config;
  } else {
    config = configFromArgs(args);
    if (typeof config.attributes.technique === 'string') await loadCard(config.attributes.technique); // a clear "unknown technique" first
  }
  const { problems, spec } = checkConfig(config, options);
  if (problems.length) throw new Error(problems.map((p) => p.message).join('\n'));
  // The card as authored right now, not as last compiled.
  const card = spec.card && (await loadCard(spec.card.slug));
  const full = { ...spec, ...(card ? { card } : {}) };
  const platform = option(args, '--for');
  const { platformById } = await import('../src/embed/platforms.js');
  // A link or a frame holds no snippet: no first paint to render for it.
  const needsPaint = platform === undefined || platformById(platform).form === 'script';
  const paint = needsPaint ? await firstPaintOf(full) : undefined;
  const snippet = embedSnippet(full, bundleInfo(root), paint ? { firstPaint: paint } : {});
  if (platform === undefined) return snippet;
  const { platformEmbed } = await import('../src/embed/platform-embed.js');
  const { code, advice } = platformEmbed(platform, config, options, snippet, option(args, '--base'));
  return `${advice}\n\n${code}`;
}

/** The element's first paint for its snippet, rendered by the built bundle; without a Chromium, none (and why, on stderr). */
async function firstPaintOf(spec: EmbedSpec): Promise<string | undefined> {
  const { elementMarkup } = await import('../src/embed/snippet.js');
  const { firstPaint } = await import('./embed-first-paint.js');
  const paint = await firstPaint(root, elementMarkup(spec).join('\n'), spec.tag);
  if ('shadow' in paint) return paint.shadow;
  console.error(`embed: the snippet has no first paint, so the element takes its size only when the bundle arrives: ${paint.missing}`);
  return undefined;
}

/** A bundle older than the sources would pin the hash of code that is no longer the code. */
async function warnIfBundleIsOlderThanSource(): Promise<void> {
  const built = await stat(join(root, 'dist/ix-widgets.js')).catch(() => undefined);
  if (!built) return;
  const files = await readdir(join(root, 'src'), { recursive: true });
  for (const file of files) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file.startsWith('embed')) continue;
    if ((await stat(join(root, 'src', file))).mtimeMs > built.mtimeMs) {
      console.error(`embed: src/${file} is newer than dist/ix-widgets.js; run \`npm run build:bundle\` so the integrity hash is of the current code`);
      return;
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const run = async () => {
    await warnIfBundleIsOlderThanSource();
    console.log(await snippetFor(process.argv.slice(2)));
  };
  run().catch((error: unknown) => {
    console.error(error instanceof ContentError || error instanceof Error ? `embed: ${error.message}` : error);
    process.exit(1);
  });
}
