import { expect, html, oneEvent } from '@open-wc/testing';
import { checkScript } from '../../checker/index.js';
import type { CheckResult } from '../../checker/types.js';
import { maxCheckedLength } from './concession-checker.component.js';
import {
  checkerFixture,
  clean,
  deliberateScript,
  field,
  nextCheck,
  part,
  shownWords,
  typeAndCheck,
  verdictText,
} from './test-helpers/checker-fixture.js';

async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('<ix-concession-checker> API', () => {
  it('takes `label` and `placeholder` for the field, falling back to the default label', async () => {
    const el = await checkerFixture(
      html`<ix-concession-checker label="Your step-down" placeholder="Start typing"></ix-concession-checker>`,
    );
    expect(part(el, 'label[for="script"]')!.textContent).to.equal('Your step-down');
    expect(field(el).placeholder).to.equal('Start typing');
    el.label = '';
    await el.updateComplete;
    expect(part(el, 'label[for="script"]')!.textContent).to.equal('What will you say after they say no?');
  });

  it('re-checks at once when `value` is set, and `value` reads what was typed', async () => {
    const el = await checkerFixture(html`<ix-concession-checker debounce="5000"></ix-concession-checker>`);
    const checked = nextCheck(el);
    el.value = deliberateScript;
    expect((await checked).verdict).to.equal('deliberate');
    expect(field(el).value).to.equal(deliberateScript);
    expect(verdictText(el)).to.contain('Visibly deliberate');
    field(el).value = 'typed';
    field(el).dispatchEvent(new InputEvent('input'));
    expect(el.value).to.equal('typed');
    el.value = null as unknown as string; // frameworks clear with null
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(verdictText(el)).to.contain('Nothing to check yet');
  });

  it('accepts a value set before the element is defined or connected', async () => {
    const el = document.createElement('ix-concession-checker');
    el.value = deliberateScript;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(field(el).value).to.equal(deliberateScript);
      expect(verdictText(el)).to.contain('Visibly deliberate');
    } finally {
      el.remove();
    }
  });

  it('dispatches a bubbling, composed `ix-check` with the CheckResult after each analysis', async () => {
    const outer = document.createElement('div');
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<ix-concession-checker></ix-concession-checker>';
    document.body.append(outer);
    const el = shadow.querySelector('ix-concession-checker')!;
    await el.updateComplete;
    try {
      const heard = oneEvent(document, 'ix-check');
      await typeAndCheck(el, deliberateScript);
      const event = (await heard) as CustomEvent<CheckResult>;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal(checkScript(deliberateScript));
      expect(event.detail.rules).to.have.length(5);
    } finally {
      outer.remove();
    }
  });

  it('warns about an invalid `debounce`, naming the value, and still checks with the default', async () => {
    let el!: Awaited<ReturnType<typeof checkerFixture>>;
    const warnings = await captureWarnings(async () => {
      el = await checkerFixture('<ix-concession-checker debounce="soon"></ix-concession-checker>');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ix-concession-checker>').and.contain('debounce').and.contain('"soon"').and.contain('150');
    expect((await typeAndCheck(el, deliberateScript)).verdict).to.equal('deliberate');
    const negative = await captureWarnings(async () => {
      el.debounce = -5;
      await el.updateComplete;
    });
    expect(negative[0]).to.contain('debounce').and.contain('-5');
  });

  it('checks only the first 20,000 characters of a long text, says so, and keeps the whole text', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const filler = 'We have worked on this grant together for months. '.repeat(500); // 25,000 characters
    const text = `${deliberateScript} ${filler}`;
    const result = await typeAndCheck(el, text);
    expect(maxCheckedLength).to.equal(20_000);
    expect(field(el).value).to.equal(text);
    expect(el.value).to.have.length(text.length);
    expect(result).to.deep.equal(checkScript(text.slice(0, maxCheckedLength)));
    expect(clean(part(el, '[part="notice"]')!.textContent)).to.contain('Only the first 20,000 characters are checked').and.contain(
      `your text has ${text.length.toLocaleString('en-US')}`,
    );
    for (const rule of result.rules) {
      for (const { end } of rule.evidence) expect(end).to.be.at.most(maxCheckedLength);
    }
    if (shownWords(el)) expect(shownWords(el)).to.equal(text.slice(0, maxCheckedLength));
    await typeAndCheck(el, deliberateScript);
    expect(part(el, '[part="notice"]')).to.equal(null);
  });

  it('never cuts an emoji in half at the limit', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const text = `${'a'.repeat(maxCheckedLength - 1)}😀 and more`;
    await typeAndCheck(el, text);
    expect(clean(part(el, '[part="notice"]')!.textContent)).to.contain('Only the first 20,000 characters');
    expect(el.value).to.equal(text);
  });

  it('shows hostile input as text in the field, results and marks', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const payload = '<img src=x onerror="window.__ixPwned=1"><script>window.__ixPwned=2</script>';
    const text = `I understand <b>${payload}</b> — that was a big ask. I’m coming down from what I asked: could you help ${payload} for one evening?`;
    const result = await typeAndCheck(el, text);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { __ixPwned?: number }).__ixPwned).to.equal(undefined);
    expect(result.verdict).to.not.equal('empty');
    expect(shownWords(el)).to.equal(text);
    const markedText = [...el.shadowRoot!.querySelectorAll('mark')].map((mark) => mark.textContent).join('');
    const markupInEvidence = result.rules.flatMap((rule) =>
      rule.evidence.map(({ start, end }) => text.slice(start, end)).filter((phrase) => /[<>]/.test(phrase)),
    );
    expect(markupInEvidence, 'the engine marks a phrase that contains markup').to.not.be.empty;
    for (const phrase of markupInEvidence) expect(markedText).to.contain(phrase);
  });

  it('shows the trial call to action under the results with `cta`', async () => {
    const el = await checkerFixture(html`<ix-concession-checker cta></ix-concession-checker>`);
    const cta = part(el, 'ix-trial-cta')!;
    expect(cta.getAttribute('placement')).to.equal('checker');
    expect(cta.previousElementSibling).to.equal(part(el, '[part="results"]'));
    el.cta = false;
    await el.updateComplete;
    expect(part(el, 'ix-trial-cta')).to.equal(null);
  });

  it('reflects `theme` and colours the results from the dark tokens', async () => {
    const el = await checkerFixture(html`<ix-concession-checker theme="dark"></ix-concession-checker>`);
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('light');
    const light = getComputedStyle(field(el)).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(field(el)).backgroundColor).to.not.equal(light);
  });
});
