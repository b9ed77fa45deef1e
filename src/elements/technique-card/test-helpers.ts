import { fixture, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { captureWarnings as captureAll } from '../../../tests/support/capture-warnings.js';
import './define.js';
import type { IxTechniqueCard } from './technique-card.component.js';

export const seedSlug = 'make-the-step-down-visibly-deliberate';
export const fixtures = new URL('./test-fixtures/', import.meta.url).pathname;

/** Collects the card's console warnings; everything else passes through. */
export const captureWarnings = () => captureAll((message) => message.includes('<ix-technique-card'));

export async function renderCard(template: TemplateResult): Promise<IxTechniqueCard> {
  const el = await fixture<IxTechniqueCard>(template);
  await el.updateComplete;
  return el;
}

/**
 * Renders a card and waits until it shows a card or an error (a `src` card resolves later).
 * Also returns the first `ix-card-error` it dispatched, caught at the document.
 */
export async function renderLoadedCard(template: TemplateResult): Promise<{ el: IxTechniqueCard; error?: CustomEvent }> {
  const events: CustomEvent[] = [];
  const collect = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('ix-card-error', collect);
  try {
    const el = await fixture<IxTechniqueCard>(template);
    await waitFor(() => !part(el, 'loading') && part(el, 'card'), 'a card or an error');
    await el.updateComplete;
    return { el, error: events[0] };
  } finally {
    document.removeEventListener('ix-card-error', collect);
  }
}

/** One turn of the event loop that background-tab timer throttling cannot stretch. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

export async function waitFor(test: () => unknown, what = 'condition'): Promise<void> {
  const deadline = performance.now() + 5000;
  while (performance.now() < deadline) {
    if (test()) return;
    await nextTask();
  }
  throw new Error(`timed out waiting for ${what}`);
}

export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export { oneEvent };

const mounted: HTMLElement[] = [];
/**
 * Renders plain markup into the page. (open-wc's fixture waits for an animation frame for
 * non-Lit roots, and frames never come in the background tab a parallel test file runs in.)
 */
export function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container.firstElementChild as HTMLElement;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});
