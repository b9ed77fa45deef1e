import { expect, fixture, html } from '@open-wc/testing';
import type { IxConcessionChecker } from './concession-checker.component.js';
import {
  checkerFixture,
  clean,
  deliberateScript,
  liveText,
  part,
  ruleRows,
  typeAndCheck,
  verdictText,
} from './test-helpers/checker-fixture.js';

const german = 'Verstehe, das war zu viel verlangt. Könntest du mir stattdessen nur beim ersten Kapitel helfen?';
const russian = 'Понимаю, это была слишком большая просьба. Может, ты просто посмотришь первую главу?';
const armenian = 'Հասկանում եմ, դա շատ էր։ Կարո՞ղ ես միայն առաջին էջը կարդալ։';

/** The verdict's words, without its icon (hidden from assistive technology). */
const headline = (el: IxConcessionChecker) => clean(part(el, '[part~="verdict"] strong')!.textContent);

/** A checker inside an element with `lang`, as a checker sits on a page in that language. */
async function checkerOnPage(lang: string, attributes = ''): Promise<IxConcessionChecker> {
  const page = await fixture<HTMLElement>(`<div lang="${lang}"><ix-concession-checker ${attributes}></ix-concession-checker></div>`);
  const el = page.querySelector<IxConcessionChecker>('ix-concession-checker')!;
  await el.updateComplete;
  return el;
}

describe('<ix-concession-checker> and scripts not in English', () => {
  it('says it reads English and names the language in the page’s language, with no checks and no marks', async () => {
    const el = await checkerOnPage('de');
    const result = await typeAndCheck(el, german);
    expect(result).to.deep.include({ verdict: 'other-language', language: 'de', rules: [] });
    expect(headline(el)).to.equal('This checker reads English; your script looks like Deutsch.');
    expect(part(el, '[part~="verdict"]')!.className).to.contain('other-language');
    expect(ruleRows(el)).to.have.length(0);
    expect(part(el, '[part~="rules"]')).to.equal(null);
    expect(part(el, 'mark')).to.equal(null);
    expect(liveText(el)).to.equal('This checker reads English; your script looks like Deutsch.');
  });

  it('names the language in English on an English page, and in French on a French one', async () => {
    const english = await checkerOnPage('en-GB');
    await typeAndCheck(english, german);
    expect(headline(english)).to.equal('This checker reads English; your script looks like German.');
    const french = await checkerOnPage('fr');
    await typeAndCheck(french, russian);
    expect(headline(french)).to.equal('This checker reads English; your script looks like russe.');
  });

  it('finds the page’s language across a shadow root, and reads "de_DE" as "de-DE"', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de_DE"><section></section></div>`);
    const root = page.querySelector('section')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<ix-concession-checker></ix-concession-checker>';
    const el = root.querySelector<IxConcessionChecker>('ix-concession-checker')!;
    await el.updateComplete;
    await typeAndCheck(el, russian);
    expect(headline(el)).to.equal('This checker reads English; your script looks like Russisch.');
  });

  it('names the language in English when the page’s `lang` is no locale', async () => {
    const el = await checkerOnPage('not a locale');
    await typeAndCheck(el, german);
    expect(headline(el)).to.equal('This checker reads English; your script looks like German.');
  });

  it('says "another language" for a writing system it does not name', async () => {
    const el = await checkerOnPage('en');
    const result = await typeAndCheck(el, armenian);
    expect(result.language).to.equal('und');
    expect(headline(el)).to.equal('This checker reads English; your script looks like another language.');
  });

  it('takes its words from `other-language-text`, with `{language}` for the name', async () => {
    const el = await checkerOnPage('de', 'other-language-text="Dieser Prüfer liest nur Englisch; Ihr Text ist wohl auf {language}."');
    await typeAndCheck(el, german);
    expect(headline(el)).to.equal('Dieser Prüfer liest nur Englisch; Ihr Text ist wohl auf Deutsch.');
    expect(liveText(el)).to.equal('Dieser Prüfer liest nur Englisch; Ihr Text ist wohl auf Deutsch.');
  });

  it('goes back to the five checks when English is typed', async () => {
    const el = await checkerOnPage('de');
    await typeAndCheck(el, german);
    expect(ruleRows(el)).to.have.length(0);
    const result = await typeAndCheck(el, deliberateScript);
    expect(result).to.deep.include({ verdict: 'deliberate', language: 'en' });
    expect(ruleRows(el)).to.have.length(5);
    expect(verdictText(el)).to.contain('Visibly deliberate');
    expect(part(el, 'mark')).to.not.equal(null);
  });

  it('checks English mixed with words of another language as English', async () => {
    const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    const result = await typeAndCheck(el, 'Sorry ah, I know asking you to cover my whole shift was too much lah. Can or not you just take the first two hours?');
    expect(result.language).to.equal('en');
    expect(ruleRows(el)).to.have.length(5);
  });
});
