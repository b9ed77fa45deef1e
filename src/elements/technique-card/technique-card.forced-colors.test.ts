// Runs in browsers launched in forced-colours mode (the `forced-colors` group, scripts/wtr-media.mjs).
import { expect, html } from '@open-wc/testing';
import { expectSystemMedia, systemColor } from '../../../tests/support/system-media.js';
import { part, renderCard, seedSlug } from './test-helpers.js';

describe('<ix-technique-card> in forced colours', () => {
  expectSystemMedia({ forcedColors: 'active' });

  it('paints text, surface and the evidence badge from the system palette, whatever the theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await renderCard(html`<ix-technique-card technique=${seedSlug} theme=${theme}></ix-technique-card>`);
      expect(getComputedStyle(part(el, 'summary')!).color, `${theme}: text`).to.equal(systemColor('CanvasText'));
      expect(getComputedStyle(part(el, 'card')!).backgroundColor, `${theme}: surface`).to.equal(systemColor('Canvas'));
      const badge = getComputedStyle(part(el, 'badge')!);
      expect(badge.borderTopColor, `${theme}: badge outline`).not.to.equal(systemColor('Canvas'));
      expect(badge.borderTopColor, `${theme}: badge outline`).not.to.match(/rgba\(.*, 0\)/);
    }
  });
});
