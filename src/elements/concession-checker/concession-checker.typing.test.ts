import { expect, html } from '@open-wc/testing';
import { type } from '../../../tests/support/keyboard.js';
import { checkScript } from '../../checker/index.js';
import {
  checkerFixture,
  commonMistake,
  deliberateScript,
  field,
  firstRequestField,
  liveText,
  markedOffsets,
  nextCheck,
  part,
  ruleRows,
  shownWords,
  typeAndCheck,
  typeInto,
  verdictText,
} from './test-helpers/checker-fixture.js';
import { exampleScripts } from './example-scripts.js';

describe('<ix-concession-checker> while typing', () => {
  it('starts empty with a hint instead of results', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    expect(verdictText(el)).to.contain('Nothing to check yet');
    expect(ruleRows(el)).to.have.length(0);
    expect(part(el, 'mark')).to.equal(null);
    const label = part(el, 'label[for="script"]')!;
    expect(label.textContent).to.equal('What will you say after they say no?');
    expect(field(el).id).to.equal('script');
  });

  it('checks real keystrokes only after the pause, then shows verdict, rows and live summary', async () => {
    // A pause far longer than a keystroke takes even on a loaded machine driving three engines
    // (600 ms was once exceeded between two keys in CI), so only the real pause ends the typing.
    const el = await checkerFixture(html`<ix-concession-checker debounce="3000"></ix-concession-checker>`);
    field(el).focus();
    const checked = nextCheck(el);
    await type('Could you help?');
    // Typing alone renders nothing new: the checks wait for the pause.
    expect(verdictText(el)).to.contain('Nothing to check yet');
    expect(liveText(el)).to.equal('Nothing to check yet.');
    const result = await checked;
    expect(el.value).to.equal('Could you help?');
    expect(result.verdict).to.not.equal('empty');
    expect(ruleRows(el)).to.have.length(result.rules.length).and.to.have.length(5);
    expect(liveText(el)).to.not.equal('Nothing to check yet.');
  });

  it('calls a clearly deliberate script "Visibly deliberate" with five passing rows and marks', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const result = await typeAndCheck(el, deliberateScript);
    expect(result.verdict).to.equal('deliberate');
    expect(verdictText(el)).to.contain('Visibly deliberate');
    expect(liveText(el)).to.equal('Visibly deliberate: all 5 checks pass.');
    const rows = ruleRows(el);
    expect(rows).to.have.length(5);
    for (const row of rows) {
      expect(row.getAttribute('part')).to.equal('rule rule-passed');
      expect(row.textContent).to.contain('Passed').and.not.contain('Needs work');
    }
    expect(rows[0]!.textContent).to.contain('Acknowledges the no');
    expect(el.shadowRoot!.querySelectorAll('mark').length).to.be.greaterThan(0);
  });

  it('marks exactly the evidence phrases, each labelled with its rule', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const result = await typeAndCheck(el, deliberateScript);
    expect(shownWords(el)).to.equal(deliberateScript);
    const expected = new Set<number>();
    for (const rule of result.rules) {
      for (const { start, end } of rule.evidence) for (let i = start; i < end; i++) expected.add(i);
    }
    expect(expected.size, 'the engine found evidence').to.be.greaterThan(0);
    expect([...markedOffsets(el)].sort((a, b) => a - b)).to.deep.equal([...expected].sort((a, b) => a - b));

    const acknowledgement = result.rules.find((rule) => rule.id === 'acknowledges-refusal')!.evidence[0]!;
    const phrase = deliberateScript.slice(acknowledgement.start, acknowledgement.end);
    const mark = [...el.shadowRoot!.querySelectorAll('mark')].find((m) => m.textContent.includes(phrase))!;
    expect(mark, `a mark holds "${phrase}"`).to.exist;
    expect(mark.getAttribute('part')).to.equal('mark');
    expect(mark.title).to.contain('Acknowledges the no');
  });

  it('fails the common mistake on pointing back at the first ask, with the fix', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const result = await typeAndCheck(el, commonMistake);
    expect(result.verdict).to.not.equal('deliberate');
    expect(verdictText(el)).to.not.contain('Visibly deliberate');
    const reference = result.rules.findIndex((rule) => rule.id === 'references-first-request');
    expect(result.rules[reference]!.passed).to.equal(false);
    const row = ruleRows(el)[reference]!;
    expect(row.getAttribute('part')).to.equal('rule rule-failed');
    expect(row.textContent).to.contain('Needs work').and.contain('Points back at the first ask');
    expect(row.textContent).to.contain(result.rules[reference]!.message);
    if (result.rules[reference]!.fix) expect(row.querySelector('.fix')!.textContent).to.contain(result.rules[reference]!.fix);
  });

  it('names the verdict in plain words for partial and invisible scripts', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const partial = await typeAndCheck(el, 'I understand. Could you spend one evening on the grant application?');
    const failing = partial.rules.filter((rule) => !rule.passed).length;
    expect(partial.verdict).to.equal('partial');
    expect(verdictText(el)).to.contain(`Partly deliberate — ${failing} of 5 checks need work`);
    const invisible = await typeAndCheck(el, 'Could you give me $200? Or $100? Even $20 would help.');
    expect(invisible.verdict).to.equal('invisible');
    expect(verdictText(el)).to.contain('Invisible step-down');
    expect(liveText(el)).to.match(/^Invisible step-down: \d of 5 checks need work\.$/);
  });

  it('announces only when the summary changes, not on every pause', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    await typeAndCheck(el, deliberateScript);
    const region = part(el, '[aria-live="polite"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await typeAndCheck(el, `${deliberateScript} Thanks either way.`);
    expect(mutations, 'same verdict, same summary: nothing re-announced').to.have.length(0);
    await typeAndCheck(el, commonMistake);
    observer.disconnect();
    expect(mutations.length).to.be.greaterThan(0);
    expect(liveText(el)).to.not.contain('Visibly deliberate');
  });

  it('passes the original ask from the first-request field into the analysis', async () => {
    const firstRequest = 'Could you proofread my whole thesis this weekend?';
    const script = 'No worries. Could you proofread just the thesis introduction?';
    // The example only proves something if the original ask changes the analysis.
    expect(checkScript(script, { firstRequest })).to.not.deep.equal(checkScript(script));

    const el = await checkerFixture(html`<ix-concession-checker show-first-request first-request="Lend me $500?"></ix-concession-checker>`);
    const input = firstRequestField(el);
    expect(input.value).to.equal('Lend me $500?');
    expect(part(el, 'label[for="first-request"]')!.textContent).to.contain('What did you ask for first?');
    await typeAndCheck(el, script);
    const checked = nextCheck(el);
    typeInto(input, firstRequest);
    expect(await checked).to.deep.equal(checkScript(script, { firstRequest }));
  });

  it('loads the examples from buttons and gives the visitor’s own text back', async () => {
    const el = await checkerFixture(html`<ix-concession-checker examples></ix-concession-checker>`);
    await typeAndCheck(el, 'My own draft');
    const [deliberate, mistake] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="examples"] button')];
    let checked = nextCheck(el);
    deliberate!.click();
    expect((await checked).verdict).to.equal('deliberate');
    expect(field(el).value).to.equal(exampleScripts[0]!.script);
    checked = nextCheck(el);
    mistake!.click();
    expect((await checked).verdict).to.not.equal('deliberate');
    expect(field(el).value).to.equal(exampleScripts[1]!.script);

    const restore = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Restore my text'))!;
    checked = nextCheck(el);
    restore.click();
    await checked;
    await el.updateComplete;
    expect(field(el).value).to.equal('My own draft');
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent.includes('Restore'))).to.equal(false);
  });
});
