import { expect, html } from '@open-wc/testing';
import { findTechnique } from '../../catalog/catalog.js';
import type { TechniqueCard } from '../../catalog/schema.js';
import { captureWarnings, renderCard, seedSlug } from './test-helpers.js';

const seed = findTechnique(seedSlug)!;
const payload = '<img src=x onerror="window.ixPwned=1"><script>window.ixPwned=1</script> javascript:window.ixPwned=1';

/** Every text field of the card carries the payload; the links carry hostile addresses. */
const hostile: TechniqueCard = {
  slug: 'hostile-card',
  title: `T ${payload}`,
  summary: `S ${payload}`,
  why: `W ${payload}\n\nW2 ${payload}`,
  how: [`H1 ${payload}`, `H2 ${payload}`],
  evidence: { strength: 'experimental', body: `E ${payload}`, caveat: `C ${payload}` },
  sources: [
    { authors: [`A ${payload}`], year: 2000, title: `ST ${payload}`, venue: `V ${payload}`, url: 'javascript:window.ixPwned=1' },
    { authors: ['B'], year: 2001, title: 'data', venue: 'v', url: 'data:text/html,<script>window.ixPwned=1</script>' },
    { authors: ['C'], year: 2002, title: 'doi', venue: 'v', doi: '10.1234/"><img/src=x/onerror=window.ixPwned=1>' },
  ],
  mistake: `M ${payload}`,
  cta: { ...seed.cta, product: `P ${payload}`, pitch: `PI ${payload}` },
};

describe('<ix-technique-card> with hostile content', () => {
  it('renders every field as inert text and links only http(s)', async () => {
    (window as { ixPwned?: number }).ixPwned = undefined;
    const warnings = captureWarnings();
    let el;
    try {
      el = await renderCard(html`<ix-technique-card variant="full"><script type="application/json">${JSON.stringify(hostile)}</script></ix-technique-card>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      warnings.restore();
    }
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('img, script, iframe, object')).to.have.length(0);
    const shown = root.textContent;
    for (const prefix of ['T ', 'S ', 'W ', 'W2 ', 'H1 ', 'H2 ', 'E ', 'C ', 'A ', 'ST ', 'V ', 'M ']) {
      expect(shown, prefix).to.contain(`${prefix.trim() === 'A' ? 'A' : prefix.trim()} `);
    }
    expect(shown.split('<img src=x onerror="window.ixPwned=1">').length - 1, 'payload shown as text in each field').to.be.at.least(11);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.protocol)).to.deep.equal(['https:']);
    expect(links[0]!.href).to.equal('https://doi.org/10.1234/%22%3E%3Cimg/src%3Dx/onerror%3Dwindow.ixPwned%3D1%3E');
    expect(warnings.messages.filter((m) => m.includes('dropped the link'))).to.have.length(2);
    // The call to action gets the hostile product and pitch through context: text there too.
    const cta = root.querySelector('ix-trial-cta')!;
    await (cta as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(cta.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(cta.shadowRoot!.textContent).to.contain('PI <img src=x');
    expect((window as { ixPwned?: number }).ixPwned).to.equal(undefined);
  });
});
