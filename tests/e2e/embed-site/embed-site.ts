/**
 * What the embed-site tests share: the built pages' addresses on the test server (dist-embed/
 * is built before the first test, tests/e2e/e2e-server.mjs), axe inside a page, and the height
 * messages a framed page sends to this test page.
 */
import { techniques } from '../../../src/generated/techniques.js';
import { heightType, type HeightMessage, type WordPressMessage } from '../../../src/embed-page/protocol.js';
import type { PageFrame } from '../../support/page-frame.js';

export const site = '/dist-embed/';
export const cardPath = (slug = techniques[0]!.slug) => `${site}card/${slug}/`;
/** Every page a site embeds: each card, the checker, the trial call to action. */
export const embedPages = [...techniques.map((card) => cardPath(card.slug)), `${site}checker/`, `${site}trial/`];

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * axe-core run inside a page opened with `ix-axe` in its query (the test server adds it as the
 * page's first script: the page's Trusted Types policy refuses a script added later).
 */
export async function axeViolations(page: PageFrame): Promise<string[]> {
  const win = page.window as unknown as { axe?: { run(context: unknown, options: unknown): Promise<AxeResults> } };
  if (!win.axe) throw new Error(`${page.window.location.pathname} was opened without ix-axe in its query`);
  const results = await win.axe.run(page.document, { iframes: false, resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

export interface Inbox {
  heights: number[];
  wordpress: WordPressMessage[];
  /** Resolves with the first height message that satisfies `test`. */
  nextHeight(test: (height: number) => boolean, what: string, timeout?: number): Promise<number>;
  stop(): void;
}

/** Collects the messages that one window (a frame's) sends to this page. */
export function listen(from: () => Window | null): Inbox {
  const inbox: Inbox = {
    heights: [],
    wordpress: [],
    async nextHeight(test, what, timeout = 5000) {
      const start = performance.now();
      for (;;) {
        const found = inbox.heights.find(test);
        if (found !== undefined) return found;
        if (performance.now() - start > timeout) throw new Error(`no height message for ${what} within ${timeout} ms (got ${inbox.heights.join(', ') || 'none'})`);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    },
    stop: () => window.removeEventListener('message', receive),
  };
  function receive(event: MessageEvent<unknown>) {
    if (event.source !== from()) return;
    const data = event.data as Partial<HeightMessage & WordPressMessage>;
    if (data?.type === heightType && typeof data.height === 'number') inbox.heights.push(data.height);
    else if (typeof data?.message === 'string') inbox.wordpress.push(data as WordPressMessage);
  }
  window.addEventListener('message', receive);
  return inbox;
}

/** The height the page's content takes (its body's box), as the page should report it. */
export const contentHeight = (page: PageFrame) => page.document.body.getBoundingClientRect().height;
