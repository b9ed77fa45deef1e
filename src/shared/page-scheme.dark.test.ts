import { expect } from '@open-wc/testing';
import { resetHostPage, wrapper } from '../../tests/support/host-fit.js';
import { expectSystemMedia } from '../../tests/support/system-media.js';
import { schemeBehind } from './page-scheme.js';

/**
 * The reader's OS setting is the last resort: it decides only where the page allows both schemes
 * and paints nothing, because then the browser paints the canvas by it. Here the OS is dark
 * (browsers launched so in every engine); page-scheme.os-switch.test.ts switches it while open.
 */

describe('page scheme: a dark OS', () => {
  expectSystemMedia({ colorScheme: 'dark' });
  afterEach(() => {
    resetHostPage();
    document.documentElement.style.colorScheme = '';
  });

  it('a page that allows both schemes and paints nothing follows the OS', () => {
    document.documentElement.style.colorScheme = 'light dark';
    expect(schemeBehind(wrapper().appendChild(document.createElement('span')))).to.equal('dark');
  });

  it('a page that declares nothing and paints nothing is light (a white canvas)', () => {
    expect(schemeBehind(wrapper().appendChild(document.createElement('span')))).to.equal('light');
  });
});
