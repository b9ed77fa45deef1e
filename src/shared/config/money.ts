/**
 * Honest pricing arithmetic and formatting: every figure is formatted for the locale and
 * currency, so separators, symbols and their position follow the reader's locale.
 *
 * A page's first Intl.NumberFormat loads the number data of ICU, which costs more than all the
 * rest of rendering a card (15–40 ms per page load on a 2-core machine, measured with
 * bench/profile-load.ts). The built-in locale and currency, en-US and USD, are therefore written
 * out here, exactly as Intl writes them (money.test.ts compares the two over every amount a card
 * can show); any other locale or currency, and any amount outside that plain form, goes to Intl.
 */

const isBuiltIn = (locale: string, currency: string) => locale === 'en-US' && currency === 'USD';

/** "1234567" → "1,234,567": en-US groups every three digits. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** Minor-unit digits of a currency as Intl knows them: 2 for USD/EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  if (currency === 'USD') return 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The daily cost of a plan: monthly × 12 / 365 (yearly: price / 365), rounded half-up to the
 * nearest 0.05 of the currency unit, or to whole units for currencies without minor units.
 */
export function perDayPrice(price: number, interval: 'month' | 'year', currency: string): number {
  // Divide first: price × 12 overflows to Infinity ("~$∞/day") for prices near Number.MAX_VALUE.
  const perDay = interval === 'year' ? price / 365 : (price / 365) * 12;
  const stepsPerUnit = minorDigits(currency) ? 20 : 1;
  // toPrecision(12) removes binary noise first, so 1.025 (stored as 1.02499999…) rounds up.
  return Math.round(Number((perDay * stepsPerUnit).toPrecision(12))) / stepsPerUnit;
}

/**
 * Money in the locale's format. `dropWholeDecimals` gives "$40" rather than "$40.00" for a
 * whole amount (plan prices); without it the currency's minor digits always show ("~$1.30").
 */
export function formatMoney(amount: number, locale: string, currency: string, dropWholeDecimals = false): string {
  const cents = Math.round(amount * 100);
  // Whole cents from 0 to a billion dollars: exact, so there is no rounding to imitate. (Intl
  // writes -0 as "-$0"; 1 / -0 is -Infinity, so -0 goes there too.)
  if (isBuiltIn(locale, currency) && cents / 100 === amount && 1 / amount > 0 && cents < 1e11) {
    const whole = `$${grouped(String(Math.floor(cents / 100)))}`;
    return dropWholeDecimals && cents % 100 === 0 ? whole : `${whole}.${String(cents % 100).padStart(2, '0')}`;
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(dropWholeDecimals && Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}),
  }).format(amount);
}

/** A count (of trial days) in the locale's digits. */
export function formatCount(count: number, locale: string): string {
  return locale === 'en-US' && Number.isSafeInteger(count) && count >= 0 ? grouped(String(count)) : new Intl.NumberFormat(locale).format(count);
}
