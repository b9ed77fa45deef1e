/**
 * Drives demo/embed.html (the embed builder) inside a test frame as a user would: through its
 * own controls and the page's own events, in any engine. The builder marks on its root which
 * revision of the preview has settled, so a test waits for the preview to catch up.
 */
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

export interface Builder {
  page: PageFrame;
  root: HTMLElement;
  /** The preview iframe's window and document. */
  preview(): { window: Window & typeof globalThis; document: Document };
  snippet(): string;
  field<T extends HTMLElement = HTMLInputElement>(selector: string): T;
  /** Types a whole value into a text field (one `input` event, as a paste would), then waits for the preview. */
  type(selector: string, value: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  click(selector: string): Promise<void>;
  settled(): Promise<void>;
}

export interface BuilderPlace {
  /** The window's height (default 900). */
  height?: number;
  /** The folder the builder is served from: /demo/ (as `npm start`), or /demo-public-embed/, as if built for a public embed site. */
  folder?: string;
}

export async function openBuilder(query = '', width = 1280, { height = 900, folder = '/demo/' }: BuilderPlace = {}): Promise<Builder> {
  const page = await openPage(`${folder}embed.html${query}`, { width, height, timeout: 15000 });
  const doc = page.document;
  await waitInPage(page, () => Boolean(doc.querySelector('#builder[data-revision]')), 'the builder to start', 10000);
  const root = doc.querySelector<HTMLElement>('#builder')!;
  const builder: Builder = {
    page,
    root,
    preview() {
      const frame = doc.querySelector<HTMLIFrameElement>('#preview-frame')!;
      return { window: frame.contentWindow as Window & typeof globalThis, document: frame.contentDocument! };
    },
    snippet: () => doc.querySelector<HTMLTextAreaElement>('#snippet')!.value,
    field<T extends HTMLElement>(selector: string) {
      const found = doc.querySelector<T>(selector);
      if (!found) throw new Error(`the builder has no ${selector}`);
      return found;
    },
    async type(selector, value) {
      const input = builder.field<HTMLInputElement>(selector);
      input.focus();
      input.value = value;
      input.dispatchEvent(new page.window.InputEvent('input', { bubbles: true, composed: true }));
      await builder.settled();
    },
    async select(selector, value) {
      const select = builder.field<HTMLSelectElement>(selector);
      select.value = value;
      select.dispatchEvent(new page.window.Event('change', { bubbles: true }));
      await builder.settled();
    },
    async click(selector) {
      builder.field(selector).click();
      await builder.settled();
    },
    async settled() {
      await waitInPage(page, () => Boolean(root.dataset.settled) && root.dataset.settled === root.dataset.revision, 'the preview to settle', 10000);
      const preview = builder.preview();
      await settlePage({ ...page, window: preview.window, document: preview.document });
    },
  };
  await builder.settled();
  return builder;
}

/** Attributes an author wrote (the element's internal `resolved-theme` left out), sorted. */
export function writtenAttributes(element: Element): [string, string][] {
  return element
    .getAttributeNames()
    .filter((name) => name !== 'resolved-theme')
    .sort()
    .map((name) => [name, element.getAttribute(name)!]);
}

/** The value of the snippet's `integrity` attribute. */
export function integrityOf(snippet: string): string {
  const match = /integrity="([^"]+)"/.exec(snippet);
  if (!match) throw new Error('the snippet has no integrity attribute');
  return match[1]!;
}

/** SHA-384 of bytes, as an `integrity` value. */
export async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/**
 * Pastes a snippet into a page as a CMS would put it in the body, with the script pointed at
 * `src` (the same bytes the CDN serves; the integrity hash is kept, so it is checked).
 */
export function paste(target: PageFrame, snippet: string, src: string): void {
  const html = snippet.replace(/src="https:\/\/cdn\.jsdelivr\.net\/[^"]+"/, `src="${src}"`);
  // A parsed fragment's scripts run when inserted, as the page's own would.
  target.document.body.append(target.document.createRange().createContextualFragment(html));
}
