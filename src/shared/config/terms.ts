import { builtInWords, type ResolvedSettings } from './defaults.js';
import { formatCount, formatMoney, perDayPrice } from './money.js';

export type Placeholders = Record<'product' | 'days' | 'price' | 'perDay', string>;

/** The values every text template may use, formatted for the settings' locale and currency. */
export function placeholders(s: ResolvedSettings): Placeholders {
  return {
    product: s.product,
    days: formatCount(s.trialDays, s.locale),
    price: formatMoney(s.price, s.locale, s.currency, true),
    perDay: formatMoney(perDayPrice(s.price, s.interval, s.currency), s.locale, s.currency),
  };
}

/** Replaces `{name}` with its value; unknown names stay as written, so a typo is visible, not lost. */
export function fill(template: string, values: Placeholders): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name as keyof Placeholders] ?? whole);
}

/** "7 days free, then $40/month (~$1.30/day)"; without a trial "$40/month (~$1.30/day)". */
export function termsLine(s: ResolvedSettings, values = placeholders(s)): string {
  // The default words are English, where a whole number of days is "day" for 1 alone.
  const trial = s.trialText ?? (s.trialDays === 1 ? builtInWords.trialOne : builtInWords.trialOther);
  return [
    s.trialDays ? fill(trial, values) : '',
    fill(s.priceText ?? builtInWords[s.interval], values),
    fill(s.perDayText ?? builtInWords.perDay, values),
  ]
    .filter(Boolean)
    .join(' ');
}

/** The link's text: "Start your 7-day free trial", or "Get IX Coach" when there is no trial. */
export function linkLabel(s: ResolvedSettings, values = placeholders(s)): string {
  return fill(s.label ?? (s.trialDays ? builtInWords.labelWithTrial : builtInWords.labelWithoutTrial), values);
}
