import { expect, html } from '@open-wc/testing';
import { citationText } from '../../catalog/citation.js';
import { findTechnique } from '../../catalog/catalog.js';
import { techniques } from '../../generated/techniques.js';
import { captureWarnings, part, parts, renderCard, seedSlug, text, waitFor } from './test-helpers.js';

const seed = findTechnique(seedSlug)!;

describe('<ix-technique-card> rendering the seed card', () => {
  it('is in the built-in catalog', () => {
    expect(techniques.map((card) => card.slug)).to.include(seedSlug);
  });

  it('renders every field of the card, word for word, in an <article>', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article).to.exist;
    expect(text(part(el, 'title'))).to.equal(seed.title);
    expect(text(part(el, 'summary'))).to.equal(seed.summary);
    expect(text(part(el, 'section-why'))).to.contain(seed.why);
    expect(parts(el, 'step').map(text)).to.deep.equal(seed.how);
    expect(part(el, 'steps')!.localName).to.equal('ol');
    expect(text(part(el, 'section-evidence'))).to.contain(seed.evidence.body);
    expect(text(part(el, 'badge'))).to.equal('Evidence: observational');
    expect(text(part(el, 'caveat'))).to.equal(seed.evidence.caveat);
    expect(text(part(el, 'citation'))).to.contain(citationText(seed.sources[0]!));
    expect(text(part(el, 'citation'))).to.contain('Cialdini et al. (1975), Reciprocal concessions procedure, Journal of Personality and Social Psychology');
    expect(text(part(el, 'section-mistake'))).to.contain(seed.mistake);
    expect(part(el, 'section-mistake')!.matches('[part~="callout"]')).to.be.true;
    expect(parts(el, 'heading').map(text)).to.deep.equal(['Why it works', 'How to do it', 'Evidence', 'Sources', 'Common mistake']);
  });

  it('links the DOI safely', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const link = part(el, 'link') as HTMLAnchorElement;
    expect(link.href).to.equal('https://doi.org/10.1037/h0076284');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('ends with the practice call to action, which shows the card’s pitch and terms', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const cta = part(el, 'cta')!;
    expect(cta.localName).to.equal('ix-trial-cta');
    await waitFor(() => cta.shadowRoot?.textContent?.includes(seed.cta.pitch), 'the pitch in the CTA');
    const shown = text(cta.shadowRoot!.querySelector('[part~="base"]'));
    expect(shown).to.contain('Practice this with IX Coach');
    expect(shown).to.contain(seed.cta.pitch);
    expect(shown).to.contain('7 days free, then $40/month (~$1.30/day)');
    // No pricing attributes: the page's <ix-provider> must stay able to set them.
    for (const name of ['price', 'currency', 'trial-days', 'interval', 'href', 'pitch']) expect(cta.hasAttribute(name), name).to.be.false;
    expect(cta.getAttribute('heading-level')).to.equal('4');
  });

  it('is accessible', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    await expect(el).to.be.accessible();
  });
});

describe('<ix-technique-card> heading levels', () => {
  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" puts the title at h${level} and sections one below`, async () => {
      const el = await renderCard(html`<ix-technique-card technique=${seedSlug} heading-level=${level}></ix-technique-card>`);
      const title = part(el, 'title')!;
      expect(title.localName).to.equal(`h${level}`);
      for (const heading of parts(el, 'heading')) {
        if (level < 6) expect(heading.localName).to.equal(`h${level + 1}`);
        else expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '7']);
      }
      expect(part(el, 'cta')!.getAttribute('heading-level')).to.equal(String(Math.min(level + 1, 6)));
    });
  }

  it('defaults to h3 and falls back to it, with one warning, for an invalid level', async () => {
    const plain = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    expect(part(plain, 'title')!.localName).to.equal('h3');
    const warnings = captureWarnings();
    try {
      const el = await renderCard(html`<ix-technique-card technique=${seedSlug} heading-level="9"></ix-technique-card>`);
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(parts(el, 'heading')[0]!.localName).to.equal('h4');
      el.setAttribute('heading-level', 'big');
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h3');
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.have.length(2);
    expect(warnings.messages[0]).to.contain('heading-level="9"').and.contain('2 to 6');
    expect(warnings.messages[1]).to.contain('heading-level="big"');
  });
});

describe('<ix-technique-card> sections', () => {
  it('shows the chosen sections in the chosen order', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} sections="mistake, how ,cta"></ix-technique-card>`);
    const shown = parts(el, 'section').map((section) => [...section.part].find((name) => name.startsWith('section-')));
    expect(shown).to.deep.equal(['section-mistake', 'section-how', 'section-cta']);
  });

  it('warns about and ignores unknown section names', async () => {
    const warnings = captureWarnings();
    let el;
    try {
      el = await renderCard(html`<ix-technique-card technique=${seedSlug} sections="why,benefits,sources"></ix-technique-card>`);
    } finally {
      warnings.restore();
    }
    expect(parts(el, 'section').length).to.equal(2);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('benefits').and.contain('why, how, evidence, sources, mistake, cta');
  });

  it('warns about a cta value other than "none" and keeps the call to action', async () => {
    const warnings = captureWarnings();
    let el;
    try {
      el = await renderCard(html`<ix-technique-card technique=${seedSlug} cta="hidden"></ix-technique-card>`);
    } finally {
      warnings.restore();
    }
    expect(el.shadowRoot!.querySelector('ix-trial-cta')).to.not.equal(null);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('cta="hidden"').and.contain('"none"');
  });

  it('cta="none" hides the call to action', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug} cta="none"></ix-technique-card>`);
    expect(el.shadowRoot!.querySelector('ix-trial-cta')).to.equal(null);
    expect(parts(el, 'section')).to.have.length(5);
  });
});

describe('<ix-technique-card> shown several times and changed', () => {
  const ctaOf = (el: Element) => el.shadowRoot!.querySelector('ix-trial-cta')!;

  it('renders the same card twice as the same content, each with a call to action of its own', async () => {
    const first = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const second = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    expect(second.shadowRoot!.querySelector('article')!.innerHTML).to.equal(first.shadowRoot!.querySelector('article')!.innerHTML);
    expect(ctaOf(first)).not.to.equal(ctaOf(second));
    for (const el of [first, second]) {
      await waitFor(() => ctaOf(el).shadowRoot?.textContent?.includes(seed.cta.pitch), 'the pitch in each call to action');
    }
    expect(text(part(second, 'title'))).to.equal(seed.title);
  });

  it('shows its content again after an error, and rebuilds it when an option changes', async () => {
    const el = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    const warnings = captureWarnings();
    el.technique = 'not-a-card';
    await el.updateComplete;
    warnings.restore();
    expect(part(el, 'error')).to.exist;
    el.technique = seedSlug;
    await el.updateComplete;
    expect(parts(el, 'step').map(text)).to.deep.equal(seed.how);
    expect(ctaOf(el)).to.exist;
    el.headingLevel = 5;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h5');
    expect(parts(el, 'heading').map((h) => h.localName)).to.deep.equal(['h6', 'h6', 'h6', 'h6', 'h6']);
    el.sections = 'how,why';
    await el.updateComplete;
    expect(parts(el, 'section').map((s) => s.getAttribute('part'))).to.deep.equal(['section section-how', 'section section-why']);
  });

  it('gives its light or dark to its own call to action, and follows changes', async () => {
    const dark = await renderCard(html`<ix-technique-card technique=${seedSlug} theme="dark"></ix-technique-card>`);
    const plain = await renderCard(html`<ix-technique-card technique=${seedSlug}></ix-technique-card>`);
    expect(ctaOf(dark).getAttribute('theme')).to.equal('dark');
    expect(ctaOf(plain).getAttribute('theme'), 'the page’s scheme, as the card resolved it').to.equal(plain.getAttribute('resolved-theme'));
    dark.theme = 'light';
    await dark.updateComplete;
    expect(ctaOf(dark).getAttribute('theme')).to.equal('light');
    dark.theme = undefined;
    await dark.updateComplete;
    expect(ctaOf(dark).getAttribute('theme')).to.equal(dark.getAttribute('resolved-theme'));
  });
});
