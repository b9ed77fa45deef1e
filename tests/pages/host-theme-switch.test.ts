import { expect } from '@open-wc/testing';
import { describe as name, isDarkLuminance, ixElements, paintedBehind, relativeLuminance, surfaceOf } from '../support/host-measure.js';
import { openPage, settlePage, waitInPage, type PageFrame } from '../support/page-frame.js';

/**
 * A page that switches light and dark while it is open — its own toggle button, or a class,
 * `data-theme`, `data-bs-theme` or `color-scheme` set on <html> or <body> by script — is
 * followed by every element, nested calls to action included, without a reload: the same
 * window keeps running and a draft typed into the checker stays.
 */

type Scheme = 'light' | 'dark';

const side = (rgb: [number, number, number]): Scheme => (isDarkLuminance(relativeLuminance(rgb)) ? 'dark' : 'light');

/** Each element as "name: its resolved theme, its surface's side on the page's side". */
const seen = (page: PageFrame) => ixElements(page.document).map((el) => `${name(el)}: ${el.getAttribute('resolved-theme')}, ${side(surfaceOf(el))} on ${side(paintedBehind(el))}`);
const all = (page: PageFrame, scheme: Scheme) => ixElements(page.document).map((el) => `${name(el)}: ${scheme}, ${scheme} on ${scheme}`);

/** Waits (a page may ease its background into the new colours) until every element shows `scheme`; fails with what it saw. */
async function expectFollowed(page: PageFrame, scheme: Scheme): Promise<void> {
  const done = () => ixElements(page.document).every((el) => el.getAttribute('resolved-theme') === scheme && side(surfaceOf(el)) === scheme && side(paintedBehind(el)) === scheme);
  await waitInPage(page, done, `every element to turn ${scheme}`, 3000).catch(() => undefined);
  expect(seen(page)).to.deep.equal(all(page, scheme));
}

interface Session {
  page: PageFrame;
  /** Proves there was no reload: a property of the first window and the checker's draft. */
  unreloaded(): void;
}

async function open(url: string): Promise<Session> {
  const page = await openPage(url, { width: 1024, height: 800 });
  await settlePage(page);
  const marker = Symbol.for('ix-test: same window');
  (page.window as unknown as Record<symbol, boolean>)[marker] = true;
  const field = page.document.querySelector('ix-concession-checker')!.shadowRoot!.querySelector('textarea')!;
  field.value = 'A draft that must survive the switch.';
  field.dispatchEvent(new page.window.Event('input', { bubbles: true, composed: true }));
  return {
    page,
    unreloaded() {
      expect(page.frame.contentWindow, 'same window').to.equal(page.window);
      expect((page.window as unknown as Record<symbol, boolean>)[marker], 'same document').to.equal(true);
      expect(page.document.querySelector('ix-concession-checker')!.shadowRoot!.querySelector('textarea')!.value).to.equal('A draft that must survive the switch.');
    },
  };
}

const toggle = (page: PageFrame) => page.document.querySelector<HTMLButtonElement>('[data-theme-toggle]')!.click();

describe('hosts switching light and dark while open', function () {
  this.timeout(20_000);
  let session: Session | undefined;
  afterEach(() => session?.page.close());

  it('Bootstrap: the colour-mode button sets data-bs-theme on <html>, dark → light → dark', async () => {
    session = await open('/demo/hosts/bootstrap-dark.html');
    await expectFollowed(session.page, 'dark');
    toggle(session.page);
    expect(session.page.document.documentElement.dataset.bsTheme).to.equal('light');
    await expectFollowed(session.page, 'light');
    toggle(session.page);
    await expectFollowed(session.page, 'dark');
    session.unreloaded();
  });

  it('Pico: data-theme set on <html> by its switch and by script', async () => {
    session = await open('/demo/hosts/pico.html');
    const osScheme: Scheme = session.page.window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const other: Scheme = osScheme === 'dark' ? 'light' : 'dark';
    await expectFollowed(session.page, osScheme);
    toggle(session.page);
    expect(session.page.document.documentElement.dataset.theme).to.equal(other);
    await expectFollowed(session.page, other);
    session.page.document.documentElement.setAttribute('data-theme', osScheme);
    await expectFollowed(session.page, osScheme);
    session.unreloaded();
  });

  it('Tailwind: the dark class on <body>', async () => {
    session = await open('/demo/hosts/tailwind.html');
    await expectFollowed(session.page, 'light');
    toggle(session.page);
    expect(session.page.document.body.classList.contains('dark')).to.equal(true);
    await expectFollowed(session.page, 'dark');
    session.page.document.body.classList.remove('dark');
    await expectFollowed(session.page, 'light');
    session.unreloaded();
  });

  it('Bulma: its theme-dark and theme-light classes on <html>', async () => {
    session = await open('/demo/hosts/bulma.html');
    const html = session.page.document.documentElement;
    html.classList.add('theme-dark');
    await expectFollowed(session.page, 'dark');
    html.classList.replace('theme-dark', 'theme-light');
    await expectFollowed(session.page, 'light');
    session.unreloaded();
  });

  it('Casper style: the dark-mode class on <html>, with the page easing its background over 0.3 s', async () => {
    session = await open('/demo/hosts/ghost-casper.html');
    await expectFollowed(session.page, 'light');
    toggle(session.page);
    expect(session.page.document.documentElement.classList.contains('dark-mode')).to.equal(true);
    await expectFollowed(session.page, 'dark');
    toggle(session.page);
    await expectFollowed(session.page, 'light');
    session.unreloaded();
  });

  it('a stylesheet that applies after the elements rendered (loaded with media="print" onload)', async () => {
    session = await open('/tests/pages/fixtures/async-css-host.html');
    await waitInPage(session.page, () => session!.page.window.document.readyState === 'complete', 'the page to load');
    await expectFollowed(session.page, 'dark');
    session.unreloaded();
  });

  for (const where of ['html', 'body'] as const) {
    it(`a page painting with system colours: color-scheme set on <${where}>`, async () => {
      session = await open('/tests/pages/fixtures/plain-host.html');
      const { document } = session.page;
      document.body.style.background = 'Canvas';
      document.body.style.color = 'CanvasText';
      await expectFollowed(session.page, 'light');
      (where === 'html' ? document.documentElement : document.body).style.colorScheme = 'dark';
      await expectFollowed(session.page, 'dark');
      (where === 'html' ? document.documentElement : document.body).style.colorScheme = 'light';
      await expectFollowed(session.page, 'light');
      session.unreloaded();
    });
  }
});
