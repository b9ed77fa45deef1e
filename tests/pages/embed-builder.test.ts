/**
 * The embed builder (demo/embed.html), driven through its own controls: options change the
 * preview and the snippet together; the copied snippet renders the same element in a blank page;
 * the link round-trips; invalid values get the element's own message and stay out of the snippet;
 * the hash is the built bundle's; the snippet is exactly what `npm run embed` prints for the link.
 */
import { expect } from '@open-wc/testing';
import { closeAllPages, openPage, settlePage, waitInPage } from '../support/page-frame.js';
import { integrityOf, openBuilder, paste, sha384, writtenAttributes, type Builder } from './embed-builder-page.js';

const slug = 'make-the-step-down-visibly-deliberate';
const NBSP = '\u00a0';

function previewElement(builder: Builder, tag: string): HTMLElement {
  // The embed, not an element the host page has of its own.
  const element = builder.preview().document.querySelector<HTMLElement>(`[data-embed-slot] ${tag}`);
  if (!element) throw new Error(`the preview has no <${tag}>`);
  return element;
}

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('embed builder', function () {
  this.timeout(30_000);
  afterEach(closeAllPages);

  it('starts with a card from the catalog, previewed with the real bundle, and its snippet', async () => {
    const builder = await openBuilder();
    const card = previewElement(builder, 'ix-technique-card');
    expect(card.getAttribute('technique')).to.equal(slug);
    expect(card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Make the step-down visibly deliberate');
    // Line 1–4: the rule that restores the card's spacing on a zero-margin page, offered as a comment.
    expect(builder.snippet().split('\n')[3]).to.equal('  /* ix-technique-card { margin-block: 1.5em; } */');
    expect(builder.snippet().split('\n')[5]).to.equal(`<ix-technique-card technique="${slug}">`);
    expect(builder.snippet()).to.contain('<h3>Make the step-down visibly deliberate</h3>');
    expect(builder.root.querySelector('[role="alert"]')).to.equal(null);
    expect(builder.page.problems.errors).to.deep.equal([]);
  });

  it('changes the preview and the snippet together as options change', async () => {
    const builder = await openBuilder();
    await builder.click('#element-ix-trial-cta');
    const lines = builder.snippet().split('\n');
    expect(lines.slice(3, 6)).to.deep.equal(['  /* ix-trial-cta { margin-block: 1.5em; } */', '</style>', '<ix-trial-cta>']);
    // Then its first paint, written from the preview's element, and the end tag.
    expect(lines[6]).to.match(/^ {2}<template shadowrootmode="open"><style>.+<\/style><div part="base" class="base inline">.+<\/template>$/);
    expect(lines.slice(7)).to.deep.equal(['</ix-trial-cta>']);
    await builder.type('#element-price', '30');
    await builder.type('#element-currency', 'EUR');
    await builder.type('#element-locale', 'de-DE');
    await builder.select('#element-layout', 'banner');
    expect(builder.snippet()).to.contain('<ix-trial-cta price="30" currency="EUR" locale="de-DE" layout="banner">');
    const cta = previewElement(builder, 'ix-trial-cta');
    expect(cta.getAttribute('layout')).to.equal('banner');
    const terms = cta.shadowRoot!.querySelector('[part~="terms"]')!.textContent.replace(/[ \n\t]+/g, ' ').trim();
    expect(terms).to.equal(`7 days free, then 30${NBSP}€/month (~1,00${NBSP}€/day)`);
    // The form's own line says what the element will read, as it is typed.
    expect(builder.field('#element-terms .terms').textContent).to.equal(terms);

    await builder.type('#token-ix-color-accent', '#b00020');
    expect(builder.snippet()).to.contain('<style>\n  ix-trial-cta {\n    --ix-color-accent: #b00020;\n  }\n');
    const link = previewElement(builder, 'ix-trial-cta').shadowRoot!.querySelector<HTMLElement>('[part~="link"]')!;
    expect(builder.preview().window.getComputedStyle(link).backgroundColor).to.equal('rgb(176, 0, 32)');

    await builder.type('#element-price', '');
    expect(builder.snippet()).to.not.contain('price=');
    expect(previewElement(builder, 'ix-trial-cta').hasAttribute('price')).to.equal(false);
  });

  it('wraps the element in a provider whose settings reach it, and puts them in the card’s fallback', async () => {
    const builder = await openBuilder();
    await builder.click('#use-provider');
    await builder.type('#provider-price', '30');
    await builder.type('#provider-currency', 'GBP');
    await builder.select('#element-variant', 'compact');
    const snippet = builder.snippet();
    expect(snippet).to.contain(`<ix-provider price="30" currency="GBP">\n  <ix-technique-card technique="${slug}" variant="compact">`);
    expect(snippet).to.contain('<summary>Why it works</summary>');
    expect(snippet).to.contain('7 days free, then £30/month (~£1.00/day)');
    const cta = previewElement(builder, 'ix-technique-card').shadowRoot!.querySelector('ix-trial-cta')!;
    expect(shadowText(cta)).to.contain('7 days free, then £30/month (~£1.00/day)');
  });

  it('sets the call to action’s words in German with one click, page-wide, the card’s pitch included', async () => {
    const builder = await openBuilder();
    await builder.click('.words button[lang="de"]');
    expect(builder.field('#use-provider').matches(':checked')).to.equal(true);
    expect(builder.field('#provider-locale').value).to.equal('de-DE');
    expect(builder.field('#provider-pitch').value).to.contain('Proben Sie Ihre nächste Bitte');
    const snippet = builder.snippet();
    expect(snippet).to.match(/<ix-provider currency="EUR" locale="de-DE" heading="Üben mit \{product\}" pitch="Proben Sie[^"]+" trial-text="\{days\} Tage kostenlos, dann" price-text="\{price\}\/Monat" per-day-text="\(~\{perDay\}\/Tag\)" label="\{days\} Tage kostenlos testen">/);
    const cta = previewElement(builder, 'ix-technique-card').shadowRoot!.querySelector('ix-trial-cta')!;
    const part = (name: string) => cta.shadowRoot!.querySelector(`[part~="${name}"]`)!.textContent.replace(/[ \n\t]+/g, ' ').trim();
    expect([part('heading'), part('pitch'), part('terms'), part('link')]).to.deep.equal([
      'Üben mit IX Coach',
      'Proben Sie Ihre nächste Bitte mit IX Coach und erhalten Sie Rückmeldung zu genau den Worten, die Sie sagen wollen.',
      `7 Tage kostenlos, dann 40${NBSP}€/Monat (~1,30${NBSP}€/Tag)`,
      '7 Tage kostenlos testen',
    ]);
    expect(builder.field('.words button[lang="de"]').getAttribute('aria-pressed')).to.equal('true');

    await builder.click('.words button:last-of-type'); // English (built in)
    expect(builder.snippet()).to.not.contain('locale=');
    expect(builder.snippet(), 'the euros the German words brought go with them').to.not.contain('currency=');
    expect(shadowText(previewElement(builder, 'ix-technique-card').shadowRoot!.querySelector('ix-trial-cta')!)).to.contain('7 days free, then $40/month');
  });

  it('proposes euros with the German, French or Spanish words, says so where the button was pressed, and keeps dollars on request', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&price=30');
    const note = () => builder.field('.currency-note').textContent.replace(/\s+/g, ' ').trim();
    const terms = () => previewElement(builder, 'ix-trial-cta').shadowRoot!.querySelector('[part~="terms"]')!.textContent.replace(/[ \n\t]+/g, ' ').trim();
    expect(note()).to.equal('');

    await builder.click('.words button[lang="de"]');
    expect(builder.field('#provider-currency').value).to.equal('EUR');
    expect(terms()).to.equal(`7 Tage kostenlos, dann 30${NBSP}€/Monat (~1,00${NBSP}€/Tag)`);
    // Not silent: the note is a live status, names both currencies and that the amount stayed.
    expect(builder.field('.currency-note').getAttribute('role')).to.equal('status');
    expect(note()).to.match(/^Currency: EUR, the usual one for Deutsch, instead of USD\. The amount stays 30 \(euros now\)/);

    // French has the same currency: still proposed, still undoable.
    await builder.click('.words button[lang="fr"]');
    expect(note()).to.contain('the usual one for Français, instead of USD');
    await builder.click('#keep-currency');
    expect(builder.field('#provider-currency').value).to.equal('');
    expect(builder.snippet()).to.not.contain('currency=');
    expect(terms()).to.match(/^7 jours gratuits, puis 30,00\s\$US\/mois|^7 jours gratuits, puis 30\s\$US\/mois/);
    expect(note()).to.equal('');
    expect(builder.field('#provider-locale').value).to.equal('fr-FR');

    // A currency the reader chose on the element itself is what the proposal replaces, and gives back.
    await builder.click('.words button:last-of-type');
    await builder.type('#element-currency', 'GBP');
    await builder.click('.words button[lang="es"]');
    expect(builder.field('#element-currency').value).to.equal('EUR');
    expect(note()).to.contain('instead of GBP');
    await builder.click('#keep-currency');
    expect(builder.field('#element-currency').value).to.equal('GBP');
  });

  it('orders and picks the card’s sections', async () => {
    const builder = await openBuilder();
    await builder.click('#element-sections-why');
    await builder.click('[aria-label="Move Call to action up"]');
    expect(builder.snippet()).to.contain(`<ix-technique-card technique="${slug}" sections="how,evidence,sources,cta,mistake">`);
    const headings = [...previewElement(builder, 'ix-technique-card').shadowRoot!.querySelectorAll('section > :is(h2,h3,h4,h5,h6)')].map((h) => h.textContent.trim());
    expect(headings).to.deep.equal(['How to do it', 'Evidence', 'Sources', 'Common mistake']);
    const parts = [...previewElement(builder, 'ix-technique-card').shadowRoot!.querySelectorAll('[part~="section"]')].map((s) => s.getAttribute('part'));
    expect(parts.map((p) => /section-(\w+)/.exec(p!)![1])).to.deep.equal(['how', 'evidence', 'sources', 'cta', 'mistake']);
  });

  it('copies a snippet that renders the same element, attributes and token values in a blank page', async () => {
    const builder = await openBuilder('?element=ix-technique-card&technique=' + slug + '&heading-level=2&variant=compact&provider&provider.price=30&provider.currency=EUR&provider.locale=de-DE');
    await builder.click('.presets button:nth-of-type(3)'); // the demo blog's palette
    await builder.type('#token-ix-radius', '0.75rem');
    let copied = '';
    Object.defineProperty(builder.page.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    builder.field<HTMLButtonElement>('.copy-row button').click();
    await waitInPage(builder.page, () => copied !== '', 'the copy');
    await waitInPage(builder.page, () => builder.field('.copy-status').textContent === 'Copied the snippet to the clipboard.', 'the copy message');
    expect(copied).to.equal(builder.snippet());
    expect(copied).to.contain('--ix-color-accent: #1f5a7a;');

    const blank = await openPage('/tests/pages/fixtures/blank.html');
    paste(blank, copied, '/dist/ix-widgets.js');
    await settlePage(blank);
    for (const tag of ['ix-provider', 'ix-technique-card']) {
      const pasted = blank.document.querySelector(tag)!;
      const shown = previewElement(builder, tag);
      expect(writtenAttributes(pasted), tag).to.deep.equal(writtenAttributes(shown));
    }
    const pastedCard = blank.document.querySelector<HTMLElement>('ix-technique-card')!;
    const previewCard = previewElement(builder, 'ix-technique-card');
    const tokens = [...copied.matchAll(/^\s+(--ix-[\w-]+):/gm)].map((m) => m[1]!);
    expect(tokens.length).to.be.greaterThan(5);
    for (const token of [...tokens, '--ix-color-success']) {
      expect(blank.window.getComputedStyle(pastedCard).getPropertyValue(token).trim(), token).to.equal(
        builder.preview().window.getComputedStyle(previewCard).getPropertyValue(token).trim(),
      );
    }
    expect(shadowText(pastedCard)).to.equal(shadowText(previewCard));
    expect(blank.problems.errors).to.deep.equal([]);
  });

  it('falls back to selecting the snippet, and says so, without the Clipboard API', async () => {
    const builder = await openBuilder('?element=ix-trial-cta');
    Object.defineProperty(builder.page.window.navigator, 'clipboard', { configurable: true, value: undefined });
    builder.field<HTMLButtonElement>('.copy-row button').click();
    const status = builder.field('.copy-status');
    await waitInPage(builder.page, () => status.textContent !== '', 'the copy message');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.match(/did not let the page copy\. The snippet is selected: press (Ctrl\+C|⌘C) to copy it\./);
    const field = builder.field<HTMLTextAreaElement>('#snippet');
    expect(builder.page.document.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
  });

  it('keeps the whole configuration in the link and restores it from there', async () => {
    const query =
      '?element=ix-trial-cta&price=30&currency=EUR&locale=de-DE&layout=banner&provider&provider.utm-source=blog&--ix-color-accent=%23b00020&page=dark';
    const builder = await openBuilder(query);
    expect(builder.field('#element-ix-trial-cta').matches(':checked')).to.equal(true);
    expect(builder.field('#element-price').value).to.equal('30');
    expect(builder.field('#element-currency').value).to.equal('EUR');
    expect(builder.field('#element-locale').value).to.equal('de-DE');
    expect(builder.field<HTMLSelectElement>('#element-layout').value).to.equal('banner');
    expect(builder.field('#use-provider').matches(':checked')).to.equal(true);
    expect(builder.field('#provider-utm-source').value).to.equal('blog');
    expect(builder.field('#token-ix-color-accent').value).to.equal('#b00020');
    expect(builder.field<HTMLSelectElement>('#preview-page').value).to.equal('dark');
    expect(builder.preview().document.title).to.contain('dark page');
    const sorted = (search: string) => [...new URLSearchParams(search)].sort(([a], [b]) => a.localeCompare(b));
    expect(sorted(builder.page.window.location.search)).to.deep.equal(sorted(query));

    // A change goes into the link; the new link opens the same form and snippet.
    await builder.type('#element-trial-days', '14');
    await builder.type('#provider-price', '300');
    const link = builder.page.window.location.search;
    expect(new URLSearchParams(link).get('trial-days')).to.equal('14');
    const again = await openBuilder(link);
    expect(again.field('#element-trial-days').value).to.equal('14');
    expect(again.field('#provider-price').value).to.equal('300');
    expect(again.snippet()).to.equal(builder.snippet());
  });

  it('reports an unknown key or element in the link, and uses the rest', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&colour=red&provider.bogus=1&--ix-nope=2&price=25&page=moon');
    const listed = [...builder.root.querySelectorAll('.link-problems li')]
      .map((li) => li.textContent.replace(/\s+/g, ' ').trim())
      .filter((line) => !line.startsWith('ix-probe')); // the test harness's own marker, rightly reported too
    expect(listed.slice(0, 3)).to.deep.equal([
      'colour=red: <ix-trial-cta> has no attribute "colour"; ignored',
      'provider.bogus=1: <ix-provider> has no attribute "bogus"; ignored',
      '--ix-nope=2: <ix-trial-cta> has no custom property --ix-nope; ignored',
    ]);
    const pages = [...builder.field<HTMLSelectElement>('#preview-page').options].map((option) => option.value);
    expect(listed.slice(3)).to.deep.equal([`page=moon: no such preview page; known: ${pages.join(', ')}`]);
    expect(builder.snippet()).to.contain('<ix-trial-cta price="25">');
    const other = await openBuilder('?element=ix-nothing');
    expect(other.root.querySelector('.link-problems li')!.textContent).to.contain('element=ix-nothing: must be one of ix-technique-card, ix-concession-checker, ix-trial-cta');
    expect(other.field('#element-ix-technique-card').matches(':checked')).to.equal(true);
  });

  it('shows the element’s own message beside an invalid value and leaves the value out of the snippet', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&price=-5&currency=XYZ&href=javascript:alert(1)&layout=banner');
    // What the element itself warns, from the real bundle in a page of its own.
    const probe = await openPage('/tests/pages/fixtures/blank.html');
    paste(probe, `${builder.snippet().split('\n')[0]}\n<ix-trial-cta price="-5" currency="XYZ" href="javascript:alert(1)"></ix-trial-cta>`, '/dist/ix-widgets.js');
    await settlePage(probe);
    const warned = probe.problems.warnings;
    expect(warned).to.have.length(3);
    for (const name of ['price', 'currency', 'href']) {
      const field = builder.field(`#element-${name}`);
      expect(field.getAttribute('aria-invalid'), name).to.equal('true');
      const message = builder.field(`#element-${name}-problem`).textContent.replace(/^\s*⚠\s*/, '').trim();
      expect(warned, name).to.include(message);
      expect(field.getAttribute('aria-describedby')).to.contain(`element-${name}-problem`);
    }
    expect(builder.snippet().split('\n').at(-3)).to.equal('<ix-trial-cta layout="banner">');
    expect(builder.field('.left-out').textContent.replace(/\s+/g, ' ')).to.contain('Price, Currency, Signup link');

    // Typed, not only linked: the message comes and goes with the value.
    await builder.type('#element-price', '-1');
    expect(builder.field('#element-price-problem').textContent).to.contain('<ix-trial-cta> price="-1": must be a number ≥ 0; using 40');
    await builder.type('#element-price', '12');
    expect(builder.root.querySelector('#element-price-problem')).to.equal(null);
    expect(builder.snippet()).to.contain('price="12"');
  });

  it('never copies a card that would show an error: a banner names the unknown technique, the preview shows the card’s own message', async () => {
    const builder = await openBuilder('?technique=make-the-step-down-visbly-deliberate');
    const banner = builder.field('.blocker');
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(banner.textContent).to.contain('There is no technique called “make-the-step-down-visbly-deliberate”');
    // The preview is the card's own error about that slug, not "no card given".
    const error = previewElement(builder, 'ix-technique-card').shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.textContent).to.contain('make-the-step-down-visbly-deliberate');
    expect(error.textContent).to.not.contain('no card given');

    let copied: string | undefined;
    Object.defineProperty(builder.page.window.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => ((copied = text), Promise.resolve()) },
    });
    builder.field<HTMLButtonElement>('.copy-row button').click();
    const status = builder.field('.copy-status');
    await waitInPage(builder.page, () => status.textContent !== '', 'the copy message');
    expect(status.textContent).to.match(/^Not copied: There is no technique called “make-the-step-down-visbly-deliberate”/);
    expect(copied).to.equal(undefined);

    await builder.select('#element-technique', slug);
    expect(builder.root.querySelector('.blocker')).to.equal(null);
    builder.field<HTMLButtonElement>('.copy-row button').click();
    await waitInPage(builder.page, () => copied !== undefined, 'the copy');
    expect(copied).to.contain(`<ix-technique-card technique="${slug}">`);
  });

  it('pins the integrity hash of the built bundle, which the preview loads and the browser accepts', async () => {
    const builder = await openBuilder();
    const bytes = await (await fetch('/dist/ix-widgets.js')).arrayBuffer();
    expect(integrityOf(builder.snippet())).to.equal(await sha384(bytes));
    const script = builder.preview().document.querySelector<HTMLScriptElement>('script[integrity]')!;
    expect(script.integrity).to.equal(await sha384(bytes));
    expect(builder.preview().window.customElements.get('ix-technique-card')).to.not.equal(undefined);
  });

  it('writes the first paint from a fresh element: a draft the preview\'s checker remembers stays out of the snippet', async () => {
    const builder = await openBuilder('?element=ix-concession-checker&remember');
    const checker = previewElement(builder, 'ix-concession-checker') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
    const field = checker.shadowRoot!.querySelector('textarea')!;
    field.value = 'My private draft about asking for a raise';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const storage = builder.preview().window.localStorage;
    await waitInPage(builder.page, () => Object.values(storage).some((value) => String(value).includes('private draft')), 'the checker to remember the draft');
    // Any change pastes the element again: the new one brings the remembered draft back.
    await builder.type('#token-ix-space', '1.25rem');
    expect(previewElement(builder, 'ix-concession-checker').shadowRoot!.querySelector('textarea')!.value).to.contain('private draft');
    expect(builder.snippet()).to.contain('<template shadowrootmode="open">');
    expect(builder.snippet()).to.not.contain('private draft');
    // And the draft is still remembered for the preview.
    await builder.type('#token-ix-space', '1.5rem');
    expect(previewElement(builder, 'ix-concession-checker').shadowRoot!.querySelector('textarea')!.value).to.contain('private draft');
  });

  it('makes exactly the snippet `npm run embed` prints for the same link', async function () {
    // The command renders the first paint in a Chromium it starts: tens of seconds on busy cores.
    this.timeout(120_000);
    const builder = await openBuilder(`?element=ix-technique-card&technique=${slug}&heading-level=4&cta=none`);
    await builder.click('#element-sections-sources');
    await builder.click('#use-provider');
    await builder.type('#provider-href', 'https://example.com/start?plan=pro');
    await builder.type('#token-ix-space', '1.25rem');
    const link = builder.page.window.location.search;
    const printed = await (await fetch(`/tests/support/embed-cli?link=${encodeURIComponent(link)}`)).text();
    expect(printed.trimEnd()).to.equal(builder.snippet());
    expect(builder.snippet()).to.contain('<h4>Make the step-down visibly deliberate</h4>');
    expect(builder.snippet()).to.not.contain('Practice this with');
  });

  it('reads out contrast from the preview and warns below AA', async () => {
    const builder = await openBuilder('?element=ix-trial-cta');
    const row = (pair: string) => builder.field(`tr[data-pair="${pair}"]`);
    expect(row('--ix-color-text on --ix-color-surface').className).to.equal('pass');
    await builder.type('#token-ix-color-text', '#b8b8b8');
    expect(row('--ix-color-text on --ix-color-surface').className).to.equal('fail');
    expect(row('--ix-color-text on --ix-color-surface').textContent).to.match(/1\.9\d:1\s*Below AA: needs 4\.5:1/);
    expect(builder.field('#contrast-summary').textContent).to.contain('1 colour pair is below WCAG AA');
    await builder.click('.presets button:nth-of-type(4)'); // high contrast
    expect(builder.field('#contrast-summary').textContent).to.contain('Every colour pair meets WCAG AA');
    await builder.click('.presets button:nth-of-type(2)'); // dark
    expect(builder.snippet()).to.contain('<ix-trial-cta theme="dark">');
    expect(builder.field('.contrast caption').textContent).to.contain('(dark)');
    expect(row('--ix-color-on-accent on --ix-color-accent').className).to.equal('pass');
  });

  it('previews the card on my page: my background, text colour and font, kept in the link and out of the snippet', async () => {
    const builder = await openBuilder(`?technique=${slug}`);
    await builder.type('#page-background', '#15171c');
    await builder.type('#page-text', '#e8e6e3');
    await builder.type('#page-font', 'Georgia, serif');
    expect(builder.field<HTMLSelectElement>('#preview-page').value).to.equal('yours');
    const look = (b: Builder) => {
      const { window: win, document: doc } = b.preview();
      const body = win.getComputedStyle(doc.body);
      return [body.backgroundColor, body.color, body.fontFamily];
    };
    expect(look(builder)).to.deep.equal(['rgb(21, 23, 28)', 'rgb(232, 230, 227)', 'Georgia, serif']);
    // On a page that declares no colour scheme, the card goes dark because my background is.
    expect(previewElement(builder, 'ix-technique-card').getAttribute('resolved-theme')).to.equal('dark');
    expect(builder.snippet()).to.not.match(/15171c|e8e6e3|Georgia/);
    const link = new URLSearchParams(builder.page.window.location.search);
    expect([link.get('page'), link.get('page.background'), link.get('page.text'), link.get('page.font')]).to.deep.equal(['yours', '#15171c', '#e8e6e3', 'Georgia, serif']);
    const again = await openBuilder(builder.page.window.location.search);
    expect(look(again)).to.deep.equal(look(builder));

    await builder.type('#page-background', 'not a colour');
    expect(builder.field('#page-background-problem').textContent).to.contain('“not a colour” is not a colour');
  });

  it('gives the element my page’s colours and font in one click, where I typed them, into the snippet, and back', async () => {
    const builder = await openBuilder(`?element=ix-trial-cta&--ix-color-text=%23000000`);
    const palatino = '"Palatino Linotype", Palatino, serif';
    await builder.type('#page-background', '#fdf6e3');
    await builder.type('#page-text', '#3b2f2f');
    await builder.type('#page-font', palatino);
    const base = () => previewElement(builder, 'ix-trial-cta').shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    const painted = () => {
      const style = builder.preview().window.getComputedStyle(base());
      return [style.backgroundColor, style.color];
    };
    // Until asked, the element keeps its own colours on the cream page.
    expect(painted()).to.not.deep.equal(['rgb(253, 246, 227)', 'rgb(59, 47, 47)']);
    const button = builder.field<HTMLButtonElement>('#use-page-look');
    // Offered right where the page look is typed.
    expect(button.closest('fieldset')!.querySelector('legend')!.textContent).to.equal('Your page');
    expect(button.textContent.trim()).to.equal('Use my page’s colours for the element too');
    expect(builder.field('#use-page-look-help').textContent).to.contain('background, text colour and font');

    await builder.click('#use-page-look');
    expect(painted()).to.deep.equal(['rgb(253, 246, 227)', 'rgb(59, 47, 47)']);
    expect(builder.preview().window.getComputedStyle(base()).fontFamily).to.contain('Palatino');
    expect(builder.snippet()).to.contain('--ix-color-surface: #fdf6e3;');
    expect(builder.snippet()).to.contain('--ix-color-text: #3b2f2f;');
    expect(builder.snippet()).to.contain(`--ix-font-family: ${palatino};`);
    expect(builder.field<HTMLInputElement>('#token-ix-color-surface').value).to.equal('#fdf6e3');
    expect(builder.page.document.querySelector('#use-page-look')).to.equal(null);

    // Undone like any other action: the element's own colours come back, the text colour set before included.
    await builder.click('#undo-page-look');
    expect(builder.snippet()).to.not.match(/fdf6e3|3b2f2f|Palatino/);
    expect(builder.snippet()).to.contain('--ix-color-text: #000000;');
    expect(builder.field<HTMLInputElement>('#token-ix-color-surface').value).to.equal('');
    expect(builder.page.document.querySelector('#use-page-look')).to.not.equal(null);
  });

  it('switches the preview to a dark page with “Dark” and back with “Light”', async () => {
    const builder = await openBuilder(`?element=ix-trial-cta`);
    const pageBackground = () => builder.preview().window.getComputedStyle(builder.preview().document.body).backgroundColor;
    expect(pageBackground()).to.equal('rgb(255, 255, 255)');
    await builder.click('.presets button:nth-of-type(2)'); // Dark
    expect(builder.field<HTMLSelectElement>('#preview-page').value).to.equal('dark');
    expect(pageBackground()).to.equal('rgb(15, 18, 24)');
    expect(previewElement(builder, 'ix-trial-cta').getAttribute('resolved-theme')).to.equal('dark');
    await builder.click('.presets button:nth-of-type(1)'); // Light
    expect(builder.field<HTMLSelectElement>('#preview-page').value).to.equal('light');
    expect(pageBackground()).to.equal('rgb(255, 255, 255)');
    // A page picked from the gallery stays when a look is chosen.
    await builder.select('#preview-page', 'bulma');
    await builder.click('.presets button:nth-of-type(2)');
    expect(builder.field<HTMLSelectElement>('#preview-page').value).to.equal('bulma');
    expect(builder.snippet()).to.contain('<ix-trial-cta theme="dark">');
  });

  it('shows the embed on every listed preview page', async () => {
    const builder = await openBuilder('?element=ix-trial-cta&price=9');
    // Every page the builder lists (demo/embed/host-pages.ts), the first one last to show switching back.
    const pages = [...builder.field<HTMLSelectElement>('#preview-page').options].map((option) => option.value);
    expect(pages.length).to.be.at.least(3);
    for (const page of [...pages.slice(1), pages[0]!]) {
      await builder.select('#preview-page', page);
      await waitInPage(builder.page, () => Boolean(builder.preview().document.querySelector('[data-embed-slot] ix-trial-cta[price="9"]')), `the embed on ${page}`);
      await builder.settled();
      expect(shadowText(previewElement(builder, 'ix-trial-cta'))).to.contain('$9/month');
    }
  });
});
