/**
 * Honest pricing arithmetic and formatting: every figure goes through Intl.NumberFormat for the
 * locale and currency, so separators, symbols and their position follow the reader's locale.
 */

/** Minor-unit digits of a currency as Intl knows them: 2 for USD/EUR, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
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
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    ...(dropWholeDecimals && Number.isInteger(amount) ? { minimumFractionDigits: 0 } : {}),
  }).format(amount);
}
