/**
 * The embed builder: choose an element, set its options and theme, watch the live preview, copy
 * one snippet. Everything it knows about the elements comes from custom-elements.json
 * (src/embed/element-options.ts); every value is checked by the elements' own validation and the
 * snippet is made by the same code as `npm run embed` (src/embed/). The whole configuration lives
 * in the page's query string, so a link shares it.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { TechniqueCard } from '../../src/catalog/schema.js';
import type { AttributeOption, ElementOptions, TokenOption } from '../../src/embed/element-options.js';
import {
  checkConfig,
  configFromQuery,
  configToQuery,
  defaultConfig,
  embeddableTags,
  pageLookKeys,
  providerTag,
  type PageLookKey,
  type CheckedConfig,
  type EmbedConfig,
  type FieldProblem,
  type FieldValue,
  type OptionsByTag,
  type QueryProblem,
  type TokenCheck,
} from '../../src/embed/embed-config.js';
import { defaultEmbedBase } from '../../src/embed/embed-page-url.js';
import { formNames } from '../../src/embed/platforms.js';
import { declarativeShadow } from '../../src/embed/declarative-shadow.js';
import { elementMarkup, embedSnippet, styleBlock, termsPreview, type BundleInfo } from '../../src/embed/snippet.js';
import { suggestButtonText, suggestColour, type ButtonTextSuggestion, type ColourSuggestion } from './colour-suggestion.js';
import { contrastRatio, resolveColor, toHex, type Rgba } from './contrast.js';
import { copyMessage, copyText } from './copy.js';
import { attributeField, docText, fieldId, lookField, sectionsField, techniqueField, tokenField } from './fields.js';
import { hostPages } from './host-pages.js';
import { choosePlatform, embedBaseNote, platformSection, withCode, type Chosen } from './platform-section.js';
import { frameConfig } from './frame-look.js';
import { PreviewFrame, type BundleState } from './preview.js';
import { contrastPairs, presets, type Painter, type Preset } from './theme.js';
import { wordSets, type WordSet } from './word-sets.js';
import { attributeWording, elementWording, tokenWording } from './wording.js';

export interface BuilderSetup {
  options: OptionsByTag;
  bundle: BundleInfo;
  /** Where this server serves the exact bytes of the built bundle (the preview loads it from there). */
  bundleSrc: string;
  catalog: readonly TechniqueCard[];
  /**
   * The embed site's address the link and frame forms point to: the base this builder was built
   * for (`IX_EMBED_BASE`, which ix-widgets.json carries), else the local preview's.
   */
  embedBase?: string;
}

/** The main copy action's words for each form. */
const formWord: Record<keyof typeof formNames, string> = { script: 'the snippet', link: 'the link', iframe: 'the frame' };

const elementNames: Record<string, string> = Object.fromEntries(Object.entries(elementWording).map(([tag, wording]) => [tag, wording.label]));

/** How the form groups attributes; an attribute not named here goes under "More options". */
const groups: readonly { legend: string; names: readonly string[] }[] = [
  { legend: 'What it shows', names: ['technique', 'src', 'variant', 'sections', 'cta', 'label', 'placeholder', 'first-request', 'show-first-request', 'examples', 'remember', 'debounce', 'no-structured-data'] },
  { legend: 'Price and free trial', names: ['price', 'currency', 'interval', 'trial-days', 'locale'] },
  { legend: 'Signup link and statistics', names: ['href', 'campaign', 'placement', 'utm-source'] },
  { legend: 'Words', names: ['product', 'heading', 'pitch', 'trial-text', 'price-text', 'per-day-text', 'other-language-text'] },
  { legend: 'Look', names: ['layout', 'heading-level', 'theme'] },
];

/** On the call to action and the provider, `label` is the link's words and `technique` a tracking slug. */
function groupOf(tag: string, name: string): string {
  if (tag !== 'ix-technique-card' && tag !== 'ix-concession-checker') {
    if (name === 'label') return 'Words';
    if (name === 'technique') return 'Signup link and statistics';
  }
  return groups.find((group) => group.names.includes(name))?.legend ?? 'More options';
}

/** A field's name as its label shows it (for lists of problems). */
function fieldName(tag: string, scope: FieldProblem['scope'], name: string): string {
  const label = (scope === 'token' ? tokenWording(name) : attributeWording(scope === 'provider' ? providerTag : tag, name))?.label ?? name;
  return scope === 'provider' ? `${label} (page-wide)` : label;
}

/** The colour the contrast readout offers a passing shade of: the one the elements paint most with. */
const accentToken = '--ix-color-accent';

/** The reader's own page, as the preview imitates it. */
const pageLook: Record<PageLookKey, { label: string; hint: string; kind: 'color' | 'font'; picker: string; example: string }> = {
  // Each example is the kind of value that field takes: a page is usually light, its text dark.
  background: { label: 'Your page’s background', hint: 'The colour behind your articles.', kind: 'color', picker: '#ffffff', example: 'e.g. #fffaf0' },
  text: { label: 'Your page’s text colour', hint: 'The colour of your articles’ text.', kind: 'color', picker: '#1b1f24', example: 'e.g. #222222' },
  font: { label: 'Your page’s font', hint: 'As your site names it, e.g. Georgia, serif.', kind: 'font', picker: '', example: 'e.g. Georgia, serif' },
};

/** The element's token each part of the page look becomes when the reader gives the element their page's look too. */
const lookTokens: Record<PageLookKey, { token: string; words: string }> = {
  background: { token: '--ix-color-surface', words: 'background' },
  text: { token: '--ix-color-text', words: 'text colour' },
  font: { token: '--ix-font-family', words: 'font' },
};

/** "a", "a and b", "a, b and c". */
const wordList = (words: readonly string[]) => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? ''));

/** The preview pages a preset may switch between (a page the reader chose from the gallery, or their own, stays). */
const plainPages = new Set([undefined, 'light', 'dark', 'serif-blog']);

const supports: TokenCheck = (token, value) => {
  switch (token.kind) {
    case 'color':
      return CSS.supports('color', value);
    case 'length':
      // Inside calc() only a length (or percentage) is valid: `auto` and bare numbers are not.
      return CSS.supports('width', `calc(${value} + 0px)`);
    case 'font':
      return CSS.supports('font-family', value);
    default:
      return true;
  }
};

interface ContrastRow {
  id: string;
  what: string;
  ratio: number;
  minimum: number;
  foregroundHex: string;
  backgroundHex: string;
}

export class EmbedBuilder {
  private config: EmbedConfig;
  private readonly queryProblems: QueryProblem[];
  private checked!: CheckedConfig;
  private snippet = '';
  /** The element's first paint, written from the preview once it has rendered this configuration (src/embed/declarative-shadow.ts). */
  private firstPaint = '';
  /** The preview catching up with the latest change; a copy waits for it, so it copies the first paint too. */
  private previewDone: Promise<void> = Promise.resolve();
  /** The configuration as this page's query string (its shareable link). */
  private query = '';
  private bundleState: BundleState = 'loading';
  private contrast?: { rows: ContrastRow[]; scheme: string; suggestion?: ColourSuggestion; buttonText?: ButtonTextSuggestion };
  private effectiveHex: Record<string, string> = {};
  private copyStatus = '';
  private revision = 0;
  private preview?: PreviewFrame;
  /** The currency a word set brought (and where it was set), until the reader keeps or turns it down. */
  private currencyChange?: { scope: 'element' | 'provider'; from: string | undefined; fromCode: string; to: string; set: WordSet };
  /** The button text colour the suggestion replaced, so the reader can go back to their own. */
  private buttonTextChange?: { from: string | undefined; to: string };
  /** The accent the suggestion replaced, so the reader can go back to their own. */
  private accentChange?: { from: string | undefined; to: string };
  /** The element's tokens the page look replaced, so the reader can go back to what they were. */
  private lookChange?: { before: Record<string, string | undefined>; after: Record<string, string> };
  /** The colour token just changed, for the preview to show a part painted with it. */
  private revealColour?: string;
  /** Where the user will paste the embed (./platform-section.ts); '' until chosen. */
  private platform = '';

  constructor(
    private readonly root: HTMLElement,
    private readonly setup: BuilderSetup,
    query: string,
  ) {
    const parsed = configFromQuery(query, setup.options, setup.catalog[0]?.slug);
    this.config = parsed.config;
    this.queryProblems = parsed.problems;
    if (this.config.page && !hostPages.some((page) => page.id === this.config.page)) {
      this.queryProblems.push({ key: 'page', value: this.config.page, message: `no such preview page; known: ${hostPages.map((p) => p.id).join(', ')}` });
      delete this.config.page;
    }
  }

  start(): void {
    // The page's "Loading…" text goes; lit renders into the emptied root from here on.
    this.root.replaceChildren();
    this.recompute();
    this.draw();
    const frame = this.root.querySelector<HTMLIFrameElement>('#preview-frame')!;
    this.preview = new PreviewFrame(frame, { src: this.setup.bundleSrc, integrity: this.setup.bundle.integrity }, (state) => {
      this.bundleState = state;
      this.draw();
    });
    void this.preview.open(this.page().url, this.page().slot);
    void this.updatePreview();
  }

  private get embedBase(): string {
    return this.setup.embedBase ?? defaultEmbedBase;
  }

  private get options(): ElementOptions {
    return this.setup.options.get(this.config.element)!;
  }

  private page() {
    return hostPages.find((page) => page.id === this.config.page) ?? hostPages[0]!;
  }

  private recompute(): void {
    this.checked = checkConfig(this.config, this.setup.options, supports);
    this.firstPaint = '';
    this.snippet = embedSnippet(this.checked.spec, this.setup.bundle);
    this.query = configToQuery(this.config, this.setup.options);
    history.replaceState(history.state, '', `${location.pathname}?${this.query}${location.hash}`);
  }

  /** Every change goes through here: new configuration, new snippet, new link, new preview. */
  private change(mutate: (config: EmbedConfig) => void): void {
    mutate(this.config);
    this.copyStatus = '';
    this.recompute();
    this.draw();
    void this.updatePreview();
  }

  /**
   * Why the snippet would show an error instead of the element, if it would: a card needs a card.
   * The snippet is then not copied, and a banner says what to fix.
   */
  private blocker(): string | undefined {
    const { spec } = this.checked;
    if (spec.tag !== 'ix-technique-card' || spec.card || spec.attributes.some(([name]) => name === 'src')) return undefined;
    const typed = this.config.attributes.technique;
    return typeof typed === 'string' && typed.trim()
      ? `There is no technique called “${typed.trim()}”, so the card would show an error instead. Choose one in the “Technique” list.`
      : 'No technique is chosen, so the card would show an error instead. Choose one in the “Technique” list.';
  }

  /** Brings the preview up to date; `previewDone` follows the latest such run. */
  private updatePreview(): Promise<void> {
    return (this.previewDone = this.refreshPreview());
  }

  private async refreshPreview(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    const revision = (this.revision += 1);
    this.root.dataset.revision = String(revision);
    let { spec } = this.checked;
    // A card that cannot be shown is previewed with what was typed, so the card's own message names it.
    const typed = this.config.attributes.technique;
    if (this.blocker() && typeof typed === 'string' && typed.trim()) spec = { ...spec, attributes: [['technique', typed.trim()], ...spec.attributes] };
    await preview.show([...styleBlock(spec.tag, spec.tokens), ...elementMarkup(spec)].join('\n'), this.validLook());
    await preview.settled(spec.tag);
    if (revision !== this.revision) return;
    const paint = this.blocker() ? undefined : await preview.firstPaint(elementMarkup(spec).join('\n'), spec.tag, declarativeShadow);
    if (revision !== this.revision) return;
    if (paint) {
      this.firstPaint = paint;
      this.snippet = embedSnippet(this.checked.spec, this.setup.bundle, { firstPaint: paint });
    }
    this.measureContrast();
    this.draw();
    const reveal = this.revealColour && this.effectiveHex[this.revealColour];
    this.revealColour = undefined;
    const element = preview.element(spec.tag);
    if (element && reveal) preview.reveal(element, [1, 3, 5].map((at) => parseInt(reveal.slice(at, at + 2), 16)) as [number, number, number]);
    // Tests (and anything else) can tell the preview has caught up with the form.
    this.root.dataset.settled = String(revision);
  }

  /** The colours the element really uses in the preview (page tokens, the snippet's, or its defaults), in its colour scheme. */
  private measureContrast(): void {
    const doc = this.preview?.document;
    const element = this.preview?.element(this.config.element);
    if (!doc || !element || this.bundleState !== 'ready') {
      this.contrast = undefined;
      return;
    }
    const style = doc.defaultView!.getComputedStyle(element);
    const scheme = style.colorScheme || 'normal';
    const tokens = new Map(this.options.tokens.map((token) => [token.name, token]));
    const cssValue = (name: string, depth = 0): string | undefined => {
      const value = style.getPropertyValue(name).trim() || tokens.get(name)?.default;
      const reference = value && /^var\((--[\w-]+)\)$/.exec(value);
      return reference && depth < 4 ? cssValue(reference[1]!, depth + 1) : value;
    };
    const colours = new Map<string, Rgba>();
    for (const token of this.options.tokens.filter((t) => t.kind === 'color')) {
      const value = cssValue(token.name);
      const rgba = value ? resolveColor(doc, value, scheme) : undefined;
      if (!rgba) continue;
      colours.set(token.name, rgba);
      this.effectiveHex[token.name] = toHex(rgba);
    }
    // A pair's colours with each token replaced by the colour it has here, then resolved by the browser (color-mix() too).
    const resolved = (expression: string) => {
      let known = true;
      const css = expression.replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
        const rgba = colours.get(name);
        if (!rgba) known = false;
        return rgba ? `rgb(${rgba[0]} ${rgba[1]} ${rgba[2]} / ${rgba[3]})` : 'transparent';
      });
      return known ? resolveColor(doc, css, scheme) : undefined;
    };
    const painters = this.painters();
    const painted = contrastPairs.filter((pair) => pair.painters.some((painter) => painters.has(painter)));
    const rows = painted
      .flatMap((pair): ContrastRow[] => {
        const background = resolved(pair.background);
        const foreground = resolved(pair.foreground);
        if (!foreground || !background) return [];
        return [{ ...pair, ratio: contrastRatio(foreground, background), foregroundHex: toHex(foreground), backgroundHex: toHex(background) }];
      });
    // `light dark` follows the preview page's preferred scheme, as the element does.
    const dark = scheme.includes('dark') && (!scheme.includes('light') || doc.defaultView!.matchMedia('(prefers-color-scheme: dark)').matches);
    // Unset tokens whose default is the accent (the focus ring) move with a suggested accent.
    const followers = this.options.tokens.filter((t) => t.default === `var(${accentToken})` && !style.getPropertyValue(t.name).trim()).map((t) => t.name);
    const suggestion = colours.has(accentToken) ? suggestColour(accentToken, painted, colours, followers) : undefined;
    const buttonText = colours.has(accentToken) ? suggestButtonText(painted, colours, accentToken, followers) : undefined;
    this.contrast = { rows, scheme: dark ? 'dark' : 'light', suggestion, buttonText };
  }

  /** What the element paints as configured: itself, and a call to action wherever it shows one. */
  private painters(): Set<Painter> {
    const { tag, attributes } = this.checked.spec;
    const value = (name: string) => attributes.find(([attribute]) => attribute === name)?.[1];
    const painters = new Set<Painter>([tag as Painter]);
    const sections = value('sections');
    const cardCta = tag === 'ix-technique-card' && value('cta') !== 'none' && (typeof sections !== 'string' || sections.split(',').includes('cta'));
    if (tag === 'ix-trial-cta' || cardCta || (tag === 'ix-concession-checker' && value('cta') === true)) painters.add('cta');
    if (tag === 'ix-trial-cta' && value('layout') === 'banner') painters.add('banner');
    return painters;
  }

  /** The page look's values the browser reads as what they claim to be. */
  private validLook(): Partial<Record<PageLookKey, string>> {
    return Object.fromEntries(pageLookKeys.flatMap((key) => (this.lookProblem(key) || !this.config.pageLook?.[key]?.trim() ? [] : [[key, this.config.pageLook[key].trim()]])));
  }

  private lookProblem(key: PageLookKey): string | undefined {
    const value = this.config.pageLook?.[key]?.trim();
    if (!value) return undefined;
    const kind = pageLook[key].kind;
    if (/[;{}<>]/.test(value) || !CSS.supports(kind === 'color' ? 'color' : 'font-family', value)) {
      return `“${value}” is not ${kind === 'color' ? 'a colour' : 'a font list'} this browser understands; the preview ignores it`;
    }
    return undefined;
  }

  private setLook(key: PageLookKey, value: string | undefined): void {
    const look = (this.config.pageLook ??= {});
    if (value === undefined) delete look[key];
    else look[key] = value;
    if (!Object.keys(look).length) delete this.config.pageLook;
    this.copyStatus = '';
    // Your colours show on your page: switch to it the first time one is set.
    if (this.config.pageLook && this.config.page !== 'yours') {
      this.changePage('yours');
      return;
    }
    this.recompute();
    this.draw();
    void this.updatePreview();
  }

  /** The element's tokens the page look would set: each valid part of the look the element has a token for. */
  private lookAsTokens(): Record<string, string> {
    const look = this.validLook();
    const own = new Set(this.options.tokens.map((token) => token.name));
    return Object.fromEntries(pageLookKeys.flatMap((key) => (look[key] && own.has(lookTokens[key].token) ? [[lookTokens[key].token, look[key]]] : [])));
  }

  /** The element takes the page's background, text colour and font, as its own tokens (so the snippet carries them). */
  private usePageLook(): void {
    const after = this.lookAsTokens();
    this.lookChange = { before: Object.fromEntries(Object.keys(after).map((name) => [name, this.config.tokens[name]])), after };
    this.change((config) => Object.assign(config.tokens, after));
  }

  private undoPageLook(): void {
    const change = this.lookChange;
    if (!change) return;
    this.lookChange = undefined;
    this.change((config) => {
      for (const [name, value] of Object.entries(change.before)) {
        if (value === undefined) delete config.tokens[name];
        else config.tokens[name] = value;
      }
    });
  }

  private problemFor(scope: FieldProblem['scope'], name: string): string | undefined {
    return this.checked.problems.find((problem) => problem.scope === scope && problem.name === name)?.message;
  }

  private setAttribute(scope: 'element' | 'provider', name: string, value: FieldValue | undefined): void {
    this.change((config) => {
      const target = scope === 'element' ? config.attributes : (config.provider ??= {});
      if (value === undefined || value === false) delete target[name];
      else target[name] = value;
    });
  }

  private setToken(name: string, value: string | undefined): void {
    // A colour's change should be seen: the preview brings a part in that colour into view once it has it.
    if (this.options.tokens.some((token) => token.name === name && token.kind === 'color')) this.revealColour = name;
    this.change((config) => {
      if (value === undefined) delete config.tokens[name];
      else config.tokens[name] = value;
    });
  }

  private chooseElement(tag: string): void {
    if (tag === this.config.element) return;
    this.change((config) => {
      config.element = tag;
      config.attributes = defaultConfig(this.setup.options, tag, this.setup.catalog[0]?.slug).attributes;
      const tokens = new Set(this.setup.options.get(tag)!.tokens.map((t) => t.name));
      config.tokens = Object.fromEntries(Object.entries(config.tokens).filter(([name]) => tokens.has(name)));
    });
  }

  private applyPreset(preset: Preset): void {
    // "Dark" shows a dark page too, "Light" a light one, unless the preview is a page the reader picked.
    if (preset.page && plainPages.has(this.config.page) && (this.config.page ?? hostPages[0]!.id) !== preset.page) {
      this.applyTokens(preset);
      this.changePage(preset.page);
      return;
    }
    this.change((config) => this.applyTokens(preset, config));
  }

  private applyTokens(preset: Preset, config = this.config): void {
    const own = new Set(this.options.tokens.map((t) => t.name));
    config.tokens = Object.fromEntries(Object.entries(preset.tokens).filter(([name]) => own.has(name)));
    if (this.options.attributes.some((a) => a.name === 'theme')) {
      if (preset.theme) config.attributes.theme = preset.theme;
      else delete config.attributes.theme;
    }
    this.copyStatus = '';
  }

  /**
   * The call to action's words and number format in one language, once on the page-wide provider;
   * undefined: back to the built-in English. The language's usual currency comes too, where the
   * price was in another, never silently: a note says so and offers the old currency back
   * (./word-sets.ts). Back to English takes back a currency the words brought, if still in place.
   */
  private applyWords(set: WordSet | undefined): void {
    if (!set && !this.config.provider) return;
    const before = this.checked.settings.currency;
    const proposed = this.currencyChange;
    this.change((config) => {
      const provider = (config.provider ??= {});
      for (const name of ['locale', 'heading', 'pitch', 'trial-text', 'price-text', 'per-day-text', 'label']) delete provider[name];
      this.currencyChange = undefined;
      if (!set) {
        if (proposed && this.currencyOf(proposed.scope, config) === proposed.to) this.setCurrency(config, proposed.scope, proposed.from);
        return;
      }
      const { 'price-text': price, ...words } = set.words;
      Object.assign(provider, words, { locale: set.locale, 'price-text': price[this.checked.settings.interval] });
      if (before === set.currency.code) {
        // Another language with the same currency: the note (and its way back) stays.
        if (proposed && this.currencyOf(proposed.scope, config) === proposed.to) this.currencyChange = { ...proposed, set };
        return;
      }
      // Where the price's currency is set now: the element's own attribute wins over the page-wide one.
      const scope = this.currencyOf('element', config) ? 'element' : 'provider';
      const from = this.currencyOf(scope, config);
      this.setCurrency(config, scope, set.currency.code);
      this.currencyChange = { scope, from, fromCode: before, to: set.currency.code, set };
    });
  }

  private currencyOf(scope: 'element' | 'provider', config = this.config): string | undefined {
    const value = (scope === 'element' ? config.attributes : config.provider)?.currency;
    return typeof value === 'string' && value.trim() ? value : undefined;
  }

  private setCurrency(config: EmbedConfig, scope: 'element' | 'provider', value: string | undefined): void {
    const target = scope === 'element' ? config.attributes : (config.provider ??= {});
    if (value === undefined) delete target.currency;
    else target.currency = value;
  }

  /** Turns down the currency a word set brought: the price is in the currency it had before. */
  private keepCurrency(): void {
    const proposed = this.currencyChange;
    if (!proposed) return;
    this.currencyChange = undefined;
    this.change((config) => this.setCurrency(config, proposed.scope, proposed.from));
  }

  /** What the chosen platform takes (the link and frame carry the page's look as theme and font: ./frame-look.ts). */
  private chosen(): Chosen | undefined {
    return choosePlatform(this.platform, frameConfig(this.config, this.setup.options, this.validLook(), document), this.setup.options, this.snippet, this.embedBase);
  }

  /** The chosen platform's embed when it is not the script snippet: then the main copy action copies it instead. */
  private otherForm() {
    const chosen = this.chosen();
    return chosen && 'embed' in chosen && chosen.embed.platform.form !== 'script' ? chosen.embed : undefined;
  }

  private async copy(): Promise<void> {
    const blocker = this.blocker();
    if (blocker) {
      this.copyStatus = `Not copied: ${blocker}`;
      this.draw();
      return;
    }
    await this.previewDone;
    const field = this.root.querySelector<HTMLTextAreaElement>('#snippet')!;
    const other = this.otherForm();
    const result = await copyText(other?.code ?? this.snippet, field);
    this.copyStatus = copyMessage(result, other ? `${formWord[other.platform.form]} for ${other.platform.name}` : 'the snippet');
    this.draw();
  }

  private changePage(id: string): void {
    this.config.page = id === hostPages[0]!.id ? undefined : id;
    this.recompute();
    this.draw();
    // Not settled until the new page shows the embed.
    this.root.dataset.revision = String((this.revision += 1));
    this.previewDone = this.preview?.open(this.page().url, this.page().slot).then(() => this.updatePreview()) ?? Promise.resolve();
  }

  // ——— rendering ———

  /**
   * Renders the page. What a change adds or removes above the field being edited (the contrast
   * readout's verdicts, a suggestion) must not move that field under the reader's eyes or finger:
   * the page scrolls by as much as the field moved. (Scroll anchoring does not do it: WebKit has
   * none, and Chromium's anchor may sit above the rows that grow.)
   */
  private draw(): void {
    const focused = this.root.ownerDocument.activeElement;
    const before = focused && focused !== this.root && this.root.contains(focused) ? focused.getBoundingClientRect().top : undefined;
    render(this.template(), this.root);
    if (before === undefined || !focused!.isConnected) return;
    const moved = focused!.getBoundingClientRect().top - before;
    if (Math.abs(moved) >= 1) this.root.ownerDocument.defaultView?.scrollBy(0, moved);
  }

  private template(): TemplateResult {
    return html`
      <header class="intro">
        <p class="crumbs"><a href="./">IX widgets demo</a></p>
        <h1>Embed builder</h1>
        <p>Choose an element, set its options and colours, check the preview, then copy one snippet into your page. No terminal, no account.</p>
        <p><a class="skip" href="#snippet-section">Skip to the snippet</a></p>
        ${this.linkProblems()}
      </header>
      <div class="start">${this.elementChooser()} ${this.presetButtons()} ${this.wordButtons()}</div>
      <div class="output">${this.blockerBanner()} ${this.previewSection()}</div>
      <div class="paste">
        ${platformSection({ platform: this.platform, chosen: this.chosen(), onChange: (id) => ((this.platform = id), (this.copyStatus = ''), this.draw()) })}
        ${this.snippetSection()}
      </div>
      <div class="details">${this.optionSections()} ${this.providerSections()} ${this.themeSection()}</div>
    `;
  }

  private linkProblems() {
    if (!this.queryProblems.length) return nothing;
    return html`<section class="link-problems" aria-labelledby="link-problems-title">
      <h2 id="link-problems-title">Some of this link could not be used</h2>
      <ul>
        ${this.queryProblems.map((p) => html`<li><code>${p.key}${p.value ? `=${p.value}` : ''}</code>: ${p.message}</li>`)}
      </ul>
      <p>Everything else in the link is set below.</p>
    </section>`;
  }

  private blockerBanner() {
    const blocker = this.blocker();
    if (!blocker) return nothing;
    return html`<section class="blocker" role="alert" aria-labelledby="blocker-title">
      <h2 id="blocker-title">This snippet would show an error</h2>
      <p>${blocker} <a href="#${fieldId('element', 'technique')}">Go to the list</a></p>
    </section>`;
  }

  private elementChooser() {
    return html`<fieldset class="choose">
      <legend>1. Choose the element</legend>
      ${embeddableTags.map((tag) => {
        const id = `element-${tag}`;
        return html`<div class="choice">
          <input type="radio" name="element" id=${id} value=${tag} .checked=${tag === this.config.element} @change=${() => this.chooseElement(tag)} />
          <label for=${id}><strong>${elementNames[tag]}</strong></label>
          <p class="help">${elementWording[tag]?.hint ?? docText(this.setup.options.get(tag)?.summary ?? '')} <code class="name" aria-hidden="true">&lt;${tag}&gt;</code></p>
        </div>`;
      })}
      <div class="choice provider-choice">
        <input type="checkbox" id="use-provider" .checked=${this.config.provider !== undefined}
          @change=${(event: Event) =>
            this.change((config) => {
              config.provider = (event.target as HTMLInputElement).checked ? (config.provider ?? {}) : undefined;
            })} />
        <label for="use-provider">${elementWording[providerTag]!.label}</label>
        <p class="help">${elementWording[providerTag]!.hint} <code class="name" aria-hidden="true">&lt;${providerTag}&gt;</code></p>
      </div>
    </fieldset>`;
  }

  private presetButtons() {
    return html`<fieldset class="presets">
      <legend>2. Pick a look</legend>
      <p class="help">
        A starting point: every colour, the font and the spacing can be changed under “Colours and type”.
        <a href="#page-background">Show the preview on a page in your own colours and font</a>.
      </p>
      <div class="preset-row">
        ${presets.map((preset) => html`<button type="button" @click=${() => this.applyPreset(preset)}>${preset.label}</button>`)}
        <button type="button" @click=${() => this.applyPreset({ id: 'reset', label: 'Defaults', tokens: {} })}>Element defaults</button>
      </div>
    </fieldset>`;
  }

  private wordButtons() {
    const locale = this.config.provider?.locale;
    return html`<fieldset class="words">
      <legend>Words in another language</legend>
      <p class="help">Writes the trial offer’s words and prices in that language once, page-wide (you can change each below). The card’s and the checker’s own texts are English for now.</p>
      <div class="preset-row">
        ${wordSets.map(
          (set) => html`<button type="button" lang=${set.id} aria-pressed=${locale === set.locale ? 'true' : 'false'} @click=${() => this.applyWords(set)}>${set.name}</button>`,
        )}
        <button type="button" aria-pressed=${locale === undefined ? 'true' : 'false'} @click=${() => this.applyWords(undefined)}>English (built in)</button>
      </div>
      ${this.currencyNote()}
    </fieldset>`;
  }

  /** The currency the words brought, said where the reader just clicked, with the way back; gone once they change it themselves. */
  private currencyNote() {
    const change = this.currencyChange;
    if (!change || this.currencyOf(change.scope) !== change.to) return html`<p class="currency-note" role="status"></p>`;
    const { price } = this.checked.settings;
    const where = change.scope === 'provider' ? 'Page-wide: Price and free trial' : 'Price and free trial';
    return html`<p class="currency-note" role="status">
      <strong>Currency: ${change.to}</strong>, the usual one for ${change.set.name}, instead of ${change.fromCode}. The amount stays ${price}
      (${change.set.currency.name} now): change it under “${where}” if needed.
      <button type="button" class="link-like" id="keep-currency" @click=${() => this.keepCurrency()}>Keep ${change.fromCode}</button>
    </p>`;
  }

  private previewSection() {
    const page = this.page();
    return html`<section class="preview" aria-labelledby="preview-title">
      <div class="preview-head">
        <h2 id="preview-title">Preview</h2>
        <label for="preview-page">Page</label>
        <select id="preview-page" @change=${(event: Event) => this.changePage((event.target as HTMLSelectElement).value)}>
          ${hostPages.map((p) => html`<option value=${p.id} ?selected=${p.id === page.id}>${p.label}</option>`)}
        </select>
      </div>
      ${this.bundleState === 'refused'
        ? html`<p class="problem" role="alert">The browser refused the bundle: its bytes do not match the integrity hash. The preview shows the fallback only.</p>`
        : nothing}
      <div class="frame-box">
        <iframe id="preview-frame" title="Preview of the embed on ${page.phrase ?? `the ${page.label[0]!.toLowerCase()}${page.label.slice(1)}`}"></iframe>
      </div>
    </section>`;
  }

  private snippetSection() {
    const left = this.checked.problems;
    const other = this.otherForm();
    const word = other ? formWord[other.platform.form] : 'the snippet';
    const chosen = this.chosen();
    const platform = chosen && 'embed' in chosen ? chosen.embed.platform : undefined;
    return html`<section class="snippet" id="snippet-section" aria-labelledby="snippet-title">
      <div class="copy-row">
        <h2 id="snippet-title">4. Copy ${word}</h2>
        <button type="button" class="primary" @click=${() => void this.copy()}>Copy ${word.replace(/^the /, '')}</button>
      </div>
      <p class="copy-status ${this.copyStatus.startsWith('Not copied') ? 'problem' : ''}" role="status">${this.copyStatus}</p>
      <label for="snippet">${other ? `${word[0]!.toUpperCase()}${word.slice(1)} for ${other.platform.name}` : 'Snippet for your page'}</label>
      <textarea id="snippet" readonly rows=${other ? other.code.split('\n').length + 2 : 12} wrap="off" spellcheck="false" aria-describedby="snippet-about" .value=${other?.code ?? this.snippet}></textarea>
      ${left.length
        ? html`<p class="problem left-out">
            Left out of the snippet, because the element would refuse ${left.length === 1 ? 'it' : 'them'}:
            ${left.map(
              (p, i) => html`${i ? ', ' : ''}<a href="#${fieldId(p.scope, p.name)}">${fieldName(this.config.element, p.scope, p.name)}</a>`,
            )}.
          </p>`
        : nothing}
      ${other
        ? html`<p class="help" id="snippet-about">
              Chosen under “Where will you paste it?”. ${withCode(other.advice)}
            </p>
            ${embedBaseNote('snippet-base', this.embedBase)}`
        : html`<p class="help" id="snippet-about">
            Pinned to ix-widgets ${this.setup.bundle.version}, with <code>integrity</code> (the SHA-384 of that version’s
            <code>ix-widgets.js</code>) so the browser runs those exact bytes or nothing. Only options that differ from the defaults are written.
            The <code>&lt;template&gt;</code> inside the element is how it first looks, so the text around it does not jump when the script arrives.
            ${this.firstPaint ? nothing : html`<strong>Not added yet:</strong> it is taken from the preview once the preview has shown this element.`}
          </p>`}
      ${platform
        ? html`<p class="help paste-where">
            <strong>Where to paste:</strong> on ${platform.name}, paste ${other ? word : 'the snippet'} ${platform.where}.
            <a href="#platform-title">Where will you paste it?</a> changes the platform.
          </p>`
        : html`<p class="help paste-where">
            <strong>Where to paste:</strong> a page that keeps scripts (a WordPress administrator’s <em>Custom HTML</em> block, a Ghost
            <em>HTML</em> card). Not every blog does: <a href="#platform-title">Where will you paste it?</a> gives the form that works on yours.
          </p>`}
      <p class="help"><a href=${`?${this.query}`}>Link to this configuration</a> (bookmark or share it).</p>
    </section>`;
  }

  private attributeControl(scope: 'element' | 'provider', tag: string, option: AttributeOption): TemplateResult {
    const values = scope === 'element' ? this.config.attributes : (this.config.provider ?? {});
    const context = {
      scope,
      tag,
      value: values[option.name],
      problem: this.problemFor(scope, option.name),
      inherited: scope === 'element' ? this.inherited(tag, option) : undefined,
      onChange: (value: FieldValue | undefined) => this.setAttribute(scope, option.name, value),
    };
    if (tag === 'ix-technique-card' && option.name === 'technique') return techniqueField(option, this.setup.catalog, context);
    if (tag === 'ix-technique-card' && option.name === 'sections') return sectionsField(option, context);
    return attributeField(option, context);
  }

  /**
   * The page-wide value an empty element field takes instead of its own default: the provider's
   * attribute of the same name and meaning (the checker's `label` is its question, not the
   * provider's button text), when it is set and the provider accepts it.
   */
  private inherited(tag: string, option: AttributeOption): string | undefined {
    const provider = this.config.provider;
    const shared = this.setup.options.get(providerTag)?.attributes.find((p) => p.name === option.name && p.field === option.field);
    if (!provider || !shared || attributeWording(tag, option.name) !== attributeWording(providerTag, option.name)) return undefined;
    const value = provider[option.name];
    if (typeof value !== 'string' || !value.trim() || this.problemFor('provider', option.name)) return undefined;
    return value.trim();
  }

  private grouped(scope: 'element' | 'provider', tag: string, attributes: readonly AttributeOption[], prefix: string) {
    const legends = [...groups.map((g) => g.legend), 'More options'].filter((legend) => attributes.some((option) => groupOf(tag, option.name) === legend));
    // The formatted terms and link follow the last group that changes them.
    const termsAfter = ['Signup link and statistics', 'Price and free trial'].find((legend) => legends.includes(legend));
    return legends.map(
      (legend) => html`<fieldset class="group">
        <legend>${prefix}${legend}</legend>
        ${attributes.filter((option) => groupOf(tag, option.name) === legend).map((option) => this.attributeControl(scope, tag, option))}
        ${legend === termsAfter ? this.termsLine(scope) : nothing}
      </fieldset>`,
    );
  }

  /** The call to action's terms and link as the element will format them, updated as you type. */
  private termsLine(scope: 'element' | 'provider') {
    const placement = { 'ix-technique-card': 'technique-card', 'ix-concession-checker': 'checker' }[this.config.element];
    const { terms, label, href } = termsPreview(this.checked.settings, placement ?? this.checked.settings.placement);
    const id = `${scope}-terms`;
    return html`<div class="terms-preview">
      <p id="${id}-label" class="help">The call to action will read:</p>
      <output id=${id} aria-labelledby="${id}-label">
        <span class="terms">${terms}</span> <span class="link-label">${label}</span>
        <span class="href">→ <code>${href}</code></span>
      </output>
    </div>`;
  }

  private optionSections() {
    const tag = this.config.element;
    return html`<section aria-labelledby="options-title">
      <h2 id="options-title">${elementNames[tag]}: options</h2>
      ${this.grouped('element', tag, this.options.attributes, '')}
    </section>`;
  }

  private providerSections() {
    if (!this.config.provider) return nothing;
    const provider = this.setup.options.get(providerTag)!;
    return html`<section aria-labelledby="provider-title">
      <h2 id="provider-title">Page-wide settings</h2>
      <p class="help">Every IX element inside takes these, unless its own options above say otherwise. Left empty, each element keeps its own default.</p>
      ${this.grouped('provider', providerTag, provider.attributes, 'Page-wide: ')}
    </section>`;
  }

  private themeSection() {
    const colours = this.options.tokens.filter((t) => t.kind === 'color');
    const others = this.options.tokens.filter((t) => t.kind !== 'color');
    const field = (token: TokenOption) =>
      tokenField(token, {
        value: this.config.tokens[token.name],
        problem: this.problemFor('token', token.name),
        effectiveHex: this.effectiveHex[token.name],
        onChange: (value) => this.setToken(token.name, value),
      });
    return html`<section aria-labelledby="theme-title">
      <h2 id="theme-title">Colours and type</h2>
      <p class="help">Only what you change goes into the snippet.</p>
      <fieldset class="group your-page">
        <legend>Your page</legend>
        <p class="help">
          Shows the element on a page in your colours and font. Not part of the snippet. The link (for blogs that show the element in a
          frame) gets light or dark from your background, and your font, because there the element cannot see your page.
        </p>
        ${pageLookKeys.map((key) =>
          lookField({
            id: `page-${key}`,
            ...pageLook[key],
            pickerHex: pageLook[key].picker,
            value: this.config.pageLook?.[key],
            problem: this.lookProblem(key),
            onChange: (value) => this.setLook(key, value),
          }),
        )}
        ${this.pageLookAction()}
      </fieldset>
      ${this.contrastReadout()}
      <fieldset class="group">
        <legend>The element’s colours</legend>
        ${colours.map((token) => (token.name === accentToken ? html`${field(token)} ${this.buttonTextSuggestion()} ${this.accentSuggestion()}` : field(token)))}
      </fieldset>
      <fieldset class="group">
        <legend>The element’s type and spacing</legend>
        ${others.map(field)}
      </fieldset>
    </section>`;
  }

  /** One click gives the element the page's look too, said where the look is typed; and the way back. */
  private pageLookAction() {
    const tokens = this.lookAsTokens();
    const words = wordList(pageLookKeys.filter((key) => tokens[lookTokens[key].token] !== undefined).map((key) => lookTokens[key].words));
    const applied = this.lookChange && Object.entries(this.lookChange.after).every(([name, value]) => this.config.tokens[name] === value) ? this.lookChange : undefined;
    if (applied) {
      const appliedWords = wordList(pageLookKeys.filter((key) => applied.after[lookTokens[key].token] !== undefined).map((key) => lookTokens[key].words));
      return html`<p class="help" id="page-look-applied">
        The element now has your page’s ${appliedWords} (under “The element’s colours”, and in the snippet).
        <button type="button" class="link-like" id="undo-page-look" @click=${() => this.undoPageLook()}>Back to the element’s previous colours</button>
      </p>`;
    }
    if (!words) return nothing;
    if (Object.entries(tokens).every(([name, value]) => this.config.tokens[name] === value)) {
      return html`<p class="help" id="page-look-applied">The element has your page’s ${words}.</p>`;
    }
    return html`<div class="page-look-action">
      <button type="button" id="use-page-look" aria-describedby="use-page-look-help" @click=${() => this.usePageLook()}>Use my page’s colours for the element too</button>
      <p class="help" id="use-page-look-help">Gives the element your ${words}, so it sits on your page like your own text. They go into the snippet.</p>
    </div>`;
  }

  /**
   * When the button's words are what fails, the first way out keeps the reader's accent and writes
   * on it in their text colour (or its nearest readable shade); pairs that still fail are named,
   * with the field that fixes the focus ring. And the way back.
   */
  private buttonTextSuggestion() {
    const onAccent = '--ix-color-on-accent';
    const current = this.config.tokens[onAccent];
    const undo = this.buttonTextChange && current === this.buttonTextChange.to ? this.buttonTextChange : undefined;
    const back = undo
      ? html`<p class="help" id="button-text-change">
          Button text colour changed from <code>${undo.from ?? 'the default'}</code> to <code>${undo.to}</code>.
          <button type="button" class="link-like" @click=${() => this.setToken(onAccent, undo.from)}>Back to ${undo.from ?? 'the default'}</button>
        </p>`
      : nothing;
    const option = this.contrast?.buttonText;
    if (!option) return back;
    const hex = toHex(option.colour);
    const accent = this.effectiveHex[accentToken];
    const shade = option.dark ? 'dark' : 'light';
    const what = option.isTextColour ? 'the element’s text colour' : `a ${option.dark ? 'darker' : 'lighter'} shade of the element’s text colour`;
    const focusRing = option.remaining.some(({ pair }) => pair.id === '--ix-color-focus on --ix-color-surface');
    const others = option.remaining.filter(({ pair }) => pair.id !== '--ix-color-focus on --ix-color-surface');
    return html`${back}<div class="suggestion" id="button-text-suggestion">
      <p>
        <span class="swatch" aria-hidden="true"><span style=${styleMap({ background: accent })}></span></span>
        <strong>Suggested fix:</strong> keep your accent colour <code>${accent}</code> and write the button’s words in ${shade} text,
        <code>${hex}</code> (${what}): ${option.pairs.map(({ pair, ratio }) => `${pair.what.toLowerCase()} ${ratio.toFixed(2)}:1`).join(', ')}.
      </p>
      ${option.remaining.length
        ? html`<p>
            Still below AA with it:
            ${option.remaining.map(({ pair, ratio }, i) => html`${i ? '; ' : ''}${pair.what.toLowerCase()} (${ratio.toFixed(2)}:1, needs ${pair.minimum}:1)`)}.
            ${focusRing
              ? html`Give the focus ring a colour of its own under <a href="#${fieldId('token', '--ix-color-focus')}">“Keyboard focus ring”</a>.`
              : nothing}
            ${others.length && this.contrast?.suggestion?.colour ? html`The shade of the accent below fixes ${others.length === 1 ? 'that' : 'those'} too.` : nothing}
          </p>`
        : nothing}
      <button type="button" id="use-button-text" @click=${() => this.useButtonText(hex)}>Keep ${accent} and use ${shade} button text</button>
    </div>`;
  }

  private useButtonText(hex: string): void {
    this.buttonTextChange = { from: this.config.tokens['--ix-color-on-accent'], to: hex };
    this.setToken('--ix-color-on-accent', hex);
  }

  /** The way out of a failing pair with the accent: its nearest passing shade, one click away; and the way back. */
  private accentSuggestion() {
    const accent = this.config.tokens[accentToken];
    const undo = this.accentChange && accent === this.accentChange.to ? this.accentChange : undefined;
    const suggestion = this.contrast?.suggestion;
    const back = undo
      ? html`<p class="help" id="accent-change">
          Accent colour changed from <code>${undo.from ?? 'the default'}</code> to <code>${undo.to}</code>.
          <button type="button" class="link-like" @click=${() => this.setToken(accentToken, undo.from)}>Back to ${undo.from ?? 'the default'}</button>
        </p>`
      : nothing;
    if (!suggestion) return back;
    const places = suggestion.pairs.map(({ pair }) => pair.what.toLowerCase()).join('; ');
    if (!suggestion.colour) {
      return html`${back}<p class="problem suggestion" id="accent-suggestion">
        No lighter or darker shade of the accent colour is readable in every place the element uses it (${places}): they pull opposite
        ways. Change the button text colour or the background under “The element’s colours” too.
      </p>`;
    }
    const hex = toHex(suggestion.colour);
    const now = this.effectiveHex[accentToken];
    return html`${back}<div class="suggestion" id="accent-suggestion">
      <p>
        <span class="swatch" aria-hidden="true"><span style=${styleMap({ background: now })}></span></span>
        <span aria-hidden="true">→</span>
        <span class="swatch" aria-hidden="true"><span style=${styleMap({ background: hex })}></span></span>
        <strong>Suggested fix:</strong> a ${suggestion.lighter ? 'lighter' : 'darker'} shade of the same accent colour, <code>${hex}</code>
        (now <code>${now}</code>), is readable in every place the element uses it: ${places}.
      </p>
      <button type="button" id="use-suggested-accent" @click=${() => this.useAccent(hex)}>Use ${hex} as the accent colour</button>
    </div>`;
  }

  private useAccent(hex: string): void {
    this.accentChange = { from: this.config.tokens[accentToken], to: hex };
    this.setToken(accentToken, hex);
  }

  private contrastReadout() {
    if (!this.contrast) return html`<p class="help contrast-pending">Contrast appears once the preview has loaded.</p>`;
    const failing = this.contrast.rows.filter((row) => row.ratio < row.minimum);
    return html`<div class="contrast">
      <p class=${failing.length ? 'problem' : 'ok'} id="contrast-summary" aria-live="polite">
        ${failing.length
          ? html`<span aria-hidden="true">⚠</span> ${failing.length} colour pair${failing.length > 1 ? 's are' : ' is'} below WCAG AA, hard to read for many people:
              ${failing.map((row) => `${row.what} (${row.ratio.toFixed(2)}:1)`).join('; ')}.`
          : html`<span aria-hidden="true">✓</span> Every colour pair meets WCAG AA.`}
      </p>
      <table>
        <caption>Every text colour on every background the element paints, as the preview shows it (${this.contrast.scheme})</caption>
        <thead><tr><th scope="col">Pair</th><th scope="col">Colours</th><th scope="col">Ratio</th><th scope="col">AA</th></tr></thead>
        <tbody>
          ${this.contrast.rows.map((row) => {
            const pass = row.ratio >= row.minimum;
            return html`<tr class=${pass ? 'pass' : 'fail'} data-pair=${row.id}>
              <th scope="row">${row.what}</th>
              <td><span class="swatch" style=${styleMap({ background: row.backgroundHex })}><span style=${styleMap({ background: row.foregroundHex })}></span></span></td>
              <td>${row.ratio.toFixed(2)}:1</td>
              <td>${pass ? `Passes (${row.minimum}:1)` : html`<strong>Below AA</strong>: needs ${row.minimum}:1`}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
