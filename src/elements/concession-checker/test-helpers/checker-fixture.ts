import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CheckResult } from '../../../checker/types.js';
import '../define.js';
import type { IxConcessionChecker } from '../concession-checker.component.js';

export const deliberateScript =
  'I understand — that was a big ask. I’m coming down from what I asked: instead of the full weekend, ' +
  'could you spend one evening on the grant application?';
export const commonMistake = 'Could you spend one evening on the grant application?';

export async function checkerFixture(template: TemplateResult | string): Promise<IxConcessionChecker> {
  const el = await fixture<IxConcessionChecker>(template);
  await el.updateComplete;
  return el;
}

export function part(el: IxConcessionChecker, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function parts(el: IxConcessionChecker, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

export const field = (el: IxConcessionChecker) => el.shadowRoot!.querySelector('textarea')!;
export const firstRequestField = (el: IxConcessionChecker) => el.shadowRoot!.querySelector('input')!;
export const verdictText = (el: IxConcessionChecker) => clean(part(el, '[part="verdict"]')!.textContent);
export const liveText = (el: IxConcessionChecker) => clean(part(el, '[aria-live="polite"]')!.textContent);
export const ruleRows = (el: IxConcessionChecker) => parts(el, '[part~="rule"]');

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Types the way a paste or IME commit does: the field's value changes, then one `input` event. */
export function typeInto(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
}

/** Resolves with the next analysis, once its results are on screen (the event fires after render). */
export async function nextCheck(el: IxConcessionChecker): Promise<CheckResult> {
  const event = await oneEvent(el, 'ix-check');
  return (event as CustomEvent<CheckResult>).detail;
}

export async function typeAndCheck(el: IxConcessionChecker, text: string): Promise<CheckResult> {
  const checked = nextCheck(el);
  typeInto(field(el), text);
  return checked;
}

/**
 * The offsets of the checked text that sit inside a `<mark>`, read back from the rendered DOM
 * (the rule tags and hidden rule names are labels, not part of the text, so they are skipped).
 */
export function markedOffsets(el: IxConcessionChecker): Set<number> {
  const words = part(el, '.words');
  const marked = new Set<number>();
  if (!words) return marked;
  let offset = 0;
  const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('.tag, .vh') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue!.length;
    if (node.parentElement?.closest('mark')) for (let i = 0; i < length; i++) marked.add(offset + i);
    offset += length;
  }
  return marked;
}

/** Reads back the text shown in the highlighted view, without the rule tags. */
export function shownWords(el: IxConcessionChecker): string {
  const words = part(el, '.words');
  if (!words) return '';
  const copy = words.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.tag, .vh').forEach((label) => label.remove());
  return copy.textContent ?? '';
}

export const partialScript = 'I understand. Could you spend one evening on the grant application?';

/**
 * Axe over a checker whose `theme` is set, with results shown, on a page painted in that theme's
 * colours. Run against the opposite system preference, this proves the attribute wins.
 */
export async function expectThemedCheckerAccessible(theme: 'light' | 'dark'): Promise<void> {
  const el = await checkerFixture(html`<ix-concession-checker theme=${theme} examples remember></ix-concession-checker>`);
  document.body.style.background = theme === 'dark' ? '#161b26' : '#ffffff';
  try {
    await typeAndCheck(el, partialScript);
    await expect(el).to.be.accessible();
  } finally {
    document.body.style.background = '';
  }
}
