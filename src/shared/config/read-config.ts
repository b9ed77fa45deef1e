import type { ReactiveElement } from 'lit';
import { configJsonSchema } from '../../generated/schemas.js';
import { validate } from '../validate.js';
import { configFormats } from './formats.js';
import type { IxSettings } from './schema.js';
import { cleanHref } from './url.js';

export interface ConfigProblem {
  key: string;
  value: unknown;
  /** What a good value is, e.g. "must be a number ≥ 0". */
  problem: string;
}

const numeric = new Set(['price', 'trialDays', 'headingLevel', 'debounce']);

/** Attributes arrive as strings; numbers written as plain decimals become numbers, the rest stays for the schema to judge. */
function normalise(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (key === 'href') return cleanHref(value);
  const trimmed = value.trim();
  if (numeric.has(key)) return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : value;
  return key === 'currency' ? trimmed.toUpperCase() : trimmed;
}

/**
 * Validates one layer of configuration (an element's attributes, a provider's, a card's terms).
 * Unset values (undefined/null) are skipped; each bad value is dropped from the result and
 * reported once, so the next layer in precedence supplies that field.
 */
export function readConfig(raw: Record<string, unknown>): { config: IxSettings; problems: ConfigProblem[] } {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value !== undefined && value !== null) input[key] = normalise(key, value);
  }
  const config = { ...input } as IxSettings & Record<string, unknown>;
  const problems: ConfigProblem[] = [];
  for (const { path, message } of validate(configJsonSchema, input, configFormats)) {
    const key = path.split(/[.[]/)[0] ?? path;
    if (!(key in config)) continue; // a second problem for a field already reported
    delete config[key];
    problems.push({ key, value: raw[key], problem: message });
  }
  return { config, problems };
}

/**
 * A card's trial terms as a configuration layer, as the card's call to action, the embed snippet
 * and the builder all read them: the card's slug names the technique and the campaign. Fields that
 * are no settings (the slug itself, the card's title) drop out as unknown.
 */
export function cardLayer(terms: { slug: string }): IxSettings {
  return readConfig({ ...terms, technique: terms.slug, campaign: terms.slug }).config;
}

/**
 * An element's own settings: every reactive property it declares is a configuration field of
 * the same name, so the element lists its attributes once (on the class) and nowhere else.
 */
export function ownSettings(element: ReactiveElement): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const values = element as unknown as Record<PropertyKey, unknown>;
  for (const key of (element.constructor as typeof ReactiveElement).elementProperties.keys()) {
    raw[key as string] = values[key];
  }
  return raw;
}
