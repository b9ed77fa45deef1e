/**
 * A site that pastes an oEmbed document's html itself and adds /parent.js: the frame becomes as
 * tall as the card (±5 px), follows it, and the plain-HTML fallback before it is hidden once the
 * frame has spoken. The document is fetched as a consumer would, from the page's discovery link.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, settlePage } from '../../support/page-frame.js';
import { cardPath, contentHeight } from './embed-site.js';

async function until(ready: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

describe('/parent.js on a site that pastes the oEmbed html', function () {
  this.timeout(30_000);
  let host: HTMLElement | undefined;
  afterEach(() => {
    host?.remove();
    closeAllPages();
  });

  it('sizes the frame to the card and hides the fallback once the frame reports', async () => {
    if (!document.querySelector('script[data-ix-parent]')) {
      const script = Object.assign(document.createElement('script'), { src: '/dist-embed/parent.js' });
      script.dataset.ixParent = '';
      await new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
        document.head.append(script);
      });
    }
    // Discovery, as a consumer does it: the page's <link rel="alternate" type="application/json+oembed">.
    const page = await (await fetch(cardPath())).text();
    const href = new DOMParser().parseFromString(page, 'text/html').querySelector<HTMLLinkElement>('link[type="application/json+oembed"]')!.getAttribute('href')!;
    const doc = (await (await fetch(href)).json()) as { html: string; width: number; height: number };
    host = document.createElement('div');
    host.innerHTML = doc.html;
    document.body.append(host);
    const frame = host.querySelector('iframe')!;
    const fallback = host.querySelector('blockquote')!;
    expect(fallback.hidden).to.equal(false);
    // Wrong on purpose, so only the page's messages can make it right.
    frame.height = '100';

    const open = await openPage(cardPath(), { width: doc.width });
    await settlePage(open);
    const expected = contentHeight(open);
    await until(() => fallback.hidden, 'the fallback to be hidden once the frame reports');
    await until(() => Math.abs(frame.getBoundingClientRect().height - expected) <= 5, `the frame to be ${expected} px tall (is ${frame.getBoundingClientRect().height})`);
    // The build measured the card: the document's height was already close.
    expect(doc.height).to.be.closeTo(expected, 40);
  });
});
