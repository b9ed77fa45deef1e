import { expect } from '@open-wc/testing';
import { readQuery, type PageOptions } from './page-options.js';
import { heightType, isHeightMessage, isWordPressReady, secretFromHash } from './protocol.js';

const options: PageOptions = { attributes: ['variant', 'no-structured-data', 'theme'], provider: ['price', 'href'], tokens: ['--ix-color-accent'] };
const read = (query: string) => readQuery(new URLSearchParams(query), options, new Set(['no-structured-data']));

describe('embed page: the query as options', () => {
  it('sorts each parameter to the element, its provider or its tokens, by the builder link’s names', () => {
    expect(read('variant=full&provider&provider.price=30&--ix-color-accent=%23b00020&no-structured-data')).to.deep.equal({
      attributes: [
        ['variant', 'full'],
        ['no-structured-data', ''],
      ],
      provider: [['price', '30']],
      tokens: [['--ix-color-accent', '#b00020']],
      ignored: [],
    });
  });

  it('names every parameter it cannot use, and leaves a switch off for "false"', () => {
    const result = read('technique=other&provider.nope=1&--ix-unknown=1&no-structured-data=false&ix-probe');
    expect(result.ignored).to.deep.equal(['technique', 'provider.nope', '--ix-unknown']);
    expect(result.attributes).to.deep.equal([]);
  });
});

describe('embed page: the parent protocol', () => {
  it('reads WordPress’s secret from the frame’s hash, and only letters and digits', () => {
    expect(secretFromHash('#?secret=Ab12cD34eF')).to.equal('Ab12cD34eF');
    expect(secretFromHash('#?foo=1&secret=abc')).to.equal('abc');
    expect(secretFromHash('')).to.equal(undefined);
    expect(secretFromHash('#?secret=a"b')).to.equal(undefined);
    expect(secretFromHash('#?secret=')).to.equal(undefined);
  });

  it('tells our height messages and WordPress’s ready from anything else', () => {
    expect(isHeightMessage({ type: heightType, height: 300, href: 'x' })).to.equal(true);
    expect(isHeightMessage({ type: heightType, height: Number.NaN })).to.equal(false);
    expect(isHeightMessage({ message: 'height', value: 300 })).to.equal(false);
    expect(isHeightMessage(null)).to.equal(false);
    expect(isWordPressReady({ message: 'ready', secret: 'abc' }, 'abc')).to.equal(true);
    expect(isWordPressReady({ message: 'ready', secret: 'xyz' }, 'abc')).to.equal(false);
  });
});
