import * as z from 'zod/mini';
import { configFormats } from './formats.js';

/**
 * The one schema for every configuration value an IX element accepts, from its own attributes,
 * from an <ix-provider> or from a card. Keys are property names; attribute names are their
 * kebab-case form. Each field carries its own message, so a warning says what a good value is.
 *
 * The bundle does not ship zod: the build derives a JSON Schema from this one (messages travel as
 * `errorMessage`, Intl-backed checks as a `format` name) and src/shared/validate.ts applies it.
 * Run-time code imports only this module's types, so zod never reaches the bundle.
 */

const said = (errorMessage: string) => z.meta({ errorMessage });
const number = (error: string) => z.number({ error }).check(z.gte(0, { error }), said(error));
const whole = (min: number, max: number, error: string) =>
  z.int({ error }).check(z.gte(min, { error }), z.lte(max, { error }), said(error));
const oneOf = <const T extends string[]>(values: T) => {
  const error = `must be ${values.map((v) => `"${v}"`).join(' or ')}`;
  return z.enum(values, { error }).check(said(error));
};
const text = z.string({ error: 'must be text' }).check(z.minLength(1, { error: 'must not be empty' }), said('must not be empty'));
const checked = (format: keyof typeof configFormats, error: string) =>
  z.string().check(z.refine(configFormats[format], { error }), z.meta({ format, errorMessage: error }));

export const configSchema = z.object({
  href: z.optional(checked('href', 'must be an http(s) or relative link')),
  price: z.optional(number('must be a number ≥ 0')),
  currency: z.optional(checked('currency', 'must be an ISO 4217 currency code this browser knows')),
  trialDays: z.optional(whole(0, 365, 'must be a whole number of days from 0 to 365')),
  interval: z.optional(oneOf(['month', 'year'])),
  locale: z.optional(checked('locale', 'must be a locale this browser supports')),
  theme: z.optional(oneOf(['light', 'dark'])),
  utmSource: z.optional(text),
  campaign: z.optional(text),
  placement: z.optional(text),
  technique: z.optional(text),
  layout: z.optional(oneOf(['inline', 'banner', 'compact'])),
  headingLevel: z.optional(whole(2, 6, 'must be a whole number from 2 to 6')),
  product: z.optional(text),
  heading: z.optional(text),
  pitch: z.optional(text),
  trialText: z.optional(text),
  priceText: z.optional(text),
  perDayText: z.optional(text),
  label: z.optional(text),
  debounce: z.optional(whole(0, 10_000, 'must be a whole number of milliseconds from 0 to 10000')),
});

export type IxSettings = z.infer<typeof configSchema>;
export type IxSettingKey = keyof IxSettings;
