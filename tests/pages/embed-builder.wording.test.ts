/**
 * The embed builder speaks to someone who does not write HTML: a field's name says what it
 * changes (the attribute or custom property is only a small note beside it), no two things share
 * a name, and no hint leans on web-platform terms.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages } from '../support/page-frame.js';
import { openBuilder } from './embed-builder-page.js';

/** Words a blogger should not need to know to fill the form in. */
const jargon = /prefers-color-scheme|resolved-theme|custom propert|\battribute|ISO 4217|BCP 47|utm_|JSON-LD|light-dark\(|Default: \./i;

const text = (element: Element) => {
  const copy = element.cloneNode(true) as Element;
  for (const note of copy.querySelectorAll('code.name')) note.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
};

describe('embed builder: words for people, not attributes', function () {
  this.timeout(30_000);
  afterEach(closeAllPages);

  for (const query of ['?provider', '?element=ix-concession-checker&provider&show-first-request', '?element=ix-trial-cta&provider']) {
    it(`names every field by what it does, the code name only beside it (${query})`, async () => {
      const builder = await openBuilder(query);
      const doc = builder.page.document;
      // Every field of an element or the provider (the preview's own "your page" fields are no attributes).
      const fields = [...doc.querySelectorAll<HTMLElement>('.details .field, .details fieldset.sections')].filter((field) => !field.closest('.your-page'));
      expect(fields.length).to.be.greaterThan(10);
      for (const field of fields) {
        const label = field.querySelector('label, legend')!;
        const name = field.querySelector('code.name');
        // The attribute is visible, small and outside the field's name (a screen reader reads the label alone).
        expect(name, text(label)).to.not.equal(null);
        expect(label.contains(name), text(label)).to.equal(false);
        expect(name!.getAttribute('aria-hidden')).to.equal('true');
        expect(parseFloat(getComputedStyle(name!).fontSize)).to.be.below(parseFloat(getComputedStyle(label).fontSize));
        expect(getComputedStyle(name!).fontFamily).to.match(/mono/);
        expect(label.querySelector('code'), text(label)).to.equal(null);
        // "Trial days trial-days", "Call to action cta": a name in code form never is the label.
        const code = name!.textContent.replace(/^--ix-/, '');
        if (code.includes('-') || code.length <= 3) expect(` ${text(label).toLowerCase()} `, code).to.not.contain(` ${code} `);
      }
      for (const help of doc.querySelectorAll('.help')) expect(text(help)).to.not.match(jargon);
      for (const option of doc.querySelectorAll('option')) expect(option.textContent).to.not.match(/^not set|undefined|prefers-|resolved-/i);
    });
  }

  it('calls no two different things by the same name, and none of them “Theme”', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&provider');
    const names = [...builder.page.document.querySelectorAll('h2, legend, label')].map(text).filter(Boolean);
    expect(names.filter((name) => /^theme\b/i.test(name))).to.deep.equal([]);
    const seen = new Map<string, number>();
    for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
    // The page-wide copy of a field is named "Page-wide: …" by its group, so the same label twice is allowed only across the element's and the page-wide groups.
    const groupsOf = (name: string) =>
      [...builder.page.document.querySelectorAll('label')].filter((label) => text(label) === name).map((label) => label.closest('section')?.getAttribute('aria-labelledby'));
    for (const [name, count] of seen) {
      if (count > 1) expect(new Set(groupsOf(name)).size, `"${name}" names ${count} things`).to.equal(count);
    }
  });

  it('says what an empty field means, and nothing when the default is empty', async () => {
    const builder = await openBuilder('?element=ix-concession-checker&show-first-request');
    expect(text(builder.field('#element-first-request-help'))).to.equal('What the speaker asked for before stepping down, filled in for the reader. Optional.');
    expect(text(builder.field('#element-debounce-help'))).to.match(/Left empty: 150\.$/);
    const theme = builder.field<HTMLSelectElement>('#element-theme');
    expect([...theme.options].map((option) => option.textContent.trim())).to.deep.equal(['Match my page (automatic)', 'Always light', 'Always dark']);
  });

  it('says what an empty field really gets when the page-wide settings set it, and why', async () => {
    const builder = await openBuilder('?element=ix-trial-cta');
    expect(text(builder.field('#element-currency-help'))).to.match(/Left empty: USD\.$/);
    // German words bring euros page-wide: the trial offer's own Currency field then gets EUR, not USD.
    await builder.click('button[lang="de"]');
    expect(builder.snippet()).to.contain('currency="EUR"');
    const help = text(builder.field('#element-currency-help'));
    expect(help).to.match(/Left empty: EUR, from the page-wide settings\.$/);
    expect(help).to.not.contain('Left empty: USD');
    expect(builder.field<HTMLInputElement>('#element-currency').placeholder).to.equal('EUR');
    // A list says it too, and every other field the page-wide settings fill (the words, the number format).
    await builder.select('#provider-interval', 'year');
    expect(builder.field<HTMLSelectElement>('#element-interval').options[0]!.textContent.trim()).to.equal('Year (from the page-wide settings)');
    expect(text(builder.field('#element-locale-help'))).to.match(/Left empty: de-DE, from the page-wide settings\.$/);
    // The element's own value wins, and a page-wide value the provider refuses is not claimed.
    await builder.type('#provider-currency', 'EURO');
    expect(text(builder.field('#element-currency-help'))).to.match(/Left empty: USD\.$/);
  });

  it('gives each page-colour field an example of its own: a light background, dark text', async () => {
    const builder = await openBuilder('?page=yours');
    const background = builder.field<HTMLInputElement>('#page-background').placeholder;
    const textColour = builder.field<HTMLInputElement>('#page-text').placeholder;
    expect(background).to.not.equal(textColour);
    const lightness = (example: string) => {
      const hex = /#([0-9a-f]{6})/i.exec(example)![1]!;
      return [0, 2, 4].reduce((sum, at) => sum + parseInt(hex.slice(at, at + 2), 16), 0) / (3 * 255);
    };
    expect(lightness(background), background).to.be.above(0.9);
    expect(lightness(textColour), textColour).to.be.below(0.25);
    expect(builder.field<HTMLInputElement>('#page-font').placeholder).to.match(/serif|sans/);
  });
});
