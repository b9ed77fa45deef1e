import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { TechniqueCard } from '../../catalog/schema.js';
import { requestedSections, sectionNames, type SectionName } from '../../catalog/sections.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { readConfig } from '../../shared/config/read-config.js';
import { ConfigWarnings } from '../../shared/config/warnings.js';
import { ixCardContext, ixConfigContext } from '../../shared/contexts.js';
import { emit } from '../../shared/emit.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dir, en } from '../../shared/language.js';
import { PageSchemeController } from '../../shared/page-scheme.js';
// The card renders <ix-trial-cta>, so using the card registers its call to action too.
import '../trial-cta/define.js';
import { cardBody } from './card-body.js';
import { fromCatalog, fromJson, fromUrl, type CardState } from './card-source.js';
import { showStructuredData } from './structured-data.js';
import type { IxCardErrorDetail, IxCardToggleDetail, IxCardViewDetail } from './technique-card.events.js';
import { styles } from './technique-card.styles.js';

interface CardEvents {
  'ix-card-view': IxCardViewDetail;
  'ix-card-toggle': IxCardToggleDetail;
  'ix-card-error': IxCardErrorDetail;
}

const defaultLevel = 3;

// Enough steps that a card taller than twice the viewport still reports crossing "half the screen".
const viewThresholds = Array.from({ length: 11 }, (_, i) => i / 10);

/**
 * A persuasion-technique card: why it works, how to do it, the evidence and its strength, the
 * sources, the common mistake, and a practice call to action (`<ix-trial-cta>`).
 *
 * The card comes from one of (first wins): `src` (a card as JSON, fetched and validated), a child
 * `<script type="application/json">` holding a card, or `technique` (a slug of the built-in
 * catalog). Anything that goes wrong is shown inside the card (`role="alert"`), warned once in
 * the console and reported with `ix-card-error`; the element never throws and is never blank.
 *
 * Put the card's plain HTML inside the element (`npm run embed -- <slug>` prints it): readers
 * and crawlers without JavaScript see it, and everyone sees it until the card is ready. Style
 * `ix-technique-card:not(:defined)` like the card (padding, border) so the upgrade does not move
 * the page.
 *
 * The card gives its `<ix-trial-cta>` the pitch, slug and trial terms through context, so the
 * page's `<ix-provider>` still decides the signup link and pricing. While a card is shown, the
 * page holds one `<script type="application/ld+json">` for it (schema.org HowTo with citations)
 * in the light DOM of an element showing it: the same card shown twice is described once, the
 * block moves to another copy when its element goes and leaves with the last; under Trusted
 * Types it uses a policy named `ix-widgets`.
 *
 * @tagname ix-technique-card
 * @summary A persuasion-technique card with evidence, sources and a practice call to action.
 *
 * @slot - Fallback content (the card as plain HTML), shown before the element upgrades, while a
 *   `src` card loads, and under an error message.
 *
 * @event {CustomEvent<IxCardViewDetail>} ix-card-view - Once per card, when half of it (or half the screen) shows it. `detail: { slug }`.
 * @event {CustomEvent<IxCardToggleDetail>} ix-card-toggle - A compact section was opened or closed. `detail: { slug, section, open }`.
 * @event {CustomEvent<IxCardErrorDetail>} ix-card-error - The card could not be shown. `detail: { slug, src, reason, message }`, reason one of
 *   `missing`, `unknown-slug`, `fetch`, `json`, `schema`.
 *
 * @csspart card - The <article> (or the error box).
 * @csspart header - Title and summary.
 * @csspart title - The card's title heading.
 * @csspart summary - The one-line summary under the title.
 * @csspart section - Every section (`<section>`, or `<details>` in the compact variant).
 * @csspart section-why - The "Why it works" section; likewise section-how, section-evidence,
 *   section-sources, section-mistake, section-cta.
 * @csspart section-how - The "How to do it" section.
 * @csspart section-evidence - The evidence section.
 * @csspart section-sources - The sources section.
 * @csspart section-mistake - The common-mistake section.
 * @csspart section-cta - The section around the call to action.
 * @csspart heading - Every section heading (the `<summary>` in the compact variant).
 * @csspart heading-why - The heading of one section; likewise heading-how, heading-evidence,
 *   heading-sources, heading-mistake, heading-cta (compact only).
 * @csspart heading-how - The "How to do it" heading.
 * @csspart heading-evidence - The "Evidence" heading.
 * @csspart heading-sources - The "Sources" heading.
 * @csspart heading-mistake - The "Common mistake" heading.
 * @csspart heading-cta - The call to action's disclosure label (compact variant).
 * @csspart toggle - The `<summary>` of a compact section.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart badge - The evidence-strength badge ("Evidence: observational").
 * @csspart caveat - The evidence caveat beside the badge.
 * @csspart citations - The list of sources.
 * @csspart citation - One source.
 * @csspart link - A DOI or source link.
 * @csspart callout - The common-mistake callout.
 * @csspart cta - The `<ix-trial-cta>` inside the card.
 * @csspart error - The error message (`role="alert"`).
 * @csspart loading - The box shown while a `src` card loads.
 *
 * @cssprop --ix-color-accent - Links, badge, step numbers, the practice button and focus ring.
 * @cssprop --ix-color-on-accent - Text on the practice button (the call to action's link).
 * @cssprop --ix-color-text - Body text.
 * @cssprop --ix-color-muted - Summary, caveat and citations.
 * @cssprop --ix-color-surface - Card background.
 * @cssprop --ix-color-border - Card and section borders.
 * @cssprop --ix-color-danger - The common-mistake callout and error messages.
 * @cssprop --ix-color-focus - Focus ring (defaults to the accent).
 * @cssprop --ix-font-family - Font (default: the prose's around it — the nearest paragraph, else the surrounding text).
 * @cssprop --ix-font-size - Base font size (default: the prose's around it — the nearest paragraph, else the surrounding text — at least 14px).
 * @cssprop --ix-radius - Corner radius.
 * @cssprop --ix-space - Base spacing unit.
 */
export class IxTechniqueCard extends LitElement {
  // Internal reactive state: declared here, not in `properties`, so the manifest lists no attribute for it.
  static {
    for (const name of ['cardState']) this.createProperty(name, { state: true });
  }

  // A static getter rather than decorators: smaller output, and the template analyzer reads it.
  static override get properties() {
    return {
      technique: { reflect: true },
      src: {},
      variant: {},
      sections: {},
      headingLevel: { attribute: 'heading-level', type: Number },
      theme: { reflect: true },
      cta: {},
      noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    };
  }

  static override styles = styles;

  /** Slug of a card in the built-in catalog, e.g. `make-the-step-down-visibly-deliberate`. */
  technique?: string;

  /** URL of a card as JSON (same shape as the catalog's cards); wins over `technique`. */
  src?: string;

  /** `full` shows every section; `compact` shows title and summary with each section collapsible. */
  variant: 'full' | 'compact' = 'full';

  /** Comma-separated sections to show, in order: `why,how,evidence,sources,mistake,cta` (the default). */
  sections?: string;

  /** Level of the title heading, 2–6; section headings are one level below. */
  headingLevel = 3;

  /**
   * `light` or `dark`; unset follows the nearest `<ix-provider>`, then the page (its declared
   * `color-scheme`, else the background behind the card, else `prefers-color-scheme`). The
   * element never writes this attribute: the theme in use is in `resolved-theme`.
   */
  theme?: 'light' | 'dark';

  /** `none` hides the practice call to action. */
  cta?: 'none';

  /** Leave out the schema.org JSON-LD the card otherwise adds to the page. */
  noStructuredData = false;

  private cardState: CardState = { status: 'loading' };

  readonly #config = new ContextConsumer(this, { context: ixConfigContext, subscribe: true });
  readonly #cardInfo = new ContextProvider(this, { context: ixCardContext });
  readonly #scheme = new PageSchemeController(this);
  readonly #warnings = new ConfigWarnings(this);
  #level = defaultLevel;
  #fetching?: AbortController;
  #viewObserver?: IntersectionObserver;
  #viewedCard?: TechniqueCard;
  #shown?: { card: TechniqueCard; key: string; body: Node; cta: Element | null };

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated && (this.cardState.status === 'loading' || this.cardState.status === 'ready')) {
      // Moved in the DOM: a fetch cut short by disconnecting restarts; structured data returns.
      if (this.cardState.status === 'loading') this.#loadCard();
      this.#syncStructuredData();
    }
    this.#viewObserver = new IntersectionObserver((entries) => this.#onIntersection(entries), { threshold: viewThresholds });
    this.#viewObserver.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#fetching?.abort();
    this.#viewObserver?.disconnect();
    showStructuredData(this, undefined);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (!this.hasUpdated || changed.has('technique') || changed.has('src')) this.#loadCard();
    if (changed.has('variant') && this.variant !== 'full' && this.variant !== 'compact') {
      this.#warn(`variant="${String(this.variant)}" is not "full" or "compact"; using "full"`);
    }
    if (changed.has('cta') && this.cta !== undefined && this.cta !== 'none') {
      this.#warn(`cta="${String(this.cta)}" is not "none"; showing the call to action`);
    }
    // The heading level and theme are configuration fields: checked and warned about as every
    // element's are (and as the embed builder shows them). Show what the page wrote, not NaN.
    const headingLevel = Number.isNaN(this.headingLevel) ? this.getAttribute('heading-level') : this.headingLevel;
    const { config, problems } = readConfig({ headingLevel, theme: this.theme || undefined });
    this.#warnings.report(problems, { headingLevel: defaultLevel });
    this.#level = config.headingLevel ?? defaultLevel;
    this.#scheme.apply(config.theme ?? this.#config.value?.theme);
    if (changed.has('sections') && this.sections) {
      const unknown = requestedSections(this.sections ?? '').filter((name) => !sectionNames.includes(name as SectionName));
      if (unknown.length) {
        this.#warn(`sections="${this.sections}": ignoring unknown section${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${sectionNames.join(', ')})`);
      }
    }
  }

  protected override updated(changed: PropertyValues) {
    if (changed.has('cardState') || changed.has('noStructuredData')) this.#syncStructuredData();
    if (changed.has('cardState') && this.cardState.status === 'ready' && this.#viewObserver) {
      // Re-observing delivers a fresh entry, so a card that loads while already on screen counts.
      this.#viewObserver.unobserve(this);
      this.#viewObserver.observe(this);
    }
  }

  /** Picks the source (src > inline JSON > technique) and resolves the card from it. */
  #loadCard() {
    this.#fetching?.abort();
    this.#fetching = undefined;
    const inline = this.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (this.src) {
      const controller = (this.#fetching = new AbortController());
      this.cardState = { status: 'loading' };
      void fromUrl(this.src, controller.signal).then((result) => {
        if (result && !controller.signal.aborted) this.#setCard(result);
      });
    } else if (inline) {
      this.#setCard(fromJson(inline.text, 'the card in <script type="application/json">'));
    } else if (this.technique) {
      this.#setCard(fromCatalog(this.technique));
    } else {
      this.#setCard({ status: 'error', reason: 'missing', message: 'no card given: set technique, src, or put the card in a <script type="application/json"> child' });
    }
  }

  #setCard(next: CardState) {
    this.cardState = next;
    if (next.status === 'ready') {
      const { card } = next;
      this.#cardInfo.setValue({ slug: card.slug, title: card.title, ...card.cta });
    } else if (next.status === 'error') {
      this.#warn(next.message);
      this.#emit('ix-card-error', { slug: this.technique, src: this.src, reason: next.reason, message: next.message });
    }
  }

  #onIntersection(entries: IntersectionObserverEntry[]) {
    const entry = entries[entries.length - 1]!;
    const screen = entry.rootBounds?.height ?? innerHeight;
    const halfShown = entry.intersectionRatio >= 0.5 || (entry.isIntersecting && entry.intersectionRect.height >= screen / 2);
    if (!halfShown || this.cardState.status !== 'ready' || this.#viewedCard === this.cardState.card) return;
    this.#viewedCard = this.cardState.card;
    this.#emit('ix-card-view', { slug: this.cardState.card.slug });
  }

  #syncStructuredData() {
    showStructuredData(this, this.cardState.status === 'ready' && !this.noStructuredData && this.isConnected ? this.cardState.card : undefined);
  }

  #shownSections(): SectionName[] {
    const chosen = [...new Set(requestedSections(this.sections ?? ''))].filter((name): name is SectionName => sectionNames.includes(name as SectionName));
    const order = chosen.length ? chosen : sectionNames;
    return this.cta === 'none' ? order.filter((name) => name !== 'cta') : order;
  }

  #warn(message: string) {
    const label = this.technique ? ` technique="${this.technique}"` : this.src ? ` src="${this.src}"` : '';
    console.warn(`[ix-widgets] <ix-technique-card${label}>: ${message}`);
  }

  #emit<Type extends keyof CardEvents>(type: Type, detail: CardEvents[Type]) {
    emit(this, type, detail);
  }

  /** The light DOM holds more than our own scripts and whitespace: the author gave a fallback. */
  #hasFallback() {
    return [...this.childNodes].some((node) => (node instanceof Element ? node.localName !== 'script' : node.nodeType === Node.TEXT_NODE && node.textContent?.trim()));
  }

  override render() {
    const state = this.cardState;
    // Any other state replaces the <article>, and the copy of the content with it.
    if (state.status !== 'ready') this.#shown = undefined;
    if (state.status === 'loading') {
      return html`<div part="loading" class="loading" aria-busy="true">
        <slot>${this.#hasFallback() ? nothing : html`<p lang="en" dir="ltr">Loading technique card…</p>`}</slot>
      </div>`;
    }
    if (state.status === 'error') {
      return html`<div part="card" class="card error">
          <p part="error" role="alert" lang="en" dir="ltr"><strong>This technique card could not be shown:</strong> ${state.message}</p>
        </div>
        <slot></slot>`;
    }
    const compact = this.variant === 'compact';
    return html`<article
      part="card"
      class="card ${compact ? 'compact' : 'full'}${this.#hasFallback() ? '' : ' deferred'}"
      aria-labelledby="title"
      lang=${ifDefined(en(!!state.builtIn))}
      dir=${dir(!!state.builtIn)}
      @toggle=${compact ? this.#onToggle : nothing}
      >${this.#body(state.card, compact)}</article
    >`;
  }

  /** The card's content, built or copied (card-body.ts) when the card or its options change. */
  #body(card: TechniqueCard, compact: boolean): Node {
    const options = { level: this.#level, compact, sections: this.#shownSections() };
    const key = JSON.stringify(options);
    if (this.#shown?.card !== card || this.#shown.key !== key) {
      const { body, warnings } = cardBody(card, options, key);
      for (const message of warnings) this.#warn(message);
      this.#shown = { card, key, body, cta: body.querySelector('ix-trial-cta') };
    }
    // The call to action follows the card's light or dark, which changes with the page: set on
    // this copy, not built into the master, so a page switching schemes rebuilds nothing.
    this.#shown.cta?.setAttribute('theme', this.#scheme.value);
    return this.#shown.body;
  }

  // Toggles do not bubble; the capture phase on the <article> sees every section's.
  readonly #onToggle = {
    capture: true,
    handleEvent: (event: Event) => {
      const details = event.target as HTMLDetailsElement;
      const section = sectionNames.find((name) => details.classList.contains(name));
      if (this.cardState.status !== 'ready' || !section) return;
      this.#emit('ix-card-toggle', { slug: this.cardState.card.slug, section, open: details.open });
    },
  };
}
