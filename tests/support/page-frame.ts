/**
 * Opens a whole page (a demo host, an e2e page) inside an iframe of the test page, at a given
 * viewport width, and hands back its window and document. The same code runs in every engine
 * the suite drives: no DevTools protocol, no WebDriver command.
 *
 * The test server (web-test-runner.config.mjs) serves `/ix-widgets.js` from the built
 * dist/ix-widgets.js, the file a CDN serves, and injects tests/support/frame-probe.js as the
 * first script of any HTML page whose URL carries `ix-probe`, so errors from the page's first
 * moment are recorded in `problems`.
 *
 * A hidden test tab (two test files run at once) does not render: no animation frames, no CSS
 * transitions, no media-query change events. Waiting here never depends on a frame coming (a
 * frame or a short timeout, whichever is first), and `waitInPage` brings the tab to the front
 * (the `ix-foreground` command) while it is hidden, so what needs rendering gets it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface FrameProblems {
  errors: string[];
  warnings: string[];
  violations: string[];
}

export interface PageFrame {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  /** Live lists, filled by the probe as the page runs. */
  problems: FrameProblems;
  /** Resizes the frame's viewport; resolves after the page has laid out at the new size. */
  resize(width: number, height?: number): Promise<void>;
  close(): void;
}

export interface OpenPageOptions {
  width?: number;
  height?: number;
  /** Maximum wait for the page's load event, in ms. */
  timeout?: number;
  /**
   * 'parsed': hand the page back once its HTML is parsed (`readyState` past 'loading'), before
   * deferred and module scripts have run — what the reader sees while a bundle is on its way.
   */
  until?: 'load' | 'parsed';
}

const frames = new Set<HTMLIFrameElement>();

function withProbe(url: string): string {
  const target = new URL(url, document.baseURI);
  target.searchParams.set('ix-probe', '');
  return target.href;
}

/** One rendered frame of `win`, or 100 ms where none comes (a hidden tab). */
const frameOf = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

let askedForFront = 0;

/** Brings this test's tab to the front when it is hidden (at most every 250 ms). */
export async function toFront(): Promise<void> {
  if (!document.hidden || performance.now() - askedForFront < 250) return;
  askedForFront = performance.now();
  await executeServerCommand('ix-foreground');
}

export async function openPage(url: string, { width = 1280, height = 800, timeout = 8000, until = 'load' }: OpenPageOptions = {}): Promise<PageFrame> {
  const frame = document.createElement('iframe');
  frame.title = `test page ${url}`;
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block;`;
  frames.add(frame);
  const loaded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url} did not ${until === 'load' ? 'load' : 'parse'} within ${timeout} ms`)), timeout);
    const done = () => (clearTimeout(timer), resolve());
    if (until === 'load') return frame.addEventListener('load', done, { once: true });
    const parsed = () => {
      const doc = frame.contentDocument;
      if (doc && doc.URL !== 'about:blank' && doc.readyState !== 'loading') done();
      else setTimeout(parsed, 10);
    };
    parsed();
  });
  frame.src = withProbe(url);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!win?.document) throw new Error(`${url} is not readable from the test page (another origin?)`);
  const probe = (win as unknown as { __ixProbe?: FrameProblems }).__ixProbe;
  if (!probe) throw new Error(`${url} was served without the frame probe: is it an HTML page served by the test server?`);
  return {
    frame,
    window: win,
    document: win.document,
    problems: probe,
    async resize(newWidth, newHeight = height) {
      frame.style.width = `${newWidth}px`;
      frame.style.height = `${newHeight}px`;
      await frameOf(win);
      await frameOf(win);
    },
    close() {
      frame.remove();
      frames.delete(frame);
    },
  };
}

/** Removes every frame a test opened (for afterEach). */
export function closeAllPages(): void {
  for (const frame of frames) frame.remove();
  frames.clear();
}

/** Waits until `ready()` is true in the page, checking once a frame; fails naming `what`. */
export async function waitInPage(page: PageFrame, ready: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await toFront();
    await frameOf(page.window);
  }
}

/**
 * `count` rendered frames of the page (time for intersection observers and late warnings to
 * report), the tab brought to the front first so the frames come.
 */
export async function renderedFrames(page: PageFrame, count = 10): Promise<void> {
  await toFront();
  for (let i = 0; i < count; i++) await frameOf(page.window);
}

/**
 * Resolves once every IX element in the page is defined and has rendered, and one more frame has
 * been painted (so computed styles and layout are final).
 */
export async function settlePage(page: PageFrame): Promise<void> {
  const tags = ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'ix-provider'];
  await waitInPage(page, () => tags.every((tag) => page.window.customElements.get(tag)), 'the IX elements to be defined');
  const all = (root: Document | ShadowRoot): Element[] =>
    [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
  for (let round = 0; round < 3; round += 1) {
    const pending = all(page.document)
      .filter((el) => el.localName.startsWith('ix-'))
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter((update): update is Promise<unknown> => typeof update?.then === 'function'); // the page's own realm: not instanceof Promise
    await Promise.all(pending);
  }
  await toFront();
  await frameOf(page.window);
  await frameOf(page.window);
}
