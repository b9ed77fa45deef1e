/**
 * An embed's configuration — which element, its attributes, an optional `<ix-provider>` around
 * it and theme tokens — as the embed builder's form holds it and its shareable query string
 * carries it, checked with the elements' own validation and turned into an {@link EmbedSpec}.
 *
 * Query keys are the elements' own names: `element=ix-trial-cta&price=30&currency=EUR`,
 * `--ix-color-accent=%23b00020`, `provider` (wrap in a provider) and `provider.<attribute>`.
 * Pure: the builder (browser) and `npm run embed` (Node) share it.
 */
import { findTechnique } from '../catalog/catalog.js';
import type { TechniqueCard } from '../catalog/schema.js';
import { requestedSections, sectionNames } from '../catalog/sections.js';
import { fromCatalog } from '../elements/technique-card/card-source.js';
import { configJsonSchema } from '../generated/schemas.js';
import { builtInConfig, type ResolvedSettings } from '../shared/config/defaults.js';
import { mergeConfig } from '../shared/config/merge.js';
import { cardLayer, readConfig } from '../shared/config/read-config.js';
import type { IxSettings } from '../shared/config/schema.js';
import { warningText } from '../shared/config/warnings.js';
import { optionsOf, type AttributeOption, type ElementOptions, type Literal, type TokenOption } from './element-options.js';
import type { AttributeValue, EmbedSpec } from './snippet.js';

/** The elements a page embeds on their own; `ix-provider` goes around one of them. */
export const embeddableTags = ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta'] as const;
export const providerTag = 'ix-provider';

export type FieldValue = string | boolean;

export interface EmbedConfig {
  element: string;
  /** By attribute name, as typed: text, or true/false for a boolean attribute. Unset fields are absent. */
  attributes: Record<string, FieldValue>;
  /** The provider's attributes; undefined: no provider. */
  provider?: Record<string, FieldValue>;
  /** By token name, as typed. */
  tokens: Record<string, string>;
  /** The builder's preview page (kept in the link so a shared link shows the same preview). */
  page?: string;
  /** The reader's own page as the preview imitates it (`page.background`, `page.text`, `page.font` in the link); never in the snippet. */
  pageLook?: Partial<Record<PageLookKey, string>>;
}

export const pageLookKeys = ['background', 'text', 'font'] as const;
export type PageLookKey = (typeof pageLookKeys)[number];

export type Scope = 'element' | 'provider' | 'token';

/** A value the element would refuse: which field, and the element's own message about it. */
export interface FieldProblem {
  scope: Scope;
  name: string;
  message: string;
}

/** A query key that could not be used, and why. */
export interface QueryProblem {
  key: string;
  value: string;
  message: string;
}

export type OptionsByTag = ReadonlyMap<string, ElementOptions>;

/** Checks a token value the way the browser will read it (CSS.supports in a page); without one, any value passes. */
export type TokenCheck = (token: TokenOption, value: string) => boolean;

const configFields = new Set(Object.keys(configJsonSchema.properties ?? {}));

/** The first catalog card: a card needs a technique, so a new configuration starts with one. */
export function defaultConfig(options: OptionsByTag, element: string = embeddableTags[0], firstSlug?: string): EmbedConfig {
  optionsOf(options, element);
  return { element, attributes: element === 'ix-technique-card' && firstSlug ? { technique: firstSlug } : {}, tokens: {} };
}

function readBoolean(value: string): boolean | undefined {
  if (value === '' || value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Reads a builder link's query. Never throws: every key it cannot use is reported and skipped. */
export function configFromQuery(query: string | URLSearchParams, options: OptionsByTag, firstSlug?: string): { config: EmbedConfig; problems: QueryProblem[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const problems: QueryProblem[] = [];
  const requested = params.get('element');
  let element: string = embeddableTags[0];
  if (requested !== null) {
    if ((embeddableTags as readonly string[]).includes(requested)) element = requested;
    else problems.push({ key: 'element', value: requested, message: `must be one of ${embeddableTags.join(', ')}; showing ${element}` });
  }
  const own = optionsOf(options, element);
  const provider = optionsOf(options, providerTag);
  const config: EmbedConfig = { element, attributes: {}, tokens: {} };
  const setAttribute = (target: Record<string, FieldValue>, option: AttributeOption, key: string, value: string) => {
    if (option.kind !== 'boolean') {
      target[option.name] = value;
      return;
    }
    const on = readBoolean(value);
    if (on === undefined) problems.push({ key, value, message: `${option.name} is a switch: give no value (on) or "false"` });
    else target[option.name] = on;
  };
  for (const [key, value] of params) {
    if (key === 'element') continue;
    if (key === 'page') {
      config.page = value;
    } else if (key.startsWith('page.')) {
      const look = key.slice('page.'.length);
      if ((pageLookKeys as readonly string[]).includes(look)) (config.pageLook ??= {})[look as PageLookKey] = value;
      else problems.push({ key, value, message: `the preview's page has no "${look}"; known: ${pageLookKeys.join(', ')}` });
    } else if (key === 'provider') {
      if (readBoolean(value) === false) continue;
      config.provider ??= {};
    } else if (key.startsWith('provider.')) {
      const option = provider.attributes.find((a) => a.name === key.slice('provider.'.length));
      if (!option) problems.push({ key, value, message: `<${providerTag}> has no attribute "${key.slice('provider.'.length)}"; ignored` });
      else setAttribute((config.provider ??= {}), option, key, value);
    } else if (key.startsWith('--')) {
      if (own.tokens.some((t) => t.name === key)) config.tokens[key] = value;
      else problems.push({ key, value, message: `<${element}> has no custom property ${key}; ignored` });
    } else {
      const option = own.attributes.find((a) => a.name === key);
      if (option) setAttribute(config.attributes, option, key, value);
      else problems.push({ key, value, message: `<${element}> has no attribute "${key}"; ignored` });
    }
  }
  if (element === 'ix-technique-card' && config.attributes.technique === undefined && config.attributes.src === undefined && firstSlug) {
    config.attributes.technique = firstSlug;
  }
  return { config, problems };
}

/** The configuration as a query, in a stable order: element, its attributes, provider, tokens, page. */
export function configToQuery(config: EmbedConfig, options: OptionsByTag): string {
  const params = new URLSearchParams({ element: config.element });
  const add = (prefix: string, attributes: readonly AttributeOption[], values: Record<string, FieldValue>) => {
    for (const { name } of attributes) {
      const value = values[name];
      if (value === undefined || value === false || value === '') continue;
      params.append(`${prefix}${name}`, value === true ? '' : value);
    }
  };
  add('', optionsOf(options, config.element).attributes, config.attributes);
  if (config.provider) {
    params.append('provider', '');
    add('provider.', optionsOf(options, providerTag).attributes, config.provider);
  }
  for (const { name } of optionsOf(options, config.element).tokens) {
    const value = config.tokens[name];
    if (value !== undefined && value.trim() !== '') params.append(name, value);
  }
  if (config.page) params.append('page', config.page);
  for (const look of pageLookKeys) {
    const value = config.pageLook?.[look]?.trim();
    if (value) params.append(`page.${look}`, value);
  }
  return params.toString();
}

const quoteList = (values: readonly string[]) => values.map((v) => `"${v}"`).join(' or ');

interface Checked {
  problems: FieldProblem[];
  /** Valid, non-empty values by attribute name (strings trimmed). */
  valid: Record<string, FieldValue>;
  /** The configuration layer the valid values make, by field (for merging as the elements do). */
  settings: IxSettings;
}

function checkAttributes(
  scope: Exclude<Scope, 'token'>,
  tag: string,
  attributes: readonly AttributeOption[],
  values: Record<string, FieldValue>,
  below: Record<string, unknown>,
): Checked {
  const problems: FieldProblem[] = [];
  const valid: Record<string, FieldValue> = {};
  const raw: Record<string, unknown> = {};
  for (const option of attributes) {
    const value = values[option.name];
    if (value === undefined || value === false) continue;
    if (value === true) {
      if (option.kind === 'boolean') valid[option.name] = true;
      continue;
    }
    const text = value.trim();
    if (!text) continue;
    const fail = (message: string) => problems.push({ scope, name: option.name, message });
    if (configFields.has(option.field)) {
      // The elements' own validation, and their own warning words.
      const [problem] = readConfig({ [option.field]: value }).problems;
      if (problem) {
        fail(warningText(tag, problem, below[option.field] ?? option.default));
        continue;
      }
      raw[option.field] = value;
    }
    if (option.kind === 'enum' && option.values && !option.values.includes(text)) {
      fail(`<${tag}> ${option.name}="${text}": must be ${quoteList(option.values)}; ignored`);
      continue;
    }
    if (tag === 'ix-technique-card' && option.name === 'technique') {
      const card = fromCatalog(text);
      if (card.status === 'error') {
        fail(`<${tag}> technique="${text}": ${card.message}`);
        continue;
      }
    }
    if (tag === 'ix-technique-card' && option.name === 'sections') {
      const unknown = requestedSections(text).filter((name) => !(sectionNames as string[]).includes(name));
      if (unknown.length) {
        fail(`<${tag}> sections="${text}": unknown section${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${sectionNames.join(', ')}); ignored`);
        continue;
      }
    }
    valid[option.name] = text;
  }
  return { problems, valid, settings: readConfig(raw).config };
}

/** A token value that could break out of its declaration (or the style element) is never written. */
const unsafeCss = /[;{}<>]|\/\*/;

function checkTokens(tag: string, tokens: readonly TokenOption[], values: Record<string, string>, supports?: TokenCheck) {
  const problems: FieldProblem[] = [];
  const valid: Record<string, string> = {};
  for (const token of tokens) {
    const value = values[token.name]?.trim();
    if (!value) continue;
    const what = { color: 'a colour', length: 'a length (e.g. 1rem, 16px)', font: 'a font family list', text: 'a CSS value' }[token.kind];
    if (unsafeCss.test(value) || (supports && !supports(token, value))) {
      problems.push({ scope: 'token', name: token.name, message: `${token.name}: "${value}" is not ${what} this browser understands; left out` });
    } else {
      valid[token.name] = value;
    }
  }
  return { problems, valid };
}

export interface CheckedConfig {
  problems: FieldProblem[];
  spec: EmbedSpec;
  /** The settings the element's call to action ends up with (own > provider > card > built-in). */
  settings: ResolvedSettings;
}

/** Same value as the default? Numbers and configuration values compare as the element reads them. */
function isDefault(option: AttributeOption, value: FieldValue, fallback: Literal | undefined): boolean {
  if (option.kind === 'boolean') return value === (fallback ?? false);
  if (fallback === undefined || typeof value !== 'string') return false;
  if (configFields.has(option.field)) {
    const read = readConfig({ [option.field]: value }).config[option.field as keyof IxSettings];
    return read === fallback;
  }
  return typeof fallback === 'number' ? Number(value) === fallback : value === String(fallback);
}

/**
 * Checks every value with the elements' validation and builds the spec of the snippet: only valid
 * values that differ from what the element would use anyway, only tokens that differ from their
 * defaults, and for a technique card the card whose plain HTML goes inside.
 */
export function checkConfig(config: EmbedConfig, options: OptionsByTag, supports?: TokenCheck): CheckedConfig {
  const own = optionsOf(options, config.element);
  const providerOptions = optionsOf(options, providerTag);
  const provider = config.provider && checkAttributes('provider', providerTag, providerOptions.attributes, config.provider, builtInConfig);
  const below = mergeConfig<Record<string, unknown>>(provider?.settings, builtInConfig);
  const element = checkAttributes('element', config.element, own.attributes, config.attributes, below);
  const tokens = checkTokens(config.element, own.tokens, config.tokens, supports);

  const fallbackFor = (option: AttributeOption, layer: Record<string, unknown>): Literal | undefined => {
    if (config.element === 'ix-technique-card' && option.name === 'sections') return sectionNames.join(',');
    const value = layer[option.field];
    return value !== undefined && configFields.has(option.field) ? (value as Literal) : option.default;
  };
  const written = (attributes: readonly AttributeOption[], valid: Record<string, FieldValue>, layer: Record<string, unknown>) =>
    attributes.flatMap((option): [string, AttributeValue][] => {
      const value = valid[option.name];
      if (value === undefined || value === false || isDefault(option, value, fallbackFor(option, layer))) return [];
      return [[option.name, value]];
    });

  const technique = element.valid.technique;
  const card: TechniqueCard | undefined =
    config.element === 'ix-technique-card' && typeof technique === 'string' && element.valid.src === undefined ? findTechnique(technique) : undefined;
  const spec: EmbedSpec = {
    tag: config.element,
    attributes: written(own.attributes, element.valid, below),
    ...(config.provider ? { provider: written(providerOptions.attributes, provider!.valid, builtInConfig) } : {}),
    tokens: own.tokens.flatMap(({ name, default: fallback }) => {
      const value = tokens.valid[name];
      return value !== undefined && value.toLowerCase() !== fallback?.toLowerCase() ? [[name, value] as const] : [];
    }),
    ...(card ? { card } : {}),
  };
  const settings = mergeConfig<IxSettings>(
    config.element === 'ix-trial-cta' ? element.settings : {},
    provider?.settings,
    card && cardLayer({ slug: card.slug, ...card.cta }),
    builtInConfig,
  ) as ResolvedSettings;
  return { problems: [...(provider?.problems ?? []), ...element.problems, ...tokens.problems], spec, settings };
}
