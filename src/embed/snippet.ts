/**
 * The copy-paste embed snippet: the pinned bundle script with its Subresource Integrity hash, an
 * optional `<style>` with theme tokens, the element (inside an `<ix-provider>` if asked) and, for
 * a technique card, the card as plain HTML inside the element for readers and crawlers without
 * JavaScript.
 *
 * One implementation for `npm run embed` (scripts/embed-snippet.ts) and the embed builder
 * (demo/embed/): pure functions of their arguments, no DOM and no `node:` module, so both the
 * CLI and the browser import this file. It is not part of dist/ix-widgets.js.
 */
import { citationText, doiUrl } from '../catalog/citation.js';
import type { TechniqueCard } from '../catalog/schema.js';
import { requestedSections, sectionNames, sectionTitles, type SectionName } from '../catalog/sections.js';
import { builtInConfig, type ResolvedSettings } from '../shared/config/defaults.js';
import { mergeConfig } from '../shared/config/merge.js';
import { cardLayer, readConfig } from '../shared/config/read-config.js';
import type { IxSettings } from '../shared/config/schema.js';
import { fill, linkLabel, placeholders, termsLine } from '../shared/config/terms.js';
import { withParams } from '../shared/config/url.js';
import { camel } from './element-options.js';

/** What the CDN serves for one release: its version and the SRI hash of dist/ix-widgets.js. */
export interface BundleInfo {
  version: string;
  /** `sha384-…` of the exact bytes of the built dist/ix-widgets.js. */
  integrity: string;
}

/** An attribute as written in HTML: a value, or `true` for a boolean attribute (no value). */
export type AttributeValue = string | true;
export type AttributeList = readonly (readonly [name: string, value: AttributeValue])[];
export type TokenList = readonly (readonly [name: string, value: string])[];

export interface EmbedSpec {
  /** The element: `ix-technique-card`, `ix-trial-cta`, `ix-concession-checker`. */
  tag: string;
  /** Only attributes that differ from their defaults, in the order they are written. */
  attributes: AttributeList;
  /** Attributes of an `<ix-provider>` around the element; leave out for no provider. */
  provider?: AttributeList;
  /** `--ix-*` custom properties for the element's tag, only those that differ from their defaults. */
  tokens?: TokenList;
  /** For a technique card: the card whose plain HTML goes inside the element. */
  card?: TechniqueCard;
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

/**
 * The script tag: version pinned, `integrity` so the browser refuses any other bytes, and
 * `crossorigin="anonymous"` because the integrity of a cross-origin script is only checked over
 * CORS. `src` is the CDN address unless a test or the builder's preview loads the same bytes
 * from elsewhere.
 */
export function scriptTag(bundle: BundleInfo, src = bundleUrl(bundle.version)): string {
  return `<script type="module" src="${escapeHtml(src, true)}" integrity="${escapeHtml(bundle.integrity, true)}" crossorigin="anonymous"></script>`;
}

export function attributesText(attributes: AttributeList): string {
  return attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value, true)}"`)).join('');
}

/**
 * The one rule that gives the element back its spacing on a page whose reset zeroes every margin
 * (`* { margin: 0 }`, Tailwind's preflight): the page's reset beats the element's own default,
 * and a rule naming the element beats the reset.
 */
export const spacingRule = (tag: string) => `${tag} { margin-block: 1.5em; }`;

/**
 * `<style>` with the tokens set on the element's tag, or nothing when no token is set. With
 * `spacing`, the spacing rule is offered as a commented-out line, for pages that need it.
 */
export function styleBlock(selector: string, tokens: TokenList = [], spacing = false): string[] {
  const offer = spacing ? [`  /* Only if your page's CSS zeroes every margin (* { margin: 0 }): keep the element off the text around it. */`, `  /* ${spacingRule(selector)} */`] : [];
  if (!tokens.length && !offer.length) return [];
  // A `<` in a value could close the style element early; no CSS value needs one.
  const declarations = tokens.map(([name, value]) => `    ${name}: ${value.replace(/</g, '\\3c ')};`);
  return ['<style>', ...(tokens.length ? [`  ${selector} {`, ...declarations, '  }'] : []), ...offer, '</style>'];
}

/** How the card is shown, as far as its plain-HTML fallback should follow it. */
export interface FallbackOptions {
  /** The `<ix-provider>`'s settings (already camelCase), which the card's call to action uses. */
  settings?: IxSettings;
  headingLevel?: number;
  /** Sections in the order shown; default: every section in the authored order. */
  sections?: readonly SectionName[];
  variant?: 'full' | 'compact';
  cta?: 'none';
}

/** The settings the card's call to action ends up with: provider > card's terms > built-in defaults, as the element merges them. */
function ctaSettings(card: TechniqueCard, provider: IxSettings = {}): ResolvedSettings {
  return mergeConfig<IxSettings>(provider, cardLayer({ slug: card.slug, ...card.cta }), builtInConfig) as ResolvedSettings;
}

/** What the call to action will read and where it links, formatted as the element formats it. */
export function termsPreview(settings: ResolvedSettings, placement = settings.placement): { terms: string; label: string; href: string } {
  const values = placeholders(settings);
  return {
    terms: termsLine(settings, values),
    label: linkLabel(settings, values),
    href: withParams(settings.href, { utm_medium: 'widget', utm_source: settings.utmSource, utm_campaign: settings.campaign, utm_content: placement }),
  };
}

/** The card as plain, unstyled HTML: the same words, headings, links and sections as the element. */
export function fallbackHtml(card: TechniqueCard, options: FallbackOptions = {}): string[] {
  const { headingLevel = 3, variant = 'full' } = options;
  const settings = ctaSettings(card, options.settings);
  const sub = Math.min(headingLevel + 1, 6);
  const h = (level: number, text: string) => `<h${level}>${escapeHtml(text)}</h${level}>`;
  const paragraphs = (text: string) => text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`);
  const link = (url: string, text: string) => `<a href="${escapeHtml(url, true)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
  const cta = termsPreview(settings, 'technique-card');
  const caveat = card.evidence.caveat ? ` ${escapeHtml(card.evidence.caveat.replace(/\n\n/g, ' '))}` : '';
  const values = placeholders(settings);
  const bodies: Record<SectionName, () => string[]> = {
    why: () => paragraphs(card.why),
    how: () => ['<ol>', ...card.how.map((step) => `  <li>${escapeHtml(step)}</li>`), '</ol>'],
    evidence: () => [
      ...paragraphs(card.evidence.body),
      `<p><strong>Evidence: ${escapeHtml(card.evidence.strength.replace('-', ' '))}.</strong>${caveat}</p>`,
    ],
    sources: () => [
      '<ol>',
      ...card.sources.map((source) => {
        const url = source.doi ? doiUrl(source.doi) : source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
        const label = source.doi ? `doi:${source.doi}` : url;
        return `  <li>${escapeHtml(citationText(source))}${url && label ? ` ${link(url, label)}` : ''}</li>`;
      }),
      '</ol>',
    ],
    mistake: () => paragraphs(card.mistake),
    cta: () => [`<p>${escapeHtml(settings.pitch)}</p>`, `<p>${escapeHtml(cta.terms)} ${link(cta.href, cta.label)}</p>`],
  };
  const titles: Record<SectionName, string> = { ...sectionTitles, cta: fill(settings.heading, values) };
  const shown = (options.sections?.length ? [...new Set(options.sections)] : sectionNames).filter((name) => !(options.cta === 'none' && name === 'cta'));
  const section = (name: SectionName): string[] =>
    variant === 'compact'
      ? // Compact cards open each section on demand; <details> does the same without JavaScript.
        [`<details>`, `  <summary>${escapeHtml(titles[name])}</summary>`, ...bodies[name]().map((line) => `  ${line}`), '</details>']
      : [h(sub, titles[name]), ...bodies[name]()];
  return [h(headingLevel, card.title), `<p>${escapeHtml(card.summary)}</p>`, ...shown.flatMap(section)];
}

/** The fallback options a card's attributes and its provider's imply (invalid values are already left out of a spec). */
export function fallbackOptions(spec: EmbedSpec): FallbackOptions {
  const attribute = (name: string) => spec.attributes.find(([key]) => key === name)?.[1];
  const level = Number(attribute('heading-level'));
  const sections = attribute('sections');
  const provider = Object.fromEntries((spec.provider ?? []).map(([name, value]) => [camel(name), value === true ? '' : value]));
  return {
    settings: readConfig(provider).config,
    ...(Number.isInteger(level) && level >= 2 && level <= 6 ? { headingLevel: level } : {}),
    ...(typeof sections === 'string'
      ? { sections: requestedSections(sections).filter((name): name is SectionName => sectionNames.includes(name as SectionName)) }
      : {}),
    ...(attribute('variant') === 'compact' ? { variant: 'compact' as const } : {}),
    ...(attribute('cta') === 'none' ? { cta: 'none' as const } : {}),
  };
}

/**
 * The element (inside its provider, with the card's fallback) — the part of the snippet that goes
 * where it shows. `firstPaint` is the element's rendered shadow tree as a declarative shadow root
 * (src/embed/declarative-shadow.ts): browsers paint it at the element's final size before the
 * bundle arrives, and show the card's plain HTML only where they do not (or a CMS dropped it).
 */
export function elementMarkup(spec: EmbedSpec, firstPaint?: string): string[] {
  const inner = [
    ...(firstPaint ? [`  ${firstPaint}`] : []),
    ...(spec.card ? ['<article>', ...fallbackHtml(spec.card, fallbackOptions(spec)).map((line) => `  ${line}`), '</article>'].map((line) => `  ${line}`) : []),
  ];
  const element = inner.length
    ? [`<${spec.tag}${attributesText(spec.attributes)}>`, ...inner, `</${spec.tag}>`]
    : [`<${spec.tag}${attributesText(spec.attributes)}></${spec.tag}>`];
  return spec.provider ? [`<ix-provider${attributesText(spec.provider)}>`, ...element.map((line) => `  ${line}`), '</ix-provider>'] : element;
}

/** The whole snippet: script, style (the tokens set, and the spacing rule offered as a comment), then the element with its first paint when given. */
export function embedSnippet(spec: EmbedSpec, bundle: BundleInfo, { src, firstPaint }: { src?: string; firstPaint?: string } = {}): string {
  return [scriptTag(bundle, src), ...styleBlock(spec.tag, spec.tokens, true), ...elementMarkup(spec, firstPaint)].join('\n');
}
