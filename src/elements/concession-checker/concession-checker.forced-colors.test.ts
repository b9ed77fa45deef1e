// Runs in browsers launched in forced-colours mode (the `forced-colors` group, scripts/wtr-media.mjs).
import { expect, html } from '@open-wc/testing';
import { expectSystemMedia, systemColor } from '../../../tests/support/system-media.js';
import { checkerFixture, deliberateScript, part, parts, typeAndCheck } from './test-helpers/checker-fixture.js';

describe('<ix-concession-checker> in forced colours', () => {
  expectSystemMedia({ forcedColors: 'active' });

  it('marks the deciding words in the system highlight colours, so they stay visible', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    await typeAndCheck(el, deliberateScript);
    const marks = parts(el, 'mark');
    expect(marks).not.to.be.empty;
    for (const mark of marks) {
      const style = getComputedStyle(mark);
      expect(style.backgroundColor).to.equal(systemColor('Mark'));
      expect(style.color).to.equal(systemColor('MarkText'));
    }
  });

  it('says in words, in the system text colour, that a script in another language is not checked', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    await typeAndCheck(el, 'Verstehe, das war zu viel verlangt. Könntest du mir nur beim ersten Kapitel helfen?');
    const words = part(el, '[part~="verdict"] strong')!;
    expect(words.textContent).to.equal('This checker reads English; your script looks like German.');
    expect(getComputedStyle(words).color).to.equal(systemColor('CanvasText'));
  });
});
