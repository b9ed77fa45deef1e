import type { IxTrialCta } from './trial-cta.component.js';

/** Collects IX configuration warnings (other console output, like Lit's dev notice, passes through). */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('<ix-')) messages.push(args[0]);
    else original(...args);
  };
  return { messages, restore: () => (console.warn = original) };
}

export const part = (el: IxTrialCta, name: string): HTMLElement => {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
};

export const terms = (el: IxTrialCta) => part(el, 'terms').textContent.trim();
export const link = (el: IxTrialCta) => part(el, 'link') as HTMLAnchorElement;
export const linkUrl = (el: IxTrialCta) => new URL(link(el).getAttribute('href')!, 'https://relative.invalid/');
