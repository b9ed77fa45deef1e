// Runs in browsers launched in forced-colours mode (the `forced-colors` group, scripts/wtr-media.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { expectSystemMedia, systemColor } from '../../../tests/support/system-media.js';
import './define.js';
import type { IxTrialCta } from './trial-cta.component.js';
import { link, part } from './test-support.js';

describe('<ix-trial-cta> in forced colours', () => {
  expectSystemMedia({ forcedColors: 'active' });

  it('keeps the button outlined in the system button-text colour', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    const style = getComputedStyle(link(el));
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    expect(style.borderTopColor).to.equal(systemColor('ButtonText'));
    expect(style.borderTopColor).not.to.equal(style.backgroundColor);
  });

  it('paints its text and surface in the system palette, whatever the theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<IxTrialCta>(html`<ix-trial-cta theme=${theme}></ix-trial-cta>`);
      expect(getComputedStyle(part(el, 'heading')).color, theme).to.equal(systemColor('CanvasText'));
      expect(getComputedStyle(part(el, 'base')).backgroundColor, theme).to.equal(systemColor('Canvas'));
    }
  });
});
