import { expect } from '@open-wc/testing';
import { cleanHref, isSafeHref, withParams } from './url.js';

describe('isSafeHref', () => {
  it('accepts http(s) and relative links', () => {
    for (const href of ['https://ixcoach.example/signup', 'http://a.example', '/signup', 'signup?x=1', '../a', '//cdn.example/x', '#top', '?plan=pro']) {
      expect(isSafeHref(href), href).to.be.true;
    }
  });

  it('refuses script, data and other schemes, however they are disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.example',
      '',
      '   ',
      'http://',
    ];
    for (const href of hostile) expect(isSafeHref(href), JSON.stringify(href)).to.be.false;
  });

  it('cleans exactly what a browser would, nothing more', () => {
    expect(cleanHref(' \n/signup\t?a=1 ')).to.equal('/signup?a=1');
    // A no-break space is not stripped by URL parsing, so it must not be trimmed here either.
    expect(cleanHref('\u00a0/x')).to.equal('\u00a0/x');
  });
});

describe('withParams', () => {
  const utm = { utm_medium: 'widget', utm_source: 'ix-widgets', utm_campaign: 'spring sale', utm_content: undefined };

  it('adds campaign parameters, encoded, and skips unset ones', () => {
    expect(withParams('https://a.example/signup', utm)).to.equal(
      'https://a.example/signup?utm_medium=widget&utm_source=ix-widgets&utm_campaign=spring+sale',
    );
  });

  it('keeps existing parameters byte for byte and never duplicates one', () => {
    expect(withParams('https://a.example/s?plan=pro%20max&utm_source=blog', utm)).to.equal(
      'https://a.example/s?plan=pro%20max&utm_source=blog&utm_medium=widget&utm_campaign=spring+sale',
    );
    expect(withParams('/s?a=1&', { utm_medium: 'widget' })).to.equal('/s?a=1&utm_medium=widget');
  });

  it('keeps relative links relative and the fragment last', () => {
    expect(withParams('/signup#plans', { utm_medium: 'widget' })).to.equal('/signup?utm_medium=widget#plans');
    expect(withParams('signup?x=1#a?b', { utm_medium: 'widget' })).to.equal('signup?x=1&utm_medium=widget#a?b');
  });

  it('leaves in-page links alone', () => {
    expect(withParams('#pricing', { utm_medium: 'widget' })).to.equal('#pricing');
  });
});
