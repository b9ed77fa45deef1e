import { LitElement, html, nothing } from 'lit';
import { checkScript } from '../../checker/index.js';
// With `cta` the checker renders <ix-trial-cta>: using the checker alone must bring it along.
import '../trial-cta/define.js';
import type { CheckResult } from '../../checker/types.js';
import { ContextConsumer } from '@lit/context';
import { ixConfigContext } from '../../shared/contexts.js';
import { formatCount } from '../../shared/config/money.js';
import { readConfig } from '../../shared/config/read-config.js';
import { ConfigWarnings } from '../../shared/config/warnings.js';
import { emit } from '../../shared/emit.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { dir, en } from '../../shared/language.js';
import { PageSchemeController } from '../../shared/page-scheme.js';
import { styles } from './concession-checker.styles.js';
import { DebounceController } from './debounce-controller.js';
import { clearDraft, draftStorageKey, loadDraft, saveDraft } from './draft-storage.js';
import { exampleScripts, type ExampleScript } from './example-scripts.js';
import { renderHighlightedScript } from './highlighted-script.js';
import { languageName, pageLocale } from './language-name.js';
import { renderRuleList } from './rule-list.js';
import { summarizeVerdict } from './verdict-summary.js';

/**
 * How much of the script is analysed. Checks run on every pause in typing; past this length a
 * paste of a whole document would make each pause cost more than the speaker gains, and a
 * step-down is a few sentences. The textarea always keeps the whole text.
 */
export const maxCheckedLength = 20_000;

const defaultDebounce = 150;
const defaultLabel = 'What will you say after they say no?';
const defaultOtherLanguageText = 'This checker reads English; your script looks like {language}.';

/**
 * A private, instant checker for one persuasion move: after a big ask is refused, is the
 * step-down to a smaller ask *visibly deliberate*? As the visitor types, it shows the verdict in
 * plain words, one row per check with its fix, and their own words with the evidence marked.
 * The analysis runs on the page: nothing typed is ever sent anywhere, and the draft is stored
 * (in this browser's localStorage) only when `remember` is set.
 *
 * Only the first 20,000 characters are analysed (`maxCheckedLength`); the element says so and
 * the textarea keeps the whole text.
 *
 * The checks read English. When most of a script is in another language, the element says so
 * ("This checker reads English; your script looks like German.", see `other-language-text`),
 * naming the language in the page's language, and shows no checks; English with words of
 * another language (Singlish, Hinglish, Taglish, Spanglish, Pidgin) is checked as usual.
 *
 * @tagname ix-concession-checker
 * @summary Checks, as you type and without sending anything, whether a step-down is visibly deliberate.
 *
 * @event {CustomEvent<CheckResult>} ix-check - After every analysis (bubbles, composed). `detail` is the `CheckResult`:
 *   `{ verdict, language, rules: [{ id, passed, message, fix?, evidence: [{ start, end }] }] }`. A script mostly in
 *   another language gives `verdict: 'other-language'`, its BCP 47 `language` code ('de', 'ru', 'zh', …; 'und'
 *   for a writing system the checker does not name) and no rules; otherwise `language` is 'en'.
 *
 * @csspart base - The panel around everything (surface background, border, padding).
 * @csspart field - The textarea for the script.
 * @csspart first-request - The input for the original ask (with `show-first-request`).
 * @csspart label - The labels of both fields.
 * @csspart examples - The group of example buttons.
 * @csspart button - Every button (examples, restore, clear).
 * @csspart clear - The "Clear" button (with `remember`).
 * @csspart results - Everything below the fields: verdict, notice, rules, marked script.
 * @csspart verdict - The verdict in plain words (or that the script is not in English).
 * @csspart notice - The "only the first N characters are checked" notice.
 * @csspart rules - The list of checks.
 * @csspart rule - One check's row (also `rule-passed` or `rule-failed`).
 * @csspart rule-passed - A passing check's row.
 * @csspart rule-failed - A failing check's row.
 * @csspart script - The figure showing the checked words with marks.
 * @csspart mark - One highlighted evidence phrase (or the part of it several checks share).
 * @csspart cta - The `<ix-trial-cta>` under the results (with `cta`).
 *
 * @cssprop --ix-color-accent - Buttons, marks and focus ring.
 * @cssprop --ix-color-on-accent - Text on the accent colour.
 * @cssprop --ix-color-text - Body text.
 * @cssprop --ix-color-muted - Secondary text (hints, fixes).
 * @cssprop --ix-color-surface - Field and results background.
 * @cssprop --ix-color-border - Field and row borders.
 * @cssprop --ix-color-success - Passed checks and the "deliberate" verdict.
 * @cssprop --ix-color-danger - Checks that need work and the "invisible" verdict.
 * @cssprop --ix-color-focus - Focus ring (defaults to the accent).
 * @cssprop --ix-font-family - Font (default: the prose's around it — the nearest paragraph, else the surrounding text).
 * @cssprop --ix-font-size - Base font size (default: the prose's around it — the nearest paragraph, else the surrounding text — at least 14px).
 * @cssprop --ix-radius - Corner radius.
 * @cssprop --ix-space - Base spacing unit.
 */
export class IxConcessionChecker extends LitElement {
  // Internal reactive state: declared here, not in `properties`, so the manifest lists no attribute for it.
  static {
    for (const name of ['result', 'checked', 'fullLength', 'replacedDraft']) this.createProperty(name, { state: true });
  }

  // A static getter rather than decorators: smaller output, and the template analyzer reads it.
  static override get properties() {
    return {
      label: {},
      placeholder: {},
      otherLanguageText: { attribute: 'other-language-text' },
      firstRequest: { attribute: 'first-request' },
      showFirstRequest: { type: Boolean, attribute: 'show-first-request' },
      debounce: { type: Number },
      examples: { type: Boolean },
      cta: { type: Boolean },
      remember: { type: Boolean },
      theme: { reflect: true },
      value: { attribute: false, noAccessor: true },
    };
  }

  static override styles = styles;

  /** Label of the script field. */
  label: string = defaultLabel;

  /** Placeholder of the script field. */
  placeholder = 'I understand — that was a big ask…';

  /**
   * What the verdict says when the script is not in English (default "This checker reads
   * English; your script looks like {language}."). `{language}` is the language's name in the
   * page's language — the nearest `lang` around the element, else English: "German" on an
   * English page, "Deutsch" on a German one ("another language" for a writing system the
   * checker does not name).
   */
  otherLanguageText: string = defaultOtherLanguageText;

  /**
   * The original, larger ask. Pre-fills the field shown by `show-first-request`; used by the
   * analysis (naming its content counts as pointing back at it) even when the field is hidden.
   */
  firstRequest = '';

  /** Shows a field for the original ask, so naming its content counts as referring back to it. */
  showFirstRequest = false;

  /** Milliseconds of pause in typing before the checks run (0–10000; invalid values warn and use 150). */
  debounce = defaultDebounce;

  /** Shows buttons that load a deliberate example and the common mistake. */
  examples = false;

  /** Shows `<ix-trial-cta placement="checker">` under the results. */
  cta = false;

  /**
   * Keeps the draft in this browser's localStorage (key `ix-widgets:concession-checker:draft`,
   * plus `:<id>` when the element has an id, so two checkers on a page keep two drafts) and
   * shows a "Clear" button that erases it. Without it the draft survives nothing.
   */
  remember = false;

  /**
   * `light` or `dark`; unset follows the nearest `<ix-provider>`, then the page (its declared
   * `color-scheme`, else the background behind the checker, else `prefers-color-scheme`).
   * The element never writes this attribute: the theme in use is in `resolved-theme`.
   */
  theme?: 'light' | 'dark';

  readonly #pageConfig = new ContextConsumer(this, { context: ixConfigContext, subscribe: true });

  private result: CheckResult = { verdict: 'empty', language: 'en', rules: [] };
  /** The exact string the result's offsets point into (the first `maxCheckedLength` characters). */
  private checked = '';
  private fullLength = 0;
  /** What the last example button replaced, so one click can bring the visitor's own text back. */
  private replacedDraft?: { script: string; firstRequest: string };

  // Plain fields, not reactive: a keystroke must not re-render anything before the pause.
  // The snippet's first paint (a declarative shadow root, still there while the element upgrades)
  // has a real field: what a visitor typed there before the bundle arrived is their draft.
  #draft: string = this.shadowRoot?.querySelector('textarea')?.value ?? '';
  #firstRequestDraft = '';
  #stale = true;
  #resultUnannounced = false;
  #delay = defaultDebounce;
  readonly #warnings = new ConfigWarnings(this);
  #draftLoaded = !!this.#draft; // and outranks a remembered one
  readonly #scheme = new PageSchemeController(this);
  readonly #debouncer = new DebounceController(this, () => this.#delay, () => this.#analyse());

  /** The whole text of the script field. Setting it re-runs the checks at once. */
  get value(): string {
    return this.#draft;
  }

  set value(value: string) {
    const old = this.#draft;
    this.#draft = value == null ? '' : String(value);
    this.#draftLoaded = true; // a value from script outranks a remembered draft
    this.#markStale();
    this.requestUpdate('value', old);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Show what the page wrote ("soon"), not what the number converter made of it (NaN).
    const debounce = Number.isNaN(this.debounce) ? this.getAttribute('debounce') : this.debounce;
    const { config, problems } = readConfig({ debounce, theme: this.theme || undefined });
    this.#warnings.report(problems, { debounce: defaultDebounce });
    this.#delay = config.debounce ?? defaultDebounce;
    this.#scheme.apply(config.theme ?? this.#pageConfig.value?.theme);
    if (changed.has('firstRequest')) {
      this.#firstRequestDraft = this.firstRequest ?? '';
      this.#stale = true;
    }
    if (changed.has('remember') && this.remember && !this.#draftLoaded) this.#restoreDraft();
    if (this.#stale) this.#analyse();
  }

  protected override updated(): void {
    // The fields are written only when the text changed from script (value, example, clear):
    // rewriting them on every render could reset the caret or an IME composition.
    const [script, first] = this.renderRoot.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input');
    if (script && script.value !== this.#draft) script.value = this.#draft;
    if (first && first.value !== this.#firstRequestDraft) first.value = this.#firstRequestDraft;
    if (!this.#resultUnannounced) return;
    this.#resultUnannounced = false;
    emit(this, 'ix-check', this.result);
  }

  #restoreDraft(): void {
    this.#draftLoaded = true;
    const stored = loadDraft(this.#storageKey);
    if (!stored) return;
    this.#draft = stored.script;
    if (stored.firstRequest) this.#firstRequestDraft = stored.firstRequest;
    this.#markStale();
  }

  get #storageKey(): string {
    return this.id ? `${draftStorageKey}:${this.id}` : draftStorageKey;
  }

  #markStale(): void {
    this.#debouncer.cancel();
    this.#stale = true;
  }

  /** Runs the checks on the current draft; called after the pause, or at once for set values. */
  #analyse(): void {
    this.#stale = false;
    const text = this.#draft;
    let cut = Math.min(text.length, maxCheckedLength);
    // Never cut a surrogate pair in half: the last checked character would turn into U+FFFD.
    if (cut < text.length && /[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut--;
    const checked = text.slice(0, cut);
    const firstRequest = this.#firstRequestDraft.trim();
    try {
      this.result = checkScript(checked, firstRequest ? { firstRequest } : undefined);
    } catch (error) {
      // The engine promises never to throw; if it ever does, keep the draft and say why.
      console.error('[ix-widgets] <ix-concession-checker>: the analysis failed', error);
      this.result = { verdict: 'empty', language: 'en', rules: [] };
    }
    this.checked = checked;
    this.fullLength = text.length;
    this.#resultUnannounced = true;
    if (this.remember) saveDraft({ script: text, firstRequest: this.#firstRequestDraft }, this.#storageKey);
  }

  // Arrow fields: they are handed to templates as listeners.
  readonly #onScriptInput = (event: InputEvent): void => {
    this.#draft = (event.target as HTMLTextAreaElement).value;
    this.#debouncer.schedule();
  };

  readonly #onFirstRequestInput = (event: InputEvent): void => {
    this.#firstRequestDraft = (event.target as HTMLInputElement).value;
    this.#debouncer.schedule();
  };

  #loadExample(example: ExampleScript): void {
    const isExample = exampleScripts.some(({ script }) => script === this.#draft);
    if (this.#draft.trim() && !isExample) {
      this.replacedDraft = { script: this.#draft, firstRequest: this.#firstRequestDraft };
    }
    this.#draft = example.script;
    if (this.showFirstRequest) this.#firstRequestDraft = example.firstRequest;
    this.#markStale();
    this.requestUpdate();
  }

  readonly #restoreReplaced = (): void => {
    if (!this.replacedDraft) return;
    ({ script: this.#draft, firstRequest: this.#firstRequestDraft } = this.replacedDraft);
    this.replacedDraft = undefined;
    this.#markStale();
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  };

  readonly #clear = (): void => {
    this.#draft = '';
    this.#firstRequestDraft = this.firstRequest ?? '';
    this.replacedDraft = undefined;
    clearDraft(this.#storageKey);
    this.#markStale();
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector('textarea')?.focus());
  };

  /** The verdict in words; the page's language is looked up only for a script not in English. */
  #summary() {
    const { language } = this.result;
    const name = language === 'en' ? '' : languageName(language, pageLocale(this));
    return summarizeVerdict(this.result, (this.otherLanguageText || defaultOtherLanguageText).split('{language}').join(name));
  }

  override render() {
    // The built-in words are English, left to right; a page's label and what the visitor types take their own direction (shared/language.ts).
    const ownLabel = (this.label || defaultLabel) === defaultLabel;
    return html`<div part="base" class="root">
      <div class="fields">
        <label part="label" for="script" lang=${ifDefined(en(ownLabel))} dir=${dir(ownLabel)}>${this.label || defaultLabel}</label>
        <textarea
          id="script"
          part="field"
          rows="5"
          dir="auto"
          spellcheck="true"
          aria-describedby="privacy"
          placeholder=${this.placeholder ?? nothing}
          @input=${this.#onScriptInput}
        ></textarea>
        <p id="privacy" class="hint" lang="en" dir="ltr">
          Checked on this page: nothing you type is sent anywhere.${this.remember
            ? ' Your draft is kept in this browser until you clear it.'
            : ''}
        </p>
        ${this.showFirstRequest
          ? html`<label part="label" for="first-request" lang="en" dir="ltr">What did you ask for first? (optional)</label>
              <input
                id="first-request"
                part="first-request"
                type="text"
                dir="auto"
                autocomplete="off"
                @input=${this.#onFirstRequestInput}
              />`
          : nothing}
        ${this.#renderActions()}
      </div>
      <p class="vh" role="status" lang="en" aria-live="polite" aria-atomic="true">${this.#summary().announcement}</p>
      ${this.#renderResults()}
      ${this.cta ? html`<ix-trial-cta part="cta" placement="checker" theme=${this.#scheme.value}></ix-trial-cta>` : nothing}
    </div>`;
  }

  #renderActions() {
    if (!this.examples && !this.remember) return nothing;
    return html`<div class="actions" lang="en" dir="ltr">
      ${this.examples
        ? html`<div part="examples" class="examples" role="group" aria-label="Examples">
            ${exampleScripts.map(
              (example) =>
                html`<button part="button" type="button" @click=${() => this.#loadExample(example)}>
                  ${example.label}
                </button>`,
            )}
            ${this.replacedDraft
              ? html`<button part="button" type="button" @click=${this.#restoreReplaced}>Restore my text</button>`
              : nothing}
          </div>`
        : nothing}
      ${this.remember
        ? html`<button part="button clear" class="clear" type="button" @click=${this.#clear}>Clear</button>`
        : nothing}
    </div>`;
  }

  #renderResults() {
    const { result, checked } = this;
    const summary = this.#summary();
    const marked = result.rules.some((rule) => rule.evidence.length > 0);
    return html`<div part="results" class="results">
      <div part="verdict" class="verdict ${result.verdict}" lang="en" dir="ltr">
        <span class="verdict-icon" aria-hidden="true">${verdictIcons[result.verdict]}</span>
        <p><strong>${summary.headline}</strong><br />${summary.detail}</p>
      </div>
      ${this.fullLength > checked.length
        ? html`<p part="notice" class="notice" lang="en" dir="ltr">
            Only the first ${formatCount(maxCheckedLength, 'en-US')} characters are checked; your text has
            ${formatCount(this.fullLength, 'en-US')}. Nothing after that point is lost.
          </p>`
        : nothing}
      ${result.verdict === 'empty' ? nothing : renderRuleList(result.rules)}
      ${marked
        ? html`<figure part="script" class="script">
            <figcaption lang="en" dir="ltr">Your words, marked where each check found its evidence</figcaption>
            <div class="words" tabindex="0" dir="auto">${renderHighlightedScript(checked, result.rules)}</div>
          </figure>`
        : nothing}
    </div>`;
  }
}

const verdictIcons: Record<CheckResult['verdict'], string> = {
  empty: '…',
  deliberate: '✓',
  partial: '!',
  invisible: '✗',
  'other-language': 'i',
};

declare global {
  interface HTMLElementEventMap {
    'ix-check': CustomEvent<CheckResult>;
  }
}
