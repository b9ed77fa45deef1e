import { expect } from '@open-wc/testing';
import type { CheckResult } from '../../src/checker/types.js';
import { expectSystemMedia } from '../support/system-media.js';
import { hostileCard } from './hostile-card.js';
import { inlineCard, mount, nextTask, seedSlug, settle, unmountAll, watchPage, type PageWatch } from './harness.js';

/**
 * The accessibility gate: axe-core over every element in every state a reader can meet — each
 * variant, heading level, theme, error, checker verdict, option and CTA layout — with zero
 * violations. A themed state runs against the opposite system preference on a page of its own
 * scheme, so the element's `theme` is what axe measures; "system dark on a light page" states
 * cover the most common mismatch (a light-only blog read on a dark-mode device).
 *
 * The system preference is set when the browser is launched (Firefox and WebKit read it only
 * then), so the states are swept in two files: axe-sweep.test.ts in a light system, and
 * axe-sweep.dark.test.ts in browsers launched dark (scripts/wtr-media.mjs). Each registers the
 * states written for its system.
 */

export type Scheme = 'light' | 'dark';
type Checker = HTMLElement & { value: string };

let page: PageWatch;
beforeEach(() => (page = watchPage()));
afterEach(() => {
  page.restore();
  unmountAll();
  document.body.style.background = document.body.style.color = '';
  localStorage.removeItem('ix-widgets:concession-checker:draft');
});

/** Runs axe on `host` once it and everything inside it have settled. */
async function expectAccessible(host: HTMLElement): Promise<void> {
  await settle(host);
  await expect(host).to.be.accessible();
  expect(page.errors).to.deep.equal([]);
}

interface Setting {
  /** The reader's `prefers-color-scheme`. */
  system?: Scheme;
  /** The page's own colours around the element. */
  page?: Scheme;
  /** ms for a state whose DOM is large (axe reads every node; WebKit is the slowest). */
  timeout?: number;
}
const themed = (theme: Scheme): Setting => ({ system: theme === 'dark' ? 'light' : 'dark', page: theme });
const darkDeviceLightPage: Setting = { system: 'dark', page: 'light' };

/** The system scheme the browser was launched with; only states written for it are registered. */
let sweptSystem: Scheme;

/** One swept state, a test of its own so a violation names it. */
function state(name: string, run: () => Promise<void>, { system = 'light', page: scheme = system, timeout }: Setting = {}): void {
  if (system !== sweptSystem) return;
  it(name, async function () {
    if (timeout) this.timeout(timeout);
    document.body.style.background = scheme === 'dark' ? '#10131a' : '#ffffff';
    document.body.style.color = scheme === 'dark' ? '#e8ebf2' : '#1d2330';
    await run();
  });
}

/** Registers every state written for a `system` colour scheme (the browser's, checked first). */
export function axeSweep(system: Scheme): void {
  sweptSystem = system;
  expectSystemMedia({ colorScheme: system });

  describe('axe sweep: <ix-technique-card>', function () {
    this.timeout(30_000);

    state('full', async () => expectAccessible(mount('ix-technique-card', { technique: seedSlug })));

    state('compact, closed', async () => expectAccessible(mount('ix-technique-card', { technique: seedSlug, variant: 'compact' })));

    state('compact, every section open', async () => {
      const host = mount('ix-technique-card', { technique: seedSlug, variant: 'compact' });
      await settle(host);
      for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
      await nextTask();
      await expectAccessible(host);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      state(`heading level ${level}`, async () => expectAccessible(mount('ix-technique-card', { technique: seedSlug, 'heading-level': String(level) })));
    }

    for (const theme of ['light', 'dark'] as const) {
      state(`theme ${theme}, full`, async () => expectAccessible(mount('ix-technique-card', { technique: seedSlug, theme })), themed(theme));
      state(`theme ${theme}, compact open`, async () => {
        const host = mount('ix-technique-card', { technique: seedSlug, theme, variant: 'compact' });
        await settle(host);
        for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
        await expectAccessible(host);
      }, themed(theme));
    }

    state('chosen sections, no call to action', async () =>
      expectAccessible(mount('ix-technique-card', { technique: seedSlug, sections: 'mistake,how', cta: 'none' })),
    );

    state('a card with links, a caveat and several sources (inline JSON)', async () => {
      const card = hostileCard(['https://example.com/paper', 'plain words']);
      await expectAccessible(mount('ix-technique-card', {}, [inlineCard(card)]));
    });

    const errors: [string, () => HTMLElement][] = [
      ['unknown slug', () => mount('ix-technique-card', { technique: 'no-such-technique' })],
      ['no card given', () => mount('ix-technique-card')],
      ['bad JSON', () => mount('ix-technique-card', {}, [inlineCard('{"slug": "broken"')])],
      ['schema error', () => mount('ix-technique-card', {}, [inlineCard({ slug: 'x', title: '' })])],
      ['src 404', () => mount('ix-technique-card', { src: new URL('./fixtures/does-not-exist.json', import.meta.url).href })],
    ];
    for (const [name, create] of errors) {
      for (const theme of ['light', 'dark'] as const) {
        state(`error: ${name}, ${theme}`, async () => {
          const host = create();
          host.setAttribute('theme', theme);
          await settle(host);
          expect(host.shadowRoot!.querySelector('[role="alert"]'), 'shows an error').to.not.equal(null);
          await expectAccessible(host);
        }, themed(theme));
      }
    }

    const fallback = () => Object.assign(document.createElement('p'), { textContent: 'The technique as plain text, for readers without JavaScript.' });

    for (const [name, setting] of [['', {}], [', dark device on a light page', darkDeviceLightPage]] as const) {
      state(`error with the author’s fallback content under it${name}`, async () => {
        await expectAccessible(mount('ix-technique-card', { technique: 'no-such-technique' }, [fallback()]));
      }, setting);

      state(`loading a src card, the fallback showing${name}`, async () => {
        const realFetch = window.fetch.bind(window);
        window.fetch = () => new Promise<Response>(() => {}); // a response that never comes
        try {
          const host = mount<HTMLElement & { updateComplete: Promise<boolean> }>('ix-technique-card', { src: '/slow-card.json' }, [fallback()]);
          await host.updateComplete;
          expect(host.shadowRoot!.querySelector('[part~="loading"]'), 'still loading').to.not.equal(null);
          await expect(host).to.be.accessible();
        } finally {
          window.fetch = realFetch;
        }
      }, setting);
    }

    state('full, dark device on a light page', async () => expectAccessible(mount('ix-technique-card', { technique: seedSlug })), darkDeviceLightPage);
    state('compact open, dark device on a light page', async () => {
      const host = mount('ix-technique-card', { technique: seedSlug, variant: 'compact' });
      await settle(host);
      for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
      await expectAccessible(host);
    }, darkDeviceLightPage);
  });

  describe('axe sweep: <ix-concession-checker>', function () {
    this.timeout(30_000);

    const scripts = {
      deliberate:
        'I understand — that was a big ask. I’m coming down from what I asked: instead of the full weekend, could you spend one evening on the grant application?',
      partial: 'I understand. Could you spend one evening on the grant application?',
      invisible: 'Could you give me $200? Or $100? Even $20 would help.',
      cascade: 'I understand, that was a lot to ask. Let me scale that back: $200? Or $100? Even $20 would help.',
    };

    /** A checker showing the result for `script` (set as its value, so the checks run at once). */
    async function checkerWith(attributes: Record<string, string>, script: string): Promise<Checker> {
      const host = mount<Checker>('ix-concession-checker', attributes);
      await settle(host);
      host.value = script;
      await settle(host);
      return host;
    }

    const verdict = (host: Element) => host.shadowRoot!.querySelector('[part~="verdict"]')!.className;

    state('empty', async () => expectAccessible(mount('ix-concession-checker')));
    state('empty with every option (examples, remember, first request, cta)', async () =>
      expectAccessible(mount('ix-concession-checker', { examples: '', remember: '', 'show-first-request': '', cta: '' })),
    );

    for (const [name, script] of Object.entries(scripts)) {
      state(`${name} script, marks included`, async () => {
        const host = await checkerWith({ examples: '' }, script);
        if (name !== 'cascade') expect(verdict(host)).to.contain(name);
        // The cascade fails the fourth check, "one step down".
        else expect(host.shadowRoot!.querySelectorAll('[part~="rule"]')[3]!.part.contains('rule-failed'), 'cascade flagged').to.be.true;
        expect(host.shadowRoot!.querySelector('mark'), 'evidence marked').to.not.equal(null);
        await expectAccessible(host);
      });
    }

    state('a script in another language, told so instead of checked', async () => {
      const host = await checkerWith({}, 'Verstehe, das war zu viel verlangt. Könntest du mir nur beim ersten Kapitel helfen?');
      expect(verdict(host)).to.contain('other-language');
      await expectAccessible(host);
    });

    state('long text, capped with a notice', async () => {
      const host = await checkerWith({}, `${scripts.deliberate} `.repeat(200));
      expect(host.shadowRoot!.querySelector('[part~="notice"]'), 'the cap notice').to.not.equal(null);
      await expectAccessible(host);
    }, { timeout: 90_000 }); // 20,000 characters marked up: 30 s ran out once in WebKit in a clean clone's run

    state('with a first request', async () => {
      const host = await checkerWith(
        { 'show-first-request': '', 'first-request': 'Could you give up your whole weekend for the grant application?' },
        'I hear you. Let me scale that back: could you give me one evening for the grant application instead?',
      );
      await expectAccessible(host);
    });

    for (const theme of ['light', 'dark'] as const) {
      state(`theme ${theme}, partial, every option`, async () =>
        expectAccessible(await checkerWith({ theme, examples: '', remember: '', 'show-first-request': '', cta: '' }, scripts.partial)), themed(theme),
      );
      state(`theme ${theme}, deliberate`, async () => expectAccessible(await checkerWith({ theme }, scripts.deliberate)), themed(theme));
    }

    state('deliberate with every option, dark device on a light page', async () =>
      expectAccessible(await checkerWith({ examples: '', remember: '', 'show-first-request': '', cta: '' }, scripts.deliberate)), darkDeviceLightPage,
    );

    state('remember, with a draft and its Clear button, then cleared', async () => {
      const host = await checkerWith({ remember: '', id: 'axe-sweep' }, scripts.partial);
      const clear = host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear"]');
      expect(clear, 'a Clear button').to.not.equal(null);
      await expectAccessible(host);
      const checked = new Promise<CheckResult>((resolve) => host.addEventListener('ix-check', (event) => resolve(event.detail), { once: true }));
      clear!.click();
      expect((await checked).verdict).to.equal('empty');
      await expectAccessible(host);
      localStorage.removeItem('ix-widgets:concession-checker:draft:axe-sweep');
    });

    state('an example loaded, with "Restore my text" offered', async () => {
      const host = await checkerWith({ examples: '' }, 'My own draft, which the example replaces.');
      host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="examples"] button')!.click();
      await settle(host);
      expect(host.shadowRoot!.textContent).to.contain('Restore my text');
      await expectAccessible(host);
    });
  });

  describe('axe sweep: <ix-trial-cta>', function () {
    this.timeout(30_000);

    for (const layout of ['inline', 'banner', 'compact']) {
      for (const theme of ['light', 'dark'] as const) {
        state(`${layout}, ${theme}`, async () => expectAccessible(mount('ix-trial-cta', { layout, theme })), themed(theme));
      }
    }
    for (const layout of ['inline', 'banner', 'compact']) {
      state(`${layout}, no trial`, async () => expectAccessible(mount('ix-trial-cta', { layout, 'trial-days': '0' })));
    }
    for (const layout of ['inline', 'banner', 'compact']) {
      state(`${layout}, dark device on a light page`, async () => expectAccessible(mount('ix-trial-cta', { layout })), darkDeviceLightPage);
    }
    state('yearly, in another locale and currency', async () =>
      expectAccessible(mount('ix-trial-cta', { interval: 'year', price: '400', currency: 'EUR', locale: 'de-DE' })),
    );
    state('replaced texts through slots', async () => {
      const slotted = (slot: string, text: string) => Object.assign(document.createElement('span'), { slot, textContent: text });
      await expectAccessible(
        mount('ix-trial-cta', {}, [slotted('heading', 'Try it'), slotted('pitch', 'Our pitch.'), slotted('label', 'Start now')]),
      );
    });
    state('invalid configuration, recovered', async () =>
      expectAccessible(mount('ix-trial-cta', { price: '-5', currency: 'XYZ', 'trial-days': 'abc', href: 'javascript:alert(1)', layout: 'side' })),
    );
  });

  describe('axe sweep: <ix-provider> wrapping every element', function () {
    this.timeout(30_000);

    for (const theme of ['light', 'dark'] as const) {
      state(`provider theme ${theme}: card, compact card, checker, CTA`, async () => {
        const host = mount('ix-provider', { theme, price: '30', currency: 'EUR', locale: 'de-DE', href: '/signup' }, [
          Object.assign(document.createElement('ix-technique-card'), { technique: seedSlug }),
          Object.assign(document.createElement('ix-technique-card'), { technique: seedSlug, variant: 'compact' }),
          Object.assign(document.createElement('ix-concession-checker'), { cta: true, examples: true }),
          Object.assign(document.createElement('ix-trial-cta'), { layout: 'banner' }),
        ]);
        await settle(host);
        const checker = host.querySelector<Checker>('ix-concession-checker')!;
        checker.value = 'I understand. Could you spend one evening on the grant application?';
        await expectAccessible(host);
      }, themed(theme));
    }
  });
}
