import { isSafeHref } from './url.js';

let knownCurrencies: readonly string[] | undefined;
function isKnownCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    knownCurrencies ??= Intl.supportedValuesOf('currency');
  } catch {
    return true; // an engine without supportedValuesOf: a well-formed code is the best we can check
  }
  return knownCurrencies.includes(code);
}

function isSupportedLocale(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false; // RangeError: not a well-formed BCP 47 tag
  }
}

/**
 * The configuration checks JSON Schema cannot express, by the `format` name that the schema
 * derived from ./schema.ts carries. They run at build (inside the zod schema) and at run time.
 */
export const configFormats = { href: isSafeHref, currency: isKnownCurrency, locale: isSupportedLocale };
