// Runs in browsers launched in forced-colours mode (the `forced-colors` group, scripts/wtr-media.mjs).
import { expect, html } from '@open-wc/testing';
import { expectSystemMedia, systemColor } from '../../../tests/support/system-media.js';
import { checkerFixture, deliberateScript, parts, typeAndCheck } from './test-helpers/checker-fixture.js';

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
});
