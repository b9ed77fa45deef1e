import { expect, html } from '@open-wc/testing';
import { press, pressWith } from '../../../tests/support/keyboard.js';
import { expectSystemMedia } from '../../../tests/support/system-media.js';
import {
  checkerFixture,
  commonMistake,
  deliberateScript,
  expectThemedCheckerAccessible,
  field,
  partialScript,
  typeAndCheck,
} from './test-helpers/checker-fixture.js';

const invisibleScript = 'Could you give me $200? Or $100? Even $20 would help.';

describe('<ix-concession-checker> accessibility', function () {
  // The file's first axe run also loads and compiles axe itself: on 2 busy cores that alone
  // passed the 10 s default once (Chromium, a fresh clone's run), with nothing wrong on the page.
  this.timeout(30_000);
  expectSystemMedia({ colorScheme: 'light' });

  it('is axe-clean empty, with every option on', async () => {
    const el = await checkerFixture(
      html`<ix-concession-checker examples remember show-first-request first-request="Your whole weekend?"></ix-concession-checker>`,
    );
    await expect(el).to.be.accessible();
  });

  for (const [state, script, verdict] of [
    ['deliberate', deliberateScript, 'deliberate'],
    ['partial', partialScript, 'partial'],
    ['invisible', invisibleScript, 'invisible'],
    ['common mistake', commonMistake, undefined],
  ] as const) {
    it(`is axe-clean with a ${state} script, marks included`, async () => {
      const el = await checkerFixture(html`<ix-concession-checker examples></ix-concession-checker>`);
      const result = await typeAndCheck(el, script);
      if (verdict) expect(result.verdict).to.equal(verdict);
      await expect(el).to.be.accessible();
    });
  }

  // The light theme against a dark system: concession-checker.a11y.dark.test.ts.
  it('is axe-clean in the dark theme against a light system preference', () => expectThemedCheckerAccessible('dark'));

  it('can be used by keyboard alone, every control showing its focus', async () => {
    const el = await checkerFixture(html`<ix-concession-checker examples remember show-first-request></ix-concession-checker>`);
    field(el).focus();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      reached.push(focused.textContent?.trim() || focused.id);
      // :focus-visible needs a focused window; with several test pages open only one has it.
      if (document.hasFocus()) expect(getComputedStyle(focused).outlineStyle, `${reached.at(-1)} shows focus`).to.equal('solid');
      await press('Tab');
    }
    expect(reached).to.deep.equal(['script', 'first-request', 'Try a deliberate example', 'Try the common mistake', 'Clear']);
    // Enter on an example button loads it: the field now holds the example.
    await pressWith('Shift', 'Tab', 2);
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.contain('Try the common mistake');
    await press('Enter');
    await el.updateComplete;
    expect(field(el).value).to.not.equal('');
  });
});
