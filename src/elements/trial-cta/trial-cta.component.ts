import { LitElement, html, type PropertyValues } from 'lit';
import {
  builtInConfig,
  cardLayer,
  ConfigWarnings,
  fill,
  linkLabel,
  mergeConfig,
  ownSettings,
  placeholders,
  readConfig,
  termsLine,
  withParams,
  type ResolvedSettings,
} from '../../shared/config/index.js';
import { ContextConsumer } from '@lit/context';
import { ixCardContext, ixConfigContext } from '../../shared/contexts.js';
import { emit } from '../../shared/emit.js';
import { PageSchemeController } from '../../shared/page-scheme.js';
import { tokenStyles } from '../../shared/tokens.styles.js';
import type { IxCtaClickDetail } from './trial-cta.events.js';
import { heading } from '../../shared/heading.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dir, en } from '../../shared/language.js';
import { trialCtaStyles } from './trial-cta.styles.js';

/**
 * One run of the call to action's own words, with its language and direction (shared/language.ts).
 * Inside the slot, not on the paragraph: a direction taken from the text must see the text, and
 * a slot hides its default content from the paragraph's dir="auto".
 */
const run = (builtIn: boolean, words: string) => html`<span lang=${ifDefined(en(builtIn))} dir=${dir(builtIn)}>${words}</span>`;

/**
 * The trial call to action: heading, pitch, honest terms ("7 days free, then $40/month
 * (~$1.30/day)") and a real link styled as a button.
 *
 * Every setting resolves field by field: own attribute > nearest `<ix-provider>` > outer
 * providers > the enclosing card's terms > built-in defaults. A bad value is warned about once
 * (naming element, attribute and value) and the next value in that order is used.
 *
 * Text attributes are templates: `{product}`, `{days}`, `{price}` and `{perDay}` are replaced
 * by values formatted for the locale and currency.
 *
 * The theme in use (own `theme` > provider > the page around it) is applied through the internal
 * `resolved-theme` attribute, so the element's own `theme` attribute is never written by the
 * element and always wins.
 *
 * @tagname ix-trial-cta
 * @summary The trial call to action with honest, localised pricing and a campaign-tagged link.
 *
 * @slot heading - Replaces the heading text.
 * @slot pitch - Replaces the pitch.
 * @slot terms - Replaces the whole terms line.
 * @slot label - Replaces the link text.
 *
 * @event {CustomEvent<IxCtaClickDetail>} ix-cta-click - Bubbling, composed and cancelable; fired
 *   before the link navigates, with `{ href, placement, technique }`. `preventDefault()` stops the
 *   navigation (to open a signup dialog instead).
 *
 * @csspart base - The box around everything (its look changes with `layout`).
 * @csspart heading - The heading.
 * @csspart pitch - The pitch paragraph.
 * @csspart terms - The terms line.
 * @csspart link - The link styled as a button.
 *
 * @cssprop --ix-color-accent - Button background and focus ring.
 * @cssprop --ix-color-on-accent - Button text.
 * @cssprop --ix-color-text - Heading and pitch text.
 * @cssprop --ix-color-muted - Terms text.
 * @cssprop --ix-color-surface - Background.
 * @cssprop --ix-color-border - Border.
 * @cssprop --ix-color-focus - Focus ring (defaults to the accent).
 * @cssprop --ix-font-family - Font (default: the prose's around it — the nearest paragraph, else the surrounding text).
 * @cssprop --ix-font-size - Base font size (default: the prose's around it — the nearest paragraph, else the surrounding text — at least 14px).
 * @cssprop --ix-radius - Corner radius of the box and the button.
 * @cssprop --ix-space - Spacing unit.
 */
export class IxTrialCta extends LitElement {
  // A static getter rather than decorators: smaller output, and the template analyzer reads it.
  static override get properties() {
    return {
      product: {},
      trialDays: { attribute: 'trial-days' },
      price: {},
      currency: {},
      interval: {},
      locale: {},
      href: {},
      campaign: {},
      placement: {},
      technique: {},
      layout: {},
      utmSource: { attribute: 'utm-source' },
      headingLevel: { attribute: 'heading-level' },
      heading: {},
      pitch: {},
      trialText: { attribute: 'trial-text' },
      priceText: { attribute: 'price-text' },
      perDayText: { attribute: 'per-day-text' },
      label: {},
      theme: { reflect: true },
    };
  }

  static override styles = [tokenStyles, trialCtaStyles];

  /** Product name; fills `{product}` (default "IX Coach", or the card's). */
  product?: string;

  /** Length of the free trial in days, 0–365; 0 means no trial (default 7). */
  trialDays?: number | string;

  /** Plan price per `interval`, a number ≥ 0 (default 40). */
  price?: number | string;

  /** ISO 4217 currency code the browser knows, e.g. `EUR` (default `USD`). */
  currency?: string;

  /** Billing interval: `month` or `year` (default `month`). */
  interval?: string;

  /** BCP 47 locale for numbers and money, e.g. `de-DE` (default `en-US`). */
  locale?: string;

  /** Signup link: http(s) or relative; anything else is refused with a warning. */
  href?: string;

  /** `utm_campaign` (default: the card's slug when inside a card). */
  campaign?: string;

  /** Where the CTA sits, sent as `utm_content` and in `ix-cta-click`. */
  placement?: string;

  /** Technique slug reported in `ix-cta-click` (default: the card's slug). */
  technique?: string;

  /** `inline` (a card-like block, default), `banner` (full-width strip) or `compact` (terms and link on one line). */
  layout?: string;

  /** `utm_source` (default "ix-widgets"). */
  utmSource?: string;

  /** Heading level 2–6 (default 3). */
  headingLevel?: number | string;

  /** Heading template (default "Practice this with {product}"). */
  heading?: string;

  /** Pitch text (default: the card's pitch, or a general one). */
  pitch?: string;

  /** Trial words (default "{days} days free, then", "{days} day free, then" for one day). */
  trialText?: string;

  /** Price words (default "{price}/month" or "{price}/year"). */
  priceText?: string;

  /** Per-day words (default "(~{perDay}/day)"). */
  perDayText?: string;

  /** Link text (default "Start your {days}-day free trial", or "Get {product}" without a trial). */
  label?: string;

  /** `light` or `dark`; unset follows the provider, then the page behind it, then `prefers-color-scheme`. */
  theme?: string;

  readonly #pageConfig = new ContextConsumer(this, { context: ixConfigContext, subscribe: true });
  readonly #card = new ContextConsumer(this, { context: ixCardContext, subscribe: true });
  readonly #warnings = new ConfigWarnings(this);
  readonly #scheme = new PageSchemeController(this);
  #settings: ResolvedSettings = builtInConfig;
  #finalHref = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const card = this.#card.value;
    const below = mergeConfig(this.#pageConfig.value, card && cardLayer(card), builtInConfig);
    const { config: own, problems } = readConfig(ownSettings(this));
    this.#warnings.report(problems, below);
    const s = (this.#settings = mergeConfig(own, below) as ResolvedSettings);
    this.#scheme.apply(s.theme);
    this.#finalHref = withParams(s.href, {
      utm_medium: 'widget',
      utm_source: s.utmSource,
      utm_campaign: s.campaign,
      utm_content: s.placement,
    });
  }

  // An arrow function: the template hands it to addEventListener as is.
  readonly #onClick = (event: MouseEvent): void => {
    const detail: IxCtaClickDetail = {
      href: this.#finalHref,
      placement: this.#settings.placement,
      technique: this.#settings.technique,
    };
    if (!emit(this, 'ix-cta-click', detail, true)) event.preventDefault();
  };

  protected override render() {
    const s = this.#settings;
    const values = placeholders(s);
    // Which runs hold the built-in English (see shared/language.ts); a card's pitch is its author's.
    const ownTerms = !(s.trialText || s.priceText || s.perDayText);
    const ownHeading = s.heading === builtInConfig.heading;
    const ownPitch = s.pitch === builtInConfig.pitch;
    const terms = html`<p part="terms" class="terms" id="terms"><slot name="terms">${run(ownTerms, termsLine(s, values))}</slot></p>`;
    const link = html`<a part="link" class="button" href=${this.#finalHref} aria-describedby="terms" @click=${this.#onClick}
      ><slot name="label">${run(!s.label, linkLabel(s, values))}</slot></a
    >`;
    if (s.layout === 'compact') return html`<div part="base" class="base compact">${terms}${link}</div>`;
    return html`<div part="base" class="base ${s.layout}">
      <div class="text">
        ${heading(s.headingLevel, 'heading', html`<slot name="heading">${run(ownHeading, fill(s.heading, values))}</slot>`)}
        <p part="pitch" class="pitch"><slot name="pitch">${run(ownPitch, fill(s.pitch, values))}</slot></p>
        ${terms}
      </div>
      ${link}
    </div>`;
  }
}
