import { createContext } from '@lit/context';

/**
 * Page-level configuration that `<ix-provider>` hands to every IX element inside it.
 * Every field is optional: a provider sets only what it was given, and a consumer merges the
 * chain (own attribute > nearest provider > outer providers > built-in defaults).
 */
export interface IxConfig {
  href?: string;
  price?: number;
  currency?: string;
  trialDays?: number;
  interval?: 'month' | 'year';
  locale?: string;
  theme?: 'light' | 'dark';
  utmSource?: string;
  /** Product name and the replaceable words, so a site sets its language once for the page. */
  product?: string;
  heading?: string;
  trialText?: string;
  priceText?: string;
  perDayText?: string;
  label?: string;
}

export const ixConfigContext = createContext<IxConfig>(Symbol.for('ix-widgets.config'));

/**
 * What a technique card tells the elements it renders (today: its `<ix-trial-cta>`), so the
 * call to action can carry the card's pitch and slug without the card setting attributes that
 * would outrank the page's provider.
 */
export interface IxCardInfo {
  slug: string;
  title: string;
  product: string;
  pitch: string;
  trialDays: number;
  price: number;
  currency: string;
  interval: 'month' | 'year';
}

export const ixCardContext = createContext<IxCardInfo | undefined>(Symbol.for('ix-widgets.card'));
