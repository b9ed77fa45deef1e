import type { IxSettings } from './schema.js';

/**
 * Built-in defaults: the last layer of every merge. The words are English; a site replaces them
 * with the text attributes (on the element or its <ix-provider>) — numbers and money are always
 * formatted for the configured locale.
 */
export const builtInConfig = {
  // Where every call to action links when neither it nor a provider sets `href`; sites should set theirs.
  href: 'https://ixcoach.com/signup',
  price: 40,
  currency: 'USD',
  trialDays: 7,
  interval: 'month',
  locale: 'en-US',
  // The package name, so a site that sets nothing is still told apart in analytics.
  utmSource: 'ix-widgets',
  layout: 'inline',
  headingLevel: 3,
  product: 'IX Coach',
  heading: 'Practice this with {product}',
  pitch: 'Rehearse your next ask with {product} and get feedback on the exact words you plan to use.',
} satisfies IxSettings;

/** Settings after the merge: every field with a built-in default is present. */
export type ResolvedSettings = IxSettings & Required<Pick<IxSettings, keyof typeof builtInConfig>>;

/** Templates whose default depends on other settings; `{days}`, `{price}`, `{perDay}`, `{product}` are filled in. */
export const builtInWords = {
  trialOne: '{days} day free, then',
  trialOther: '{days} days free, then',
  month: '{price}/month',
  year: '{price}/year',
  perDay: '(~{perDay}/day)',
  labelWithTrial: 'Start your {days}-day free trial',
  labelWithoutTrial: 'Get {product}',
};
