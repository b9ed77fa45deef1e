import { ContextConsumer, ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { builtInConfig, ConfigWarnings, mergeConfig, ownSettings, readConfig } from '../../shared/config/index.js';
import { ixConfigContext, type IxConfig } from '../../shared/contexts.js';

/**
 * Page-level settings for every IX element inside it — also elements added later and those
 * inside other elements' shadow roots — delivered through `@lit/context`.
 *
 * A nested provider merges its parent's settings: for each field the nearest provider that sets
 * it wins, and an element's own attribute beats every provider. Changing an attribute updates
 * every element inside at once. Bad values are warned about once and left to the outer provider
 * or the built-in default.
 *
 * The provider draws nothing (`display: contents`): it does not take the theme tokens either,
 * since colours set on it would leak into the page content it wraps.
 *
 * @tagname ix-provider
 * @summary Page-level signup link, price, currency, locale, theme and words for every IX element inside.
 *
 * @slot - The page content holding IX elements.
 */
export class IxProvider extends LitElement {
  // A static getter rather than decorators: smaller output, and the template analyzer reads it.
  static override get properties() {
    return {
      href: {},
      price: {},
      currency: {},
      trialDays: { attribute: 'trial-days' },
      interval: {},
      locale: {},
      theme: {},
      utmSource: { attribute: 'utm-source' },
      product: {},
      heading: {},
      pitch: {},
      trialText: { attribute: 'trial-text' },
      priceText: { attribute: 'price-text' },
      perDayText: { attribute: 'per-day-text' },
      label: {},
    };
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Signup link for every call to action inside (http(s) or relative). */
  href?: string;

  /** Plan price, a number ≥ 0. */
  price?: number | string;

  /** ISO 4217 currency code, e.g. `EUR`. */
  currency?: string;

  /** Free trial length in days, 0–365 (0: no trial). */
  trialDays?: number | string;

  /** Billing interval: `month` or `year`. */
  interval?: string;

  /** BCP 47 locale for numbers and money, e.g. `de-DE`. */
  locale?: string;

  /** `light` or `dark` for every element inside that has no `theme` of its own. */
  theme?: string;

  /** `utm_source` for every link inside. */
  utmSource?: string;

  /** Product name (fills `{product}`). */
  product?: string;

  /** Heading template for calls to action inside, e.g. "Üben mit {product}". */
  heading?: string;

  /** The call to action's middle sentence, e.g. "Üben Sie Ihre nächste Bitte mit {product}." (a card's own pitch gives way to it). */
  pitch?: string;

  /** Trial words, e.g. "{days} Tage kostenlos, dann". */
  trialText?: string;

  /** Price words, e.g. "{price}/Monat". */
  priceText?: string;

  /** Per-day words, e.g. "(~{perDay}/Tag)". */
  perDayText?: string;

  /** Link text, e.g. "{days} Tage kostenlos testen". */
  label?: string;

  readonly #outer = new ContextConsumer(this, { context: ixConfigContext, subscribe: true });
  readonly #provider = new ContextProvider(this, { context: ixConfigContext, initialValue: {} });
  readonly #warnings = new ConfigWarnings(this);

  /** The merged settings this provider hands down (its own valid values over its parent's). */
  get config(): IxConfig {
    return this.#provider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { config: own, problems } = readConfig(ownSettings(this));
    const parent = this.#outer.value;
    this.#warnings.report(problems, mergeConfig<IxConfig>(parent, builtInConfig));
    this.#provider.setValue(mergeConfig<IxConfig>(own, parent));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
