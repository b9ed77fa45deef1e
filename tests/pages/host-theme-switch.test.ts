import { expect } from '@open-wc/testing';
import { waitInPage, type PageFrame } from '../support/page-frame.js';
import { expectShown, openHost, type Scheme } from './host-scheme.js';

/**
 * A page that switches light and dark while it is open — its own toggle button, or a class,
 * `data-theme`, `data-bs-theme` or `color-scheme` set on <html> or <body> by script — is
 * followed by every element, nested calls to action included, without a reload: the same
 * window keeps running and a draft typed into the checker stays.
 */

interface Session {
  page: PageFrame;
  /** Proves there was no reload: a property of the first window and the checker's draft. */
  unreloaded(): void;
}

async function open(url: string): Promise<Session> {
  const page = await openHost(url);
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
    await expectShown(session.page, 'dark');
    toggle(session.page);
    expect(session.page.document.documentElement.dataset.bsTheme).to.equal('light');
    await expectShown(session.page, 'light');
    toggle(session.page);
    await expectShown(session.page, 'dark');
    session.unreloaded();
  });

  it('Pico: data-theme set on <html> by its switch and by script', async () => {
    session = await open('/demo/hosts/pico.html');
    const osScheme: Scheme = session.page.window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    const other: Scheme = osScheme === 'dark' ? 'light' : 'dark';
    await expectShown(session.page, osScheme);
    toggle(session.page);
    expect(session.page.document.documentElement.dataset.theme).to.equal(other);
    await expectShown(session.page, other);
    session.page.document.documentElement.setAttribute('data-theme', osScheme);
    await expectShown(session.page, osScheme);
    session.unreloaded();
  });

  it('Tailwind: the dark class on <body>', async () => {
    session = await open('/demo/hosts/tailwind.html');
    await expectShown(session.page, 'light');
    toggle(session.page);
    expect(session.page.document.body.classList.contains('dark')).to.equal(true);
    await expectShown(session.page, 'dark');
    session.page.document.body.classList.remove('dark');
    await expectShown(session.page, 'light');
    session.unreloaded();
  });

  it('Bulma: its theme-dark and theme-light classes on <html>', async () => {
    session = await open('/demo/hosts/bulma.html');
    const html = session.page.document.documentElement;
    html.classList.add('theme-dark');
    await expectShown(session.page, 'dark');
    html.classList.replace('theme-dark', 'theme-light');
    await expectShown(session.page, 'light');
    session.unreloaded();
  });

  it('Casper style: the dark-mode class on <html>, with the page easing its background over 0.3 s', async () => {
    session = await open('/demo/hosts/ghost-casper.html');
    await expectShown(session.page, 'light');
    toggle(session.page);
    expect(session.page.document.documentElement.classList.contains('dark-mode')).to.equal(true);
    await expectShown(session.page, 'dark');
    toggle(session.page);
    await expectShown(session.page, 'light');
    session.unreloaded();
  });

  it('a stylesheet that applies after the elements rendered (loaded with media="print" onload)', async () => {
    session = await open('/tests/pages/fixtures/async-css-host.html');
    await waitInPage(session.page, () => session!.page.window.document.readyState === 'complete', 'the page to load');
    await expectShown(session.page, 'dark');
    session.unreloaded();
  });

  for (const where of ['html', 'body'] as const) {
    it(`a page painting with system colours: color-scheme set on <${where}>`, async () => {
      session = await open('/tests/pages/fixtures/plain-host.html');
      const { document } = session.page;
      document.body.style.background = 'Canvas';
      document.body.style.color = 'CanvasText';
      await expectShown(session.page, 'light');
      (where === 'html' ? document.documentElement : document.body).style.colorScheme = 'dark';
      await expectShown(session.page, 'dark');
      (where === 'html' ? document.documentElement : document.body).style.colorScheme = 'light';
      await expectShown(session.page, 'light');
      session.unreloaded();
    });
  }
});
