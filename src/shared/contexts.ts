import { createContext } from '@lit/context';
import type { IxSettings } from './config/schema.js';

/**
 * Page-level configuration that `<ix-provider>` hands to every IX element inside it: the
 * provider's share of the one configuration schema, so the two cannot drift apart. Every field
 * is optional: a provider sets only what it was given, and a consumer merges the chain
 * (own attribute > nearest provider > outer providers > built-in defaults).
 */
export type IxConfig = Pick<
  IxSettings,
  | 'href'
  | 'price'
  | 'currency'
  | 'trialDays'
  | 'interval'
  | 'locale'
  | 'theme'
  | 'utmSource'
  | 'product'
  | 'heading'
  | 'pitch'
  | 'trialText'
  | 'priceText'
  | 'perDayText'
  | 'label'
>;

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
