// Runs in browsers launched with reduced motion asked for (the `reduced-motion` group, scripts/wtr-media.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { expectSystemMedia } from '../../../tests/support/system-media.js';
import './define.js';
import type { IxTrialCta } from './trial-cta.component.js';
import { link } from './test-support.js';

describe('<ix-trial-cta> with reduced motion', () => {
  expectSystemMedia({ reducedMotion: 'reduce' });

  it('drops the hover transition', async () => {
    const el = await fixture<IxTrialCta>(html`<ix-trial-cta></ix-trial-cta>`);
    expect(getComputedStyle(link(el)).transitionDuration).to.equal('0s');
  });
});
