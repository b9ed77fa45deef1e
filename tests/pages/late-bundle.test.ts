/**
 * Issue 17, "no jump when the bundle arrives late": every element's snippet, exactly as
 * `npm run embed` prints it (with its first paint, a declarative shadow root written from the
 * rendered element), between two paragraphs, with the bundle held back by the test server until
 * the page has painted (tests/support/test-server.mjs). What the reader sees first must be the
 * element's final size: its height and the position of the paragraph after it are measured
 * before the bundle is released and after every element has rendered, at 320, 390, 768 and
 * 1280 px, in every engine; Chromium also counts layout shifts (the others have no such entry).
 * Each test logs its figures.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, renderedFrames, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

const pages = { card: 'ix-technique-card', 'card-compact': 'ix-technique-card', checker: 'ix-concession-checker', cta: 'ix-trial-cta', provider: 'ix-trial-cta' };
const widths = [320, 390, 768, 1280];
let holds = 0;

function geometry(page: PageFrame, tag: string) {
  const element = page.document.querySelector(tag)!;
  const after = page.document.getElementById('after')!;
  return { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top + page.window.scrollY };
}

describe('a snippet whose bundle arrives late', () => {
  afterEach(closeAllPages);
  before(async function () {
    // The server has `npm run embed` print each snippet, rendering it in a Chromium of its own:
    // seconds each on busy cores, paid once here rather than inside a page's parse deadline.
    this.timeout(180_000);
    for (const name of [...Object.keys(pages), 'cta-dark']) {
      const response = await fetch(`/tests/pages/late/${name}.html?hold=none`);
      expect(response.status, `${name}: the snippet page`).to.equal(200);
    }
  });

  for (const [name, tag] of Object.entries(pages)) {
    for (const width of widths) {
      it(`${name} at ${width}px paints at its final size before the bundle arrives`, async function () {
        // A whole page, opened twice over (before and after the bundle) on busy cores.
        this.timeout(30_000);
        const hold = `late-${name}-${width}-${Date.now()}-${holds++}`;
        const page = await openPage(`/tests/pages/late/${name}.html?hold=${hold}`, { width, height: 900, until: 'parsed' });
        const win = page.window;
        const shifts: number[] = [];
        const countsShifts = win.PerformanceObserver.supportedEntryTypes.includes('layout-shift');
        if (countsShifts) {
          new win.PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as PerformanceEntry & { value: number }).value))).observe({
            type: 'layout-shift',
            buffered: true,
          });
        }
        // Every font face loaded. (Not `fonts.status`: Firefox keeps it "loading" while a deferred
        // script, here the held bundle, keeps the document from finishing.)
        await waitInPage(page, () => [...page.document.fonts].every((face) => face.status !== 'loading'), 'the page fonts');
        await renderedFrames(page, 3);
        expect(win.customElements.get(tag), 'the bundle is still held back').to.equal(undefined);
        const before = geometry(page, tag);
        await fetch(`/tests/support/release-bundle?name=${encodeURIComponent(hold)}`);
        await settlePage(page);
        await renderedFrames(page, 3);
        const after = geometry(page, tag);
        // The element took the declared root over emptied, rather than rendering beside the first
        // paint: the declared <style> went with it (the element's styles are adopted).
        const root = page.document.querySelector(tag)!.shadowRoot!;
        expect(root.querySelectorAll('style').length, 'the first paint was replaced').to.equal(0);
        console.log(`late-bundle ${name} ${width}px: height ${before.height.toFixed(1)} → ${after.height.toFixed(1)}, next paragraph ${before.after.toFixed(1)} → ${after.after.toFixed(1)}${countsShifts ? `, layout shift ${shifts.reduce((sum, value) => sum + value, 0).toFixed(4)}` : ''}`);
        expect(after.height, 'height before and after the bundle').to.be.closeTo(before.height, 2);
        expect(after.after, 'the paragraph after it does not move').to.be.closeTo(before.after, 2);
        if (countsShifts) expect(shifts.reduce((sum, value) => sum + value, 0).toFixed(3), 'layout shift').to.equal('0.000');
      });
    }
  }

  it('keeps what a visitor typed into the checker before the bundle arrived, and checks it', async function () {
    this.timeout(30_000);
    const hold = `late-draft-${Date.now()}`;
    const page = await openPage(`/tests/pages/late/checker.html?hold=${hold}`, { width: 800, until: 'parsed' });
    await renderedFrames(page, 3);
    const field = page.document.querySelector('ix-concession-checker')!.shadowRoot!.querySelector('textarea')!;
    const typed = 'I understand, that was a big ask. Could you give me one evening instead of the weekend?';
    field.focus();
    field.value = typed;
    await fetch(`/tests/support/release-bundle?name=${encodeURIComponent(hold)}`);
    await settlePage(page);
    const checker = page.document.querySelector('ix-concession-checker') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
    await waitInPage(page, () => (checker.shadowRoot?.querySelector('[part~="verdict"]')?.textContent ?? '').trim() !== '', 'a verdict on the typed draft');
    expect(checker.value, 'the draft').to.equal(typed);
    expect(checker.shadowRoot!.querySelector('textarea')!.value, 'the field shows it').to.equal(typed);
  });

  it('paints an explicitly dark element dark before the bundle arrives, in the colours it keeps after', async function () {
    this.timeout(30_000);
    const hold = `late-dark-${Date.now()}`;
    const page = await openPage(`/tests/pages/late/cta-dark.html?hold=${hold}`, { width: 800, until: 'parsed' });
    await renderedFrames(page, 3);
    const base = () => page.document.querySelector('ix-trial-cta')!.shadowRoot!.querySelector('[part~="base"]')!;
    const colours = () => [page.window.getComputedStyle(base()).backgroundColor, page.window.getComputedStyle(base()).color];
    const before = colours();
    await fetch(`/tests/support/release-bundle?name=${encodeURIComponent(hold)}`);
    await settlePage(page);
    expect(page.document.querySelector('ix-trial-cta')!.getAttribute('resolved-theme')).to.equal('dark');
    expect(before, 'surface and text before the bundle').to.deep.equal(colours());
  });

  it('where a CMS inserts the snippet with innerHTML (no first paint), shows the card\'s plain HTML, then the card', async function () {
    this.timeout(30_000);
    const printed = await (await fetch('/tests/pages/late/card.html?hold=none')).text();
    const markup = /<ix-technique-card[^]*<\/ix-technique-card>/.exec(printed)![0];
    const hold = `late-inner-${Date.now()}`;
    const page = await openPage(`/tests/pages/late/cta.html?hold=${hold}`, { width: 800, until: 'parsed' });
    const slot = page.document.createElement('div');
    slot.innerHTML = markup;
    page.document.querySelector('main')!.append(slot);
    await renderedFrames(page, 3);
    const card = slot.querySelector('ix-technique-card')!;
    expect(card.shadowRoot, 'innerHTML attaches no declared root').to.equal(null);
    expect(slot.querySelector('article')!.getBoundingClientRect().height, 'the plain copy shows').to.be.greaterThan(100);
    await fetch(`/tests/support/release-bundle?name=${encodeURIComponent(hold)}`);
    await settlePage(page);
    expect(card.shadowRoot!.getElementById('title')?.textContent?.trim()).to.equal('Make the step-down visibly deliberate');
    expect(card.shadowRoot!.querySelectorAll('style').length, 'the inert template stayed out of it').to.equal(0);
  });
});
