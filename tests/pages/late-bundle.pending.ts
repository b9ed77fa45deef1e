/**
 * Issue 17, "no jump when the bundle arrives late": every element's snippet, exactly as
 * `npm run embed` prints it, between two paragraphs, with the bundle held back by the test server
 * until the page has painted (tests/support/test-server.mjs). What the reader sees first must be
 * the element's final size: its height and the position of the paragraph after it are measured
 * before the bundle is released and after every element has rendered, at 320, 390, 768 and
 * 1280 px, in every engine; Chromium also counts layout shifts (the others have no such entry).
 *
 * PENDING: no element meets this yet (the snippets have no fallback of the element's final size,
 * see issue 17), so the file is named `.pending.ts` and stays out of `npm test`. Run it with
 *   npx web-test-runner --group default --files tests/pages/late-bundle.pending.ts
 * and rename it to `late-bundle.test.ts` when the fallbacks land. Each test logs its figures.
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
        await waitInPage(page, () => page.document.fonts.status === 'loaded', 'the page fonts');
        await renderedFrames(page, 3);
        expect(win.customElements.get(tag), 'the bundle is still held back').to.equal(undefined);
        const before = geometry(page, tag);
        await fetch(`/tests/support/release-bundle?name=${encodeURIComponent(hold)}`);
        await settlePage(page);
        await renderedFrames(page, 3);
        const after = geometry(page, tag);
        console.log(`late-bundle ${name} ${width}px: height ${before.height.toFixed(1)} → ${after.height.toFixed(1)}, next paragraph ${before.after.toFixed(1)} → ${after.after.toFixed(1)}${countsShifts ? `, layout shift ${shifts.reduce((sum, value) => sum + value, 0).toFixed(4)}` : ''}`);
        expect(after.height, 'height before and after the bundle').to.be.closeTo(before.height, 2);
        expect(after.after, 'the paragraph after it does not move').to.be.closeTo(before.after, 2);
        if (countsShifts) expect(shifts.reduce((sum, value) => sum + value, 0).toFixed(3), 'layout shift').to.equal('0.000');
      });
    }
  }
});
