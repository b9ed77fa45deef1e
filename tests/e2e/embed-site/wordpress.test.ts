/**
 * An embed page inside WordPress's frame, as WordPress makes it for a provider it does not know:
 * `sandbox="allow-scripts"` (no popups, no top navigation, no origin of its own) and a secret in
 * the address (`#?secret=…`) and in `data-secret`. This test page plays WordPress's part the way
 * its wp-embed.js does: it sends `ready`, sizes the frame from `height` messages (kept within
 * 200–1000 px) and follows a `link` only to the frame's own host while the frame has focus.
 * The pages must speak that protocol, and a link must never silently do nothing.
 */
import { expect } from '@open-wc/testing';
import { press } from '../../support/keyboard.js';
import { closeAllPages, openPage, settlePage, toFront } from '../../support/page-frame.js';
import { cardPath, contentHeight, listen, site, type Inbox } from './embed-site.js';

const secret = 'Ab12cD34eF';

interface WordPressParent {
  frame: HTMLIFrameElement;
  inbox: Inbox;
  /** Heights WordPress would have set, after its clamp. */
  sizes: number[];
  /** Links WordPress would have followed, and those it would have refused. */
  followed: string[];
  refused: string[];
  before: HTMLButtonElement;
  close(): void;
}

function waitFor(ready: () => boolean, what: string, timeout = 6000): Promise<void> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (ready()) resolve();
      else if (performance.now() - start > timeout) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(check, 30);
    };
    check();
  });
}

function wordpressParent(path: string, { withSecret = true, width = 600 } = {}): WordPressParent {
  const before = Object.assign(document.createElement('button'), { textContent: 'before the embed' });
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('security', 'restricted');
  frame.className = 'wp-embedded-content';
  frame.title = 'embedded card';
  frame.width = String(width);
  frame.height = '300';
  frame.style.border = '0';
  frame.style.display = 'block';
  const src = new URL(path, location.href);
  if (withSecret) {
    src.hash = `?secret=${secret}`;
    frame.dataset.secret = secret;
  }
  frame.src = src.href;
  const parent: WordPressParent = { frame, inbox: listen(() => frame.contentWindow), sizes: [], followed: [], refused: [], before, close: () => {} };
  const receive = (event: MessageEvent<{ message?: string; value?: unknown; secret?: string }>) => {
    const data = event.data;
    if (!withSecret || event.source !== frame.contentWindow || data?.secret !== secret) return;
    if (data.message === 'height') {
      const height = Math.min(1000, Math.max(200, Number.parseInt(String(data.value), 10) || 0));
      frame.height = String(height);
      parent.sizes.push(height);
    } else if (data.message === 'link') {
      const target = new URL(String(data.value));
      const ok = /^https?:$/.test(target.protocol) && target.host === new URL(frame.src).host && document.activeElement === frame;
      (ok ? parent.followed : parent.refused).push(target.href);
    }
  };
  window.addEventListener('message', receive);
  frame.addEventListener('load', () => frame.contentWindow?.postMessage({ message: 'ready', secret }, '*'));
  document.body.append(before, frame);
  parent.close = () => {
    window.removeEventListener('message', receive);
    parent.inbox.stop();
    frame.remove();
    before.remove();
  };
  return parent;
}

let parent: WordPressParent | undefined;
afterEach(() => {
  parent?.close();
  parent = undefined;
  closeAllPages();
});

/**
 * Until the page has sent no new height for 600 ms: the element has upgraded and rendered (the
 * first height is the plain-HTML fallback's, whose links the upgrade replaces).
 */
async function steady(p: WordPressParent): Promise<void> {
  await waitFor(() => p.inbox.heights.length > 0, 'the first height');
  for (let count = -1; count !== p.inbox.heights.length; ) {
    count = p.inbox.heights.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
  }
}

/** Tab from the button before the frame: focus enters the frame, on its first link. */
async function tabIntoFrame(p: WordPressParent): Promise<void> {
  await toFront();
  p.before.focus();
  await press('Tab');
  await waitFor(() => document.activeElement === p.frame, 'focus to enter the frame');
}

describe('inside WordPress’s sandboxed frame', function () {
  this.timeout(30_000);

  for (const width of [600, 390]) {
  it(`answers the secret handshake with its content’s height, which sizes the frame to fit (±5 px) at ${width} px`, async () => {
    parent = wordpressParent(cardPath(), { width });
    await waitFor(() => parent!.sizes.length > 0 && parent!.inbox.heights.length > 0, 'a WordPress height message');
    // The same page opened where this test can read it, at the same width: its content's height.
    const open = await openPage(cardPath(), { width });
    await settlePage(open);
    const expected = contentHeight(open);
    await waitFor(() => Math.abs(Number(parent!.frame.height) - expected) <= 5, `the frame to be ${expected} px tall (is ${parent.frame.height})`);
    expect(Number(parent.frame.height)).to.be.closeTo(expected, 5);
    // The page's content fits the frame: no inner scrollbar.
    expect(parent.inbox.heights.at(-1)!).to.be.at.most(Number(parent.frame.height));
    // WordPress's `ready` (sent when its script starts late) gets the height again.
    const count = parent.sizes.length;
    parent.frame.contentWindow!.postMessage({ message: 'ready', secret }, '*');
    await waitFor(() => parent!.sizes.length > count, 'the height again after ready');
  });
  }

  it('a WordPress frame with another secret is not answered; the plain height message still goes', async () => {
    parent = wordpressParent(cardPath(), { withSecret: false });
    await waitFor(() => parent!.inbox.heights.length > 0, 'a plain height message');
    expect(parent.inbox.wordpress, 'no WordPress message without a secret').to.deep.equal([]);
  });

  for (const path of [`${site}trial/`, `${cardPath()}?variant=full&sections=cta`]) {
    it(`${path}: the call to action asks WordPress to open the signup page through /go/, and shows the link if nothing happens`, async () => {
      parent = wordpressParent(path);
      await steady(parent);
      await tabIntoFrame(parent);
      await press('Enter');
      await waitFor(() => parent!.followed.length + parent!.refused.length > 0, 'a link message');
      expect(parent.refused, 'links WordPress would refuse').to.deep.equal([]);
      const go = new URL(parent.followed[0]!);
      expect(go.origin + go.pathname).to.equal(new URL(`${site}go/`, location.href).href);
      const signup = new URL(go.searchParams.get('to')!);
      expect(signup.origin + signup.pathname).to.equal('https://ixcoach.com/signup');
      expect(signup.searchParams.get('utm_medium')).to.equal('widget');
      // This parent does not navigate, so the page, still showing, offers the link plainly: taller.
      const height = parent.inbox.heights.at(-1)!;
      await waitFor(() => parent!.inbox.heights.at(-1)! > height + 10, 'the page to show the link plainly');
    });
  }

  it('outside WordPress, in a sandbox that blocks the top window, the call to action shows its link plainly', async () => {
    parent = wordpressParent(`${site}trial/`, { withSecret: false });
    await steady(parent);
    const height = parent.inbox.heights.at(-1)!;
    await tabIntoFrame(parent);
    await press('Enter');
    await waitFor(() => parent!.inbox.heights.at(-1)! > height + 10, 'the page to show the link plainly');
  });
});
