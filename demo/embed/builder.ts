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
  providerTag,
  type CheckedConfig,
  type EmbedConfig,
  type FieldProblem,
  type FieldValue,
  type OptionsByTag,
  type QueryProblem,
  type TokenCheck,
} from '../../src/embed/embed-config.js';
import { elementMarkup, embedSnippet, styleBlock, termsPreview, type BundleInfo } from '../../src/embed/snippet.js';
import { contrastRatio, resolveColor, toHex, type Rgba } from './contrast.js';
import { copyMessage, copyText } from './copy.js';
import { attributeField, docText, fieldId, sectionsField, techniqueField, tokenField } from './fields.js';
import { hostPages } from './host-pages.js';
import { platformSection } from './platform-section.js';
import { PreviewFrame, type BundleState } from './preview.js';
import { contrastPairs, presets, type Preset } from './theme.js';

export interface BuilderSetup {
  options: OptionsByTag;
  bundle: BundleInfo;
  /** Where this server serves the exact bytes of the built bundle (the preview loads it from there). */
  bundleSrc: string;
  catalog: readonly TechniqueCard[];
}

const elementNames: Record<string, string> = {
  'ix-technique-card': 'Technique card',
  'ix-concession-checker': 'Concession checker',
  'ix-trial-cta': 'Trial call to action',
};

/** How the form groups attributes; an attribute not named here goes under "More options". */
const groups: readonly { legend: string; names: readonly string[] }[] = [
  { legend: 'Content', names: ['technique', 'src', 'variant', 'sections', 'cta', 'label', 'placeholder', 'first-request', 'show-first-request', 'examples', 'remember', 'debounce', 'no-structured-data'] },
  { legend: 'Price and terms', names: ['price', 'currency', 'interval', 'trial-days', 'locale'] },
  { legend: 'Link and tracking', names: ['href', 'campaign', 'placement', 'utm-source'] },
  { legend: 'Words', names: ['product', 'heading', 'pitch', 'trial-text', 'price-text', 'per-day-text', 'other-language-text'] },
  { legend: 'Look', names: ['layout', 'heading-level', 'theme'] },
];

/** On the call to action and the provider, `label` is the link's words and `technique` a tracking slug. */
function groupOf(tag: string, name: string): string {
  if (tag !== 'ix-technique-card' && tag !== 'ix-concession-checker') {
    if (name === 'label') return 'Words';
    if (name === 'technique') return 'Link and tracking';
  }
  return groups.find((group) => group.names.includes(name))?.legend ?? 'More options';
}

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
  what: string;
  foreground: string;
  background: string;
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
  /** The configuration as this page's query string (its shareable link). */
  private query = '';
  private bundleState: BundleState = 'loading';
  private contrast?: { rows: ContrastRow[]; scheme: string };
  private effectiveHex: Record<string, string> = {};
  private copyStatus = '';
  private revision = 0;
  private preview?: PreviewFrame;
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

  private get options(): ElementOptions {
    return this.setup.options.get(this.config.element)!;
  }

  private page() {
    return hostPages.find((page) => page.id === this.config.page) ?? hostPages[0]!;
  }

  private recompute(): void {
    this.checked = checkConfig(this.config, this.setup.options, supports);
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

  private async updatePreview(): Promise<void> {
    const preview = this.preview;
    if (!preview) return;
    const revision = (this.revision += 1);
    this.root.dataset.revision = String(revision);
    const { spec } = this.checked;
    await preview.show([...styleBlock(spec.tag, spec.tokens), ...elementMarkup(spec)].join('\n'));
    await preview.settled(spec.tag);
    if (revision !== this.revision) return;
    this.measureContrast();
    this.draw();
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
    const rows = contrastPairs.flatMap((pair): ContrastRow[] => {
      const foreground = colours.get(pair.foreground);
      const background = colours.get(pair.background);
      if (!foreground || !background) return [];
      return [{ ...pair, ratio: contrastRatio(foreground, background), foregroundHex: toHex(foreground), backgroundHex: toHex(background) }];
    });
    // `light dark` follows the preview page's preferred scheme, as the element does.
    const dark = scheme.includes('dark') && (!scheme.includes('light') || doc.defaultView!.matchMedia('(prefers-color-scheme: dark)').matches);
    this.contrast = { rows, scheme: dark ? 'dark' : 'light' };
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
    this.change((config) => {
      const own = new Set(this.options.tokens.map((t) => t.name));
      config.tokens = Object.fromEntries(Object.entries(preset.tokens).filter(([name]) => own.has(name)));
      if (this.options.attributes.some((a) => a.name === 'theme')) {
        if (preset.theme) config.attributes.theme = preset.theme;
        else delete config.attributes.theme;
      }
    });
  }

  private async copy(): Promise<void> {
    const field = this.root.querySelector<HTMLTextAreaElement>('#snippet')!;
    const result = await copyText(this.snippet, field);
    this.copyStatus = copyMessage(result, 'the snippet');
    this.draw();
  }

  private changePage(id: string): void {
    this.config.page = id === hostPages[0]!.id ? undefined : id;
    this.recompute();
    this.draw();
    // Not settled until the new page shows the embed.
    this.root.dataset.revision = String((this.revision += 1));
    void this.preview?.open(this.page().url, this.page().slot).then(() => this.updatePreview());
  }

  // ——— rendering ———

  private draw(): void {
    render(this.template(), this.root);
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
      <div class="start">${this.elementChooser()} ${this.presetButtons()}</div>
      <div class="output">${this.previewSection()} ${this.snippetSection()}</div>
      ${platformSection({ platform: this.platform, config: this.config, options: this.setup.options, snippet: this.snippet, onChange: (id) => ((this.platform = id), this.draw()) })}
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

  private elementChooser() {
    return html`<fieldset class="choose">
      <legend>1. Choose the element</legend>
      ${embeddableTags.map((tag) => {
        const id = `element-${tag}`;
        return html`<div class="choice">
          <input type="radio" name="element" id=${id} value=${tag} .checked=${tag === this.config.element} @change=${() => this.chooseElement(tag)} />
          <label for=${id}><strong>${elementNames[tag]}</strong> <code aria-hidden="true">&lt;${tag}&gt;</code></label>
          <p class="help">${docText(this.setup.options.get(tag)?.summary ?? '')}</p>
        </div>`;
      })}
      <div class="choice provider-choice">
        <input type="checkbox" id="use-provider" .checked=${this.config.provider !== undefined}
          @change=${(event: Event) =>
            this.change((config) => {
              config.provider = (event.target as HTMLInputElement).checked ? (config.provider ?? {}) : undefined;
            })} />
        <label for="use-provider">Put it inside a provider <code aria-hidden="true">&lt;${providerTag}&gt;</code></label>
        <p class="help">${docText(this.setup.options.get(providerTag)?.summary ?? '')} Settings on the provider apply to every IX element inside it.</p>
      </div>
    </fieldset>`;
  }

  private presetButtons() {
    return html`<fieldset class="presets">
      <legend>2. Pick a look</legend>
      <p class="help">A starting point; every colour, the font and the spacing are under “Theme” below.</p>
      <div class="preset-row">
        ${presets.map((preset) => html`<button type="button" @click=${() => this.applyPreset(preset)}>${preset.label}</button>`)}
        <button type="button" @click=${() => this.applyPreset({ id: 'reset', label: 'Defaults', tokens: {} })}>Element defaults</button>
      </div>
    </fieldset>`;
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
        <iframe id="preview-frame" title="Preview of the embed on the ${page.label.toLowerCase()}"></iframe>
      </div>
    </section>`;
  }

  private snippetSection() {
    const left = this.checked.problems;
    return html`<section class="snippet" id="snippet-section" aria-labelledby="snippet-title">
      <div class="copy-row">
        <h2 id="snippet-title">3. Copy the snippet</h2>
        <button type="button" class="primary" @click=${() => void this.copy()}>Copy snippet</button>
      </div>
      <p class="copy-status" role="status">${this.copyStatus}</p>
      <label for="snippet">Snippet for your page</label>
      <textarea id="snippet" readonly rows="12" wrap="off" spellcheck="false" aria-describedby="snippet-about" .value=${this.snippet}></textarea>
      ${left.length
        ? html`<p class="problem left-out">
            Left out of the snippet, because the element would refuse ${left.length === 1 ? 'it' : 'them'}:
            ${left.map(
              (p, i) => html`${i ? ', ' : ''}<a href="#${fieldId(p.scope, p.name)}">${p.scope === 'provider' ? `provider ${p.name}` : p.name}</a>`,
            )}.
          </p>`
        : nothing}
      <p class="help" id="snippet-about">
        Pinned to ix-widgets ${this.setup.bundle.version}, with <code>integrity</code> (the SHA-384 of that version’s
        <code>ix-widgets.js</code>) so the browser runs those exact bytes or nothing. Only options that differ from the defaults are written.
      </p>
      <p class="help paste-where">
        <strong>Where to paste:</strong> WordPress — add a <em>Custom HTML</em> block; Ghost — add an <em>HTML</em> card (type <kbd>/html</kbd>).
      </p>
      <p class="help"><a href=${`?${this.query}`}>Link to this configuration</a> (bookmark or share it).</p>
    </section>`;
  }

  private attributeControl(scope: 'element' | 'provider', tag: string, option: AttributeOption): TemplateResult {
    const values = scope === 'element' ? this.config.attributes : (this.config.provider ?? {});
    const context = {
      scope,
      value: values[option.name],
      problem: this.problemFor(scope, option.name),
      onChange: (value: FieldValue | undefined) => this.setAttribute(scope, option.name, value),
    };
    if (tag === 'ix-technique-card' && option.name === 'technique') return techniqueField(option, this.setup.catalog, context);
    if (tag === 'ix-technique-card' && option.name === 'sections') return sectionsField(option, context);
    return attributeField(option, context);
  }

  private grouped(scope: 'element' | 'provider', tag: string, attributes: readonly AttributeOption[], prefix: string) {
    const legends = [...groups.map((g) => g.legend), 'More options'].filter((legend) => attributes.some((option) => groupOf(tag, option.name) === legend));
    // The formatted terms and link follow the last group that changes them.
    const termsAfter = ['Link and tracking', 'Price and terms'].find((legend) => legends.includes(legend));
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
      <h2 id="options-title">${elementNames[tag]} options <code aria-hidden="true">&lt;${tag}&gt;</code></h2>
      ${this.grouped('element', tag, this.options.attributes, '')}
    </section>`;
  }

  private providerSections() {
    if (!this.config.provider) return nothing;
    const provider = this.setup.options.get(providerTag)!;
    return html`<section aria-labelledby="provider-title">
      <h2 id="provider-title">Provider settings <code aria-hidden="true">&lt;${providerTag}&gt;</code></h2>
      <p class="help">Unset values fall back to each element’s defaults; an element’s own attribute wins over the provider’s.</p>
      ${this.grouped('provider', providerTag, provider.attributes, 'Provider: ')}
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
      <h2 id="theme-title">Theme</h2>
      <p class="help">Each value becomes a CSS custom property in the snippet’s <code>&lt;style&gt;</code>, only where it differs from the default.</p>
      ${this.contrastReadout()}
      <fieldset class="group">
        <legend>Colours</legend>
        ${colours.map(field)}
      </fieldset>
      <fieldset class="group">
        <legend>Type and spacing</legend>
        ${others.map(field)}
      </fieldset>
    </section>`;
  }

  private contrastReadout() {
    if (!this.contrast) return html`<p class="help contrast-pending">Contrast appears once the preview has loaded.</p>`;
    const failing = this.contrast.rows.filter((row) => row.ratio < row.minimum);
    return html`<div class="contrast">
      <p class=${failing.length ? 'problem' : 'ok'} id="contrast-summary" aria-live="polite">
        ${failing.length
          ? html`<span aria-hidden="true">⚠</span> ${failing.length} colour pair${failing.length > 1 ? 's are' : ' is'} below WCAG AA.`
          : html`<span aria-hidden="true">✓</span> Every colour pair meets WCAG AA.`}
      </p>
      <table>
        <caption>Contrast in the preview (${this.contrast.scheme} scheme)</caption>
        <thead><tr><th scope="col">Pair</th><th scope="col">Colours</th><th scope="col">Ratio</th><th scope="col">AA</th></tr></thead>
        <tbody>
          ${this.contrast.rows.map((row) => {
            const pass = row.ratio >= row.minimum;
            return html`<tr class=${pass ? 'pass' : 'fail'} data-pair="${row.foreground} on ${row.background}">
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
