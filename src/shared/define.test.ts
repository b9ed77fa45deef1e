import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

describe('defineElement', () => {
  it('defines a free tag and only warns, once, when tags are already taken', async () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    class Third extends HTMLElement {}
    class Fourth extends HTMLElement {}
    defineElement('ix-define-probe-a', First);
    defineElement('ix-define-probe-b', Fourth);
    expect(customElements.get('ix-define-probe-a')).to.equal(First);

    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(() => defineElement('ix-define-probe-a', Second)).not.to.throw();
      expect(() => defineElement('ix-define-probe-b', Third)).not.to.throw();
      await Promise.resolve();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('ix-define-probe-a')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ix-define-probe-a>').and.to.contain('<ix-define-probe-b>');
  });
});
