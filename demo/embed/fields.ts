/**
 * Form controls made from the manifest's options: one labelled control per attribute or token,
 * its documentation as help text and, when the element would refuse the value, the element's own
 * message beside it. A few attributes get a richer control (a catalog card picker, ordered
 * sections, suggestions for currencies and locales); any other attribute gets the plain control
 * for its kind, so a new attribute shows up without a change here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TechniqueCard } from '../../src/catalog/schema.js';
import { requestedSections, sectionNames, sectionTitles, type SectionName } from '../../src/catalog/sections.js';
import type { AttributeOption, TokenOption } from '../../src/embed/element-options.js';
import type { FieldValue, Scope } from '../../src/embed/embed-config.js';
import { attributeWording, tokenWording, type Wording } from './wording.js';

export interface FieldContext {
  scope: Exclude<Scope, 'token'>;
  /** The element the attribute belongs to (a few names mean something else on another element). */
  tag: string;
  value: FieldValue | undefined;
  problem?: string;
  /** The page-wide (provider) value an empty element field takes instead of its own default. */
  inherited?: string;
  onChange(value: FieldValue | undefined): void;
}

const words: Record<string, string> = { utm: 'UTM', href: 'link (href)', cta: 'call to action', src: 'card address (src)', ix: '' };

/** "trial-days" → "Trial days", "utm-source" → "UTM source". */
export function humanise(name: string): string {
  const text = name
    .replace(/^--/, '')
    .split('-')
    .map((word) => words[word] ?? word)
    .filter(Boolean)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Documentation text with `code` spans, rendered as text (never as HTML). */
export function docText(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

/** "--ix-color-accent" → "Accent colour", "--ix-font-size" → "Font size". */
export function tokenLabel(name: string): string {
  const bare = name.replace(/^--ix-/, '');
  return bare.startsWith('color-') ? humanise(`${bare.slice('color-'.length)}-colour`) : humanise(bare);
}

export const fieldId = (scope: string, name: string) => `${scope}-${name.replace(/^--/, '')}`;

function describedBy(id: string, problem?: string): string {
  return problem ? `${id}-help ${id}-problem` : `${id}-help`;
}

/** The attribute or property as the snippet writes it: a detail for whoever reads the snippet, not part of the field's name. */
const nameNote = (name: string) => html` <code class="name" aria-hidden="true">${name}</code>`;

function helpAndProblem(id: string, help: (string | TemplateResult)[], problem?: string, name?: string) {
  return html`<p class="help" id="${id}-help">${help}${name ? nameNote(name) : nothing}</p>
    ${problem ? html`<p class="problem" id="${id}-problem"><span class="problem-mark" aria-hidden="true">⚠</span> ${problem}</p>` : nothing}`;
}

const fromProvider = 'from the page-wide settings';

/**
 * What an empty field means, unless the hint or the list already says it (an empty default says
 * nothing). A page-wide value in force is what an empty field really gets, so it is always said.
 */
const defaultNote = (option: AttributeOption, hint: string, inherited?: string) =>
  inherited !== undefined
    ? ` Left empty: ${inherited}, ${fromProvider}.`
    : option.default === undefined || option.default === '' || option.kind !== 'text' && option.kind !== 'number' || /\b(default|empty)\b/i.test(hint)
    ? ''
    : ` Left empty: ${String(option.default)}.`;

/** The builder's own words for an attribute, else its name and the manifest's docs. */
function wordingOf(tag: string, option: AttributeOption): Wording {
  return attributeWording(tag, option.name) ?? { label: humanise(option.name), hint: option.description };
}

const suggestions: Record<string, readonly string[]> = {
  currency: ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'CHF', 'SEK', 'INR', 'BRL', 'MXN', 'KWD'],
  locale: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE', 'ja-JP', 'hi-IN', 'ar-EG'],
};

function label(id: string, text: string) {
  return html`<label for=${id}>${text}</label>`;
}

/** The plain control for an attribute of any kind. */
export function attributeField(option: AttributeOption, context: FieldContext): TemplateResult {
  const id = fieldId(context.scope, option.name);
  const wording = wordingOf(context.tag, option);
  const help = [...docText(wording.hint), defaultNote(option, wording.hint, context.inherited)];
  const invalid = context.problem ? 'true' : 'false';
  if (option.kind === 'boolean') {
    return html`<div class="field check">
      <input type="checkbox" id=${id} .checked=${live(context.value === true)} aria-describedby=${describedBy(id, context.problem)}
        @change=${(event: Event) => context.onChange((event.target as HTMLInputElement).checked)} />
      ${label(id, wording.label)} ${helpAndProblem(id, help, context.problem, option.name)}
    </div>`;
  }
  if (option.kind === 'enum' && option.values) {
    const current = typeof context.value === 'string' ? context.value : '';
    const shown = current === String(option.default ?? '') ? '' : current;
    const unknown = shown && !option.values.includes(shown);
    const named = (value: string) => wording.values?.[value] ?? value;
    const unset =
      context.inherited !== undefined
        ? `${named(context.inherited)} (${fromProvider})`
        : (wording.values?.[''] ?? (option.default === undefined ? 'Not set' : `${named(String(option.default))} (the default)`));
    return html`<div class="field">
      ${label(id, wording.label)}
      <select id=${id} aria-invalid=${invalid} aria-describedby=${describedBy(id, context.problem)}
        @change=${(event: Event) => context.onChange((event.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${shown === ''}>${unset}</option>
        ${option.values
          .filter((value) => value !== option.default)
          .map((value) => html`<option value=${value} ?selected=${shown === value}>${named(value)}</option>`)}
        ${unknown ? html`<option value=${shown} selected>${shown} (not allowed)</option>` : nothing}
      </select>
      ${helpAndProblem(id, help, context.problem, option.name)}
    </div>`;
  }
  const list = suggestions[option.name];
  return html`<div class="field">
    ${label(id, wording.label)}
    <input type="text" id=${id} .value=${live(typeof context.value === 'string' ? context.value : '')}
      placeholder=${context.inherited ?? (option.default === undefined ? nothing : String(option.default))}
      inputmode=${option.kind === 'number' ? 'decimal' : option.name === 'href' || option.name === 'src' ? 'url' : nothing}
      list=${list ? `${id}-suggestions` : nothing} autocomplete="off" spellcheck="false"
      aria-invalid=${invalid} aria-describedby=${describedBy(id, context.problem)}
      @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value || undefined)} />
    ${list ? html`<datalist id="${id}-suggestions">${list.map((value) => html`<option value=${value}></option>`)}</datalist>` : nothing}
    ${helpAndProblem(id, help, context.problem, option.name)}
  </div>`;
}

/** The card's `technique`: every catalog card, listed by title. */
export function techniqueField(option: AttributeOption, catalog: readonly TechniqueCard[], context: FieldContext): TemplateResult {
  const id = fieldId(context.scope, option.name);
  const current = typeof context.value === 'string' ? context.value : '';
  const known = catalog.some((card) => card.slug === current);
  return html`<div class="field">
    ${label(id, wordingOf(context.tag, option).label)}
    <select id=${id} aria-invalid=${context.problem ? 'true' : 'false'} aria-describedby=${describedBy(id, context.problem)}
      @change=${(event: Event) => context.onChange((event.target as HTMLSelectElement).value || undefined)}>
      ${current === '' ? html`<option value="" selected>Choose a technique</option>` : nothing}
      ${catalog.map((card) => html`<option value=${card.slug} ?selected=${card.slug === current}>${card.title}</option>`)}
      ${current && !known ? html`<option value=${current} selected>${current} (not in the catalog)</option>` : nothing}
    </select>
    ${helpAndProblem(id, docText(wordingOf(context.tag, option).hint), context.problem, option.name)}
  </div>`;
}

/** The card's `sections`: which to show and in what order (unset: all, in the authored order). */
export function sectionsField(option: AttributeOption, context: FieldContext): TemplateResult {
  const id = fieldId(context.scope, option.name);
  const written = typeof context.value === 'string' ? requestedSections(context.value) : undefined;
  const chosen = written ? ([...new Set(written)].filter((s) => (sectionNames as string[]).includes(s)) as SectionName[]) : [...sectionNames];
  const order = [...chosen, ...sectionNames.filter((name) => !chosen.includes(name))];
  const set = (next: SectionName[]) => {
    const same = next.length === sectionNames.length && next.every((name, i) => name === sectionNames[i]);
    context.onChange(same ? undefined : next.join(','));
  };
  const move = (name: SectionName, by: number) => {
    const next = [...chosen];
    const at = next.indexOf(name);
    next.splice(at, 1);
    next.splice(at + by, 0, name);
    set(next);
  };
  const title = (name: SectionName) => (name === 'cta' ? 'Call to action' : sectionTitles[name]);
  return html`<fieldset class="sections" aria-describedby=${describedBy(id, context.problem)}>
    <legend>${wordingOf(context.tag, option).label}</legend>
    <ol>
      ${order.map((name) => {
        const on = chosen.includes(name);
        const at = chosen.indexOf(name);
        return html`<li>
          <input type="checkbox" id="${id}-${name}" .checked=${live(on)}
            @change=${(event: Event) => set((event.target as HTMLInputElement).checked ? [...chosen, name] : chosen.filter((s) => s !== name))} />
          <label for="${id}-${name}">${title(name)}</label>
          <span class="moves">
            <button type="button" ?disabled=${!on || at === 0} aria-label="Move ${title(name)} up" @click=${() => move(name, -1)}>↑</button>
            <button type="button" ?disabled=${!on || at === chosen.length - 1} aria-label="Move ${title(name)} down" @click=${() => move(name, 1)}>↓</button>
          </span>
        </li>`;
      })}
    </ol>
    ${chosen.length === 0 ? html`<p class="help">No section chosen: the card shows them all.</p>` : nothing}
    ${helpAndProblem(id, docText(wordingOf(context.tag, option).hint), context.problem, option.name)}
  </fieldset>`;
}

export interface TokenContext {
  value: string | undefined;
  problem?: string;
  /** The colour in effect now (the default's, until one is set), for the colour picker. */
  effectiveHex?: string;
  onChange(value: string | undefined): void;
}

const fontStacks = [
  'system-ui, sans-serif',
  'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif',
  'Georgia, "Times New Roman", serif',
  '"Helvetica Neue", Arial, sans-serif',
  'ui-monospace, "Cascadia Code", Menlo, Consolas, monospace',
];

export function tokenField(token: TokenOption, context: TokenContext): TemplateResult {
  const id = fieldId('token', token.name);
  const wording = tokenWording(token.name) ?? { label: tokenLabel(token.name), hint: token.description };
  const pair = token.default && /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(token.default);
  const shownDefault = pair ? html`<code>${pair[1]}</code> on light pages, <code>${pair[2]}</code> on dark ones` : nothing;
  const help = [...docText(wording.hint), pair ? html` Left empty: ${shownDefault}.` : ''];
  const text = html`<input type="text" id=${id} .value=${live(context.value ?? '')}
    placeholder=${token.default === 'inherit' ? 'your page’s font' : token.kind === 'color' ? 'default' : token.default?.includes('(') ? 'automatic' : (token.default ?? '')}
    list=${token.kind === 'font' ? `${id}-suggestions` : nothing} autocomplete="off" spellcheck="false"
    aria-invalid=${context.problem ? 'true' : 'false'} aria-describedby=${describedBy(id, context.problem)}
    @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value || undefined)} />`;
  const reset = context.value
    ? html`<button type="button" class="reset" aria-label="Use the default ${wording.label.toLowerCase()}" @click=${() => context.onChange(undefined)}>Default</button>`
    : nothing;
  return html`<div class="field token">
    ${label(id, wording.label)}
    <div class="token-row">
      ${token.kind === 'color'
        ? html`<input type="color" class="picker" aria-label="Pick the ${wording.label.toLowerCase()}" .value=${live(context.effectiveHex ?? '#000000')}
            @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value)} />`
        : nothing}
      ${text} ${reset}
    </div>
    ${token.kind === 'font' ? html`<datalist id="${id}-suggestions">${fontStacks.map((stack) => html`<option value=${stack}></option>`)}</datalist>` : nothing}
    ${helpAndProblem(id, help, context.problem, token.name)}
  </div>`;
}

export interface LookContext {
  id: string;
  label: string;
  hint: string;
  kind: 'color' | 'font';
  value: string | undefined;
  problem?: string;
  /** The colour shown by the picker until one is set. */
  pickerHex: string;
  /** The grey sample in the empty field, e.g. "e.g. #fffaf0". */
  example: string;
  onChange(value: string | undefined): void;
}

/** One property of the reader's own page, for the preview only: a colour (picker and text) or a font list. */
export function lookField(context: LookContext): TemplateResult {
  const { id } = context;
  return html`<div class="field token">
    ${label(id, context.label)}
    <div class="token-row">
      ${context.kind === 'color'
        ? html`<input type="color" class="picker" aria-label="Pick ${context.label.toLowerCase()}" .value=${live(context.value && /^#[0-9a-f]{6}$/i.test(context.value) ? context.value : context.pickerHex)}
            @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value)} />`
        : nothing}
      <input type="text" id=${id} .value=${live(context.value ?? '')} placeholder=${context.example}
        list=${context.kind === 'font' ? `${id}-suggestions` : nothing} autocomplete="off" spellcheck="false"
        aria-invalid=${context.problem ? 'true' : 'false'} aria-describedby=${describedBy(id, context.problem)}
        @input=${(event: Event) => context.onChange((event.target as HTMLInputElement).value || undefined)} />
    </div>
    ${context.kind === 'font' ? html`<datalist id="${id}-suggestions">${fontStacks.map((stack) => html`<option value=${stack}></option>`)}</datalist>` : nothing}
    ${helpAndProblem(id, [context.hint], context.problem)}
  </div>`;
}
