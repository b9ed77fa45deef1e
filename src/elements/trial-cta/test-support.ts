import { captureWarnings as captureAll } from '../../../tests/support/capture-warnings.js';
import type { IxTrialCta } from './trial-cta.component.js';

/** Collects IX configuration warnings (other console output, like Lit's dev notice, passes through). */
export const captureWarnings = () => captureAll((message) => message.startsWith('<ix-'));

export const part = (el: IxTrialCta, name: string): HTMLElement => {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
};

export const terms = (el: IxTrialCta) => part(el, 'terms').textContent.trim();
export const link = (el: IxTrialCta) => part(el, 'link') as HTMLAnchorElement;
export const linkUrl = (el: IxTrialCta) => new URL(link(el).getAttribute('href')!, 'https://relative.invalid/');
