import { expect } from '@open-wc/testing';
import * as bundle from './index.js';

describe('the bundle entry', () => {
  it('defines every IX element on import', () => {
    for (const tag of ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'ix-provider']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('re-exports the checker analysis', () => {
    expect(bundle.checkScript).to.be.a('function');
  });
});
