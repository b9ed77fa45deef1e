/**
 * The live preview: a host page in an iframe, the real built bundle loaded into it with the
 * snippet's own integrity hash (so a wrong hash shows here first), and the snippet's style and
 * element pasted into the page's embed slot on every change.
 */
import { embeddableTags, providerTag } from '../../src/embed/embed-config.js';

export interface LocalBundle {
  /** Where this server serves the exact bytes of dist/ix-widgets.js. */
  src: string;
  integrity: string;
}

export type BundleState = 'loading' | 'ready' | 'refused';

/** The reader's own page, imitated on the preview page's <body> (CSS values the builder has checked). */
export interface PageLook {
  background?: string;
  text?: string;
  font?: string;
}

type Upgradable = Element & { updateComplete?: Promise<unknown> };

/** Every IX element a preview can hold (the embed, its provider, and the host page's own). */
const ixTags = [providerTag, ...embeddableTags].join(', ');

/** The next frame, or 100 ms if frames are not running (a background tab), so nothing waits forever. */
const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => {
    const timer = win.setTimeout(resolve, 100);
    win.requestAnimationFrame(() => (win.clearTimeout(timer), resolve()));
  });

/** The checker's remembered drafts in `win`'s storage; given `restore`, puts exactly those back. */
function storedDrafts(win: Window, restore?: [string, string][]): [string, string][] {
  try {
    const drafts = Object.entries(win.localStorage).filter(([key]) => key.startsWith('ix-widgets:')) as [string, string][];
    if (restore) {
      for (const [key] of drafts) win.localStorage.removeItem(key);
      for (const [key, value] of restore) win.localStorage.setItem(key, value);
    }
    return drafts;
  } catch {
    return []; // storage refused (a privacy setting): there is nothing to keep
  }
}

export class PreviewFrame {
  bundleState: BundleState = 'loading';
  private markup = '';
  private look: PageLook = {};
  private loading?: Promise<void>;

  constructor(
    readonly frame: HTMLIFrameElement,
    private readonly bundle: LocalBundle,
    private readonly onBundleState: (state: BundleState) => void,
  ) {}

  get document(): Document | undefined {
    return this.frame.contentDocument ?? undefined;
  }

  private slotSelector?: string;

  /** Opens a host page; the current markup is pasted into it once it has loaded (see host-pages.ts for where). */
  open(url: string, slot?: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => this.frame.addEventListener('load', () => resolve(), { once: true }));
    this.slotSelector = slot;
    this.frame.src = url;
    this.loading = loaded.then(() => {
      this.loadBundle();
      this.paste();
      this.scrollToEmbed();
    });
    return this.loading;
  }

  /** Replaces the embed with new markup (the snippet without its script), on a page in `look`. */
  async show(markup: string, look: PageLook = {}): Promise<void> {
    this.markup = markup;
    this.look = look;
    await this.loading;
    this.paste();
  }

  /** The element the snippet made (not one the host page has of its own), once the page has it. */
  element(tag: string): Element | undefined {
    return this.document?.querySelector(`[data-embed-slot] ${tag}`) ?? undefined;
  }

  /** Resolves when the bundle has defined `tag` and every IX element in the preview has rendered, or the bundle was refused. */
  async settled(tag: string): Promise<void> {
    await this.loading;
    const win = this.frame.contentWindow;
    const doc = this.document;
    if (!win || !doc) return;
    while (this.bundleState === 'loading') await nextFrame(win);
    if (this.bundleState === 'refused') return;
    await win.customElements.whenDefined(tag);
    for (let round = 0; round < 3; round += 1) {
      const pending = [...doc.querySelectorAll<Upgradable>(ixTags)]
        .flatMap((el) => [el, ...[...(el.shadowRoot?.querySelectorAll<Upgradable>('ix-trial-cta') ?? [])]])
        .map((el) => el.updateComplete)
        .filter((update): update is Promise<unknown> => update !== undefined);
      await Promise.all(pending);
    }
    await nextFrame(win);
  }

  /**
   * The element's first paint for the snippet (src/embed/declarative-shadow.ts), written from a
   * fresh copy of `markup` rendered out of sight in this frame: the preview's own element may have
   * been typed into or clicked open, and none of that belongs in a snippet. A checker that
   * remembers drafts would bring this browser's draft back, so the copy's text is emptied first.
   */
  async firstPaint(markup: string, tag: string, write: (element: Element) => string): Promise<string | undefined> {
    const doc = this.document;
    const win = this.frame.contentWindow;
    if (!doc?.body || !win || this.bundleState !== 'ready') return undefined;
    // Emptying the copy's text would also empty the draft this browser remembers for the preview.
    const remembered = storedDrafts(win);
    const aside = doc.createElement('div');
    aside.setAttribute('aria-hidden', 'true');
    aside.style.cssText = 'position:absolute;left:-10000px;top:0;width:800px;visibility:hidden';
    aside.innerHTML = markup;
    doc.body.append(aside);
    try {
      const element = aside.querySelector<Upgradable & { value?: string }>(tag);
      if (!element) return undefined;
      await element.updateComplete;
      if (element.value) {
        element.value = '';
        await element.updateComplete;
      }
      await Promise.all([...(element.shadowRoot?.querySelectorAll<Upgradable>('ix-trial-cta') ?? [])].map((nested) => nested.updateComplete ?? Promise.resolve()));
      return write(element);
    } finally {
      aside.remove();
      storedDrafts(win, remembered);
    }
  }

  /**
   * Brings the embed into the frame's view with a little of the page above it, once per page
   * opened (later scrolling is the reader's). Only the frame's own document scrolls: an element's
   * scrollIntoView() would scroll the builder's page too.
   */
  private scrollToEmbed(): void {
    const doc = this.document;
    const slot = doc?.querySelector<HTMLElement>('[data-embed-slot]');
    if (!doc?.scrollingElement || !slot) return;
    doc.scrollingElement.scrollTop = Math.max(0, slot.getBoundingClientRect().top + doc.scrollingElement.scrollTop - this.frame.clientHeight / 4);
  }

  /**
   * After a colour change: unless some part of `element` painted in `colour` (as its text,
   * background or border) is already in the frame's view, scrolls the frame's own document to the
   * first such part, so the change shows (on a phone the frame shows only the element's top, and
   * the button painted in the accent may sit below it). Never the builder's page.
   */
  reveal(element: Element, colour: readonly [number, number, number]): void {
    const doc = this.document;
    const win = this.frame.contentWindow;
    const scroller = doc?.scrollingElement;
    if (!doc || !win || !scroller) return;
    const wanted = `rgb(${colour.join(', ')})`;
    const painted = (node: Element) => {
      const style = win.getComputedStyle(node);
      return [style.color, style.backgroundColor, style.borderTopColor, style.borderInlineStartColor].includes(wanted);
    };
    const parts: DOMRect[] = [];
    const visit = (root: ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        if (node.shadowRoot) visit(node.shadowRoot);
        const rect = node.getBoundingClientRect();
        if (rect.width > 0 && rect.height > 0 && painted(node)) parts.push(rect);
      }
    };
    if (element.shadowRoot) visit(element.shadowRoot);
    const height = this.frame.clientHeight;
    if (!parts.length || parts.some((rect) => rect.top >= 0 && rect.bottom <= height)) return;
    const [first] = parts.sort((a, b) => a.top - b.top);
    // The part with a little of what is above it, or its top if it is taller than the frame.
    scroller.scrollTop += first!.top - Math.max(0, Math.min(height / 4, height - first!.height));
  }

  private loadBundle(): void {
    const doc = this.document;
    if (!doc) return;
    this.setBundleState('loading');
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = this.bundle.src;
    script.integrity = this.bundle.integrity;
    script.crossOrigin = 'anonymous';
    script.addEventListener('error', () => this.setBundleState('refused'));
    // A module script runs after the document is parsed; `load` fires once it has run.
    script.addEventListener('load', () => this.setBundleState('ready'));
    doc.head.append(script);
  }

  private setBundleState(state: BundleState): void {
    this.bundleState = state;
    this.onBundleState(state);
  }

  private paste(): void {
    const doc = this.document;
    if (!doc?.body) return;
    let slot = doc.querySelector<HTMLElement>('[data-embed-slot]');
    if (!slot) {
      slot = doc.createElement('div');
      slot.dataset.embedSlot = '';
      const replaced = this.slotSelector ? doc.querySelector(this.slotSelector) : null;
      if (replaced) replaced.replaceWith(slot);
      else (doc.querySelector('main') ?? doc.body).append(slot);
    }
    const body = doc.body.style;
    body.background = this.look.background ?? '';
    body.color = this.look.text ?? '';
    body.fontFamily = this.look.font ?? '';
    // The snippet holds only our own escaped markup (src/embed/snippet.ts), never raw input.
    slot.innerHTML = this.markup;
  }
}
