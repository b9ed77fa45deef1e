import { isSafeHref } from './url.js';

// Every supported browser (Chrome 123, Firefox 120, Safari 17.5) and Node 20 lists its currencies.
// The list costs a page ≈ 0.4 ms to build; the built-in currency (every built-in card's) needs none.
let knownCurrencies: readonly string[] | undefined;
function isKnownCurrency(code: string): boolean {
  if (code === 'USD') return true;
  knownCurrencies ??= Intl.supportedValuesOf('currency');
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
