import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { checkerFixture, commonMistake, deliberateScript, field, typeAndCheck } from './test-helpers/checker-fixture.js';

const invisibleScript = 'Could you give me $200? Or $100? Even $20 would help.';
const partialScript = 'I understand. Could you spend one evening on the grant application?';

describe('<ix-concession-checker> accessibility', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

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

  for (const theme of ['dark', 'light'] as const) {
    it(`is axe-clean in the ${theme} theme against the opposite system preference`, async () => {
      await emulateMedia({ colorScheme: theme === 'dark' ? 'light' : 'dark' });
      const el = await checkerFixture(html`<ix-concession-checker theme=${theme} examples remember></ix-concession-checker>`);
      document.body.style.background = theme === 'dark' ? '#161b26' : '#ffffff';
      try {
        await typeAndCheck(el, partialScript);
        await expect(el).to.be.accessible();
      } finally {
        document.body.style.background = '';
      }
    });
  }

  it('can be used by keyboard alone, every control showing its focus', async () => {
    const el = await checkerFixture(html`<ix-concession-checker examples remember show-first-request></ix-concession-checker>`);
    field(el).focus();
    const reached: string[] = [];
    for (let i = 0; i < 5; i++) {
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      reached.push(focused.textContent?.trim() || focused.id);
      // :focus-visible needs a focused window; with several test pages open only one has it.
      if (document.hasFocus()) expect(getComputedStyle(focused).outlineStyle, `${reached.at(-1)} shows focus`).to.equal('solid');
      await sendKeys({ press: 'Tab' });
    }
    expect(reached).to.deep.equal(['script', 'first-request', 'Try a deliberate example', 'Try the common mistake', 'Clear']);
    // Enter on an example button loads it: the field now holds the example.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.contain('Try the common mistake');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field(el).value).to.not.equal('');
  });
});
