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
});
