import { expect } from '@open-wc/testing';
import { type } from '../support/keyboard.js';
import type { CheckResult } from '../../src/checker/types.js';
import { installXssTrap, xssPayloads, type XssTrap } from '../support/xss-payloads.js';
import {
  inlineCard,
  manifestAttributes,
  mount,
  nextTask,
  pause,
  seedSlug,
  settle,
  unmountAll,
  watchPage,
  type IxTag,
  type ManifestAttribute,
  type PageWatch,
} from './harness.js';
import { doiCarrying, expectedTexts, hostileCard, isHttpLink } from './hostile-card.js';
import { focusEverything, safetyProblems, shadowRoots, showsPayload, shownText } from './inspect.js';

/**
 * The hostile-content gate: every payload of the corpus goes through every card field (inline
 * JSON and `src`), every attribute of every element (read from custom-elements.json) and the
 * checker's input. After rendering, after focusing every focusable element and after a pause,
 * the trap must be empty, the payload must show as text where the element shows that field (or
 * be refused with a warning), and no shadow root may hold an event handler, an element made
 * from content or a link that is not http(s).
 */

const draftKey = 'ix-widgets:concession-checker:draft';
const label = (index: number) => `payload #${index + 1} ${JSON.stringify(xssPayloads[index]).slice(0, 50)}`;

let trap: XssTrap;
let page: PageWatch;
/** Everything that went wrong in the current test, one sentence each, reported together. */
let failures: string[];

before(() => (trap = installXssTrap()));
after(() => trap.restore());
beforeEach(() => {
  page = watchPage();
  failures = [];
  localStorage.removeItem(draftKey);
});
afterEach(() => {
  page.restore();
  unmountAll();
  localStorage.removeItem(draftKey);
});

/** Records what makes `host` unsafe, then focuses everything in it and checks the trap again. */
function checkSafe(host: Element, what: string): void {
  for (const problem of safetyProblems(host)) failures.push(`${what}: ${problem}`);
  if (trap.executed.length) failures.push(`${what}: executed ${trap.executed.join(', ')} after rendering`);
  focusEverything(host);
  if (trap.executed.length) failures.push(`${what}: executed ${trap.executed.join(', ')} after focusing`);
  trap.executed.length = 0;
}

/** The end of every test: a real pause for late handlers (image errors, timers), then the verdict. */
async function expectNoFailures(): Promise<void> {
  await pause(150);
  if (trap.executed.length) failures.push(`executed after a pause: ${trap.executed.join(', ')}`);
  trap.executed.length = 0;
  expect(page.errors, 'console errors, uncaught errors or rejections').to.deep.equal([]);
  expect(failures, failures.slice(0, 20).join('\n')).to.deep.equal([]);
}

describe('hostile content: the corpus', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  it('holds at least 50 distinct payloads, each of which would report itself if it ran', () => {
    expect(new Set(xssPayloads).size).to.equal(xssPayloads.length);
    expect(xssPayloads.length).to.be.at.least(50);
    for (const [index, payload] of xssPayloads.entries()) {
      // Decoded the way a browser would before running it: base64 data: URLs, numeric entities.
      const base64 = /^data:[^,]*;base64,(.*)$/.exec(payload)?.[1];
      const decoded = (base64 ? atob(base64) : payload).replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
      expect(decoded, label(index)).to.match(/__ixXss\(\d+\)|msgbox\(\d+\)/);
    }
  });

  it('the trap and the inspection catch an element that renders content as markup', async () => {
    // A deliberately unsafe element: the one place this suite parses payloads as markup.
    class UnsafeProbe extends HTMLElement {
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = `<p>${xssPayloads[46]!}</p><a href="javascript:void 0">x</a>`;
      }
    }
    customElements.define('hardening-unsafe-probe', UnsafeProbe);
    const probe = mount('hardening-unsafe-probe');
    probe.shadowRoot!.querySelector<HTMLElement>('x')!.click();
    expect(trap.executed).to.deep.equal([47]);
    trap.executed.length = 0;
    const problems = safetyProblems(probe);
    expect(problems.join('\n')).to.contain('holds <x>').and.contain('onclick=').and.contain('(javascript:)');
    expect(showsPayload(shownText(probe), xssPayloads[46]!)).to.be.false;
    await expectNoFailures();
  });
});

describe('hostile content: technique card fields', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  /** Checks one rendered hostile card against the texts and links each payload must give. */
  function checkCard(host: HTMLElement, payloads: readonly string[], what: string): void {
    checkSafe(host, what);
    const root = host.shadowRoot!;
    if (root.querySelector('[role="alert"]')) {
      failures.push(`${what}: shows an error instead of the card: ${root.querySelector('[role="alert"]')!.textContent}`);
      return;
    }
    const cta = root.querySelector('ix-trial-cta');
    const cardText = root.textContent;
    const ctaText = cta?.shadowRoot?.textContent ?? '';
    const links = [...root.querySelectorAll('a')].map((a) => a.href);
    for (const payload of payloads) {
      const index = xssPayloads.indexOf(payload);
      for (const { field, text, where } of expectedTexts(payload)) {
        if (!(where === 'cta' ? ctaText : cardText).includes(text)) failures.push(`${what} ${label(index)}: ${field} not shown as text`);
      }
      if (isHttpLink(payload) && !links.includes(new URL(payload, document.baseURI).href)) {
        failures.push(`${what} ${label(index)}: the http(s) source url is not linked`);
      }
    }
    // Non-http(s) source urls are dropped, each with a warning naming it.
    const refused = payloads.filter((payload) => !isHttpLink(payload)).length;
    const dropped = page.warnings.filter((warning) => warning.includes('dropped the link')).length;
    if (dropped !== refused) failures.push(`${what}: ${dropped} "dropped the link" warnings for ${refused} refused urls`);
    // Structured data carries the same text, with "<" escaped so it can never end its <script>.
    const jsonLd = host.querySelector('script[type="application/ld+json"]');
    if (!jsonLd) failures.push(`${what}: no JSON-LD`);
    else if (jsonLd.textContent.includes('<')) failures.push(`${what}: JSON-LD holds a raw "<"`);
  }

  for (const variant of ['full', 'compact']) {
    it(`inline JSON, ${variant}: each payload in every text field and the source url shows as text`, async () => {
      for (const [index, payload] of xssPayloads.entries()) {
        page.warnings.length = 0;
        const host = mount('ix-technique-card', { variant }, [inlineCard(hostileCard([payload]))]);
        await settle(host);
        if (variant === 'compact') for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
        await nextTask();
        checkCard(host, [payload], `inline ${variant} ${label(index)}`);
        host.remove();
      }
      await expectNoFailures();
    });
  }

  it('src: the fixture with every payload in every field renders all of them as text', async () => {
    const fixture = new URL('./fixtures/hostile-card.json', import.meta.url).href;
    const served: unknown = await (await fetch(fixture)).json();
    expect(served, 'fixtures/hostile-card.json is stale: run `npx tsx tests/hardening/fixtures/write-hostile-card.ts`').to.deep.equal(
      JSON.parse(JSON.stringify(hostileCard(xssPayloads))),
    );
    const host = mount('ix-technique-card', { src: fixture });
    await settle(host);
    checkCard(host, xssPayloads, 'src fixture');
    await expectNoFailures();
  });

  /** Fields whose type or pattern no payload satisfies: each must give a schema error naming it. */
  const constrained: [field: string, path: (string | number)[], value: (payload: string) => unknown][] = [
    ['slug', ['slug'], (payload) => payload],
    ['evidence.strength', ['evidence', 'strength'], (payload) => payload],
    ['sources[0].year', ['sources', 0, 'year'], (payload) => payload],
    ['sources[0].doi', ['sources', 0, 'doi'], (payload) => `${payload} x`],
    ['sources[0].authors[0]', ['sources', 0, 'authors', 0], (payload) => ({ toString: payload })],
    ['cta.currency', ['cta', 'currency'], (payload) => payload],
    ['cta.interval', ['cta', 'interval'], (payload) => payload],
    ['cta.trialDays', ['cta', 'trialDays'], (payload) => payload],
    ['cta.price', ['cta', 'price'], (payload) => payload],
    ['hostile', ['hostile'], (payload) => payload],
  ];

  /** A copy of `value` with `path` set to `replacement`. */
  function withAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
    const copy = structuredClone(value) as Record<string | number, unknown>;
    let target = copy;
    for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[path.at(-1)!] = replacement;
    return copy;
  }

  it('constrained fields and unknown keys: a schema error naming the field, shown as text', async () => {
    const base = hostileCard(['plain words']);
    for (const [field, path, value] of constrained) {
      for (const [index, payload] of xssPayloads.entries()) {
        const host = mount('ix-technique-card', {}, [inlineCard(withAt(base, path, value(payload)))]);
        await settle(host);
        const what = `${field} ${label(index)}`;
        checkSafe(host, what);
        const alert = host.shadowRoot!.querySelector('[role="alert"]');
        if (!alert?.textContent.includes(field)) failures.push(`${what}: no error naming ${field} (${alert?.textContent ?? 'no alert'})`);
        host.remove();
      }
    }
    await expectNoFailures();
  });

  it('a payload as the whole inline "JSON": an error that quotes it as text', async () => {
    for (const [index, payload] of xssPayloads.entries()) {
      const host = mount('ix-technique-card', {}, [inlineCard(payload)]);
      await settle(host);
      checkSafe(host, label(index));
      const alert = host.shadowRoot!.querySelector('[role="alert"]');
      if (!alert?.textContent.includes('not valid JSON')) failures.push(`${label(index)}: no "not valid JSON" error`);
      host.remove();
    }
    await expectNoFailures();
  });

  it('DOI links stay on doi.org, whatever the DOI holds', async () => {
    const card = hostileCard(xssPayloads);
    const host = mount('ix-technique-card', {}, [inlineCard(card)]);
    await settle(host);
    const doiLinks = [...host.shadowRoot!.querySelectorAll('a')].filter((a) => a.textContent.startsWith('doi:'));
    expect(doiLinks.map((a) => a.textContent)).to.deep.equal(xssPayloads.map((payload) => `doi:${doiCarrying(payload)}`));
    for (const a of doiLinks) expect(a.origin, a.textContent).to.equal('https://doi.org');
    await expectNoFailures();
  });
});

/**
 * How each attribute shows its value. `text`: in the element's shadow text; `message`: in the
 * card's error; `warn`: refused with a console warning naming the attribute; `link`: the link
 * (or refused with a warning); `query:<name>`: a parameter of the link; `placeholder` and
 * `first-request`: the field's placeholder and value; `ignored`: only presence matters.
 * An attribute missing here (a new one) must show the payload somewhere or warn about it.
 */
type Shows = 'text' | 'message' | 'warn' | 'link' | `query:${string}` | 'placeholder' | 'first-request' | 'ignored';

const ctaShows: Record<string, Shows> = {
  product: 'text',
  heading: 'text',
  pitch: 'text',
  'trial-text': 'text',
  'price-text': 'text',
  'per-day-text': 'text',
  label: 'text',
  href: 'link',
  campaign: 'query:utm_campaign',
  placement: 'query:utm_content',
  'utm-source': 'query:utm_source',
  // Reported only in the ix-cta-click event's detail.
  technique: 'ignored',
  'trial-days': 'warn',
  price: 'warn',
  currency: 'warn',
  interval: 'warn',
  locale: 'warn',
  layout: 'warn',
  'heading-level': 'warn',
  theme: 'warn',
};

const shows: Record<IxTag, Record<string, Shows>> = {
  'ix-technique-card': {
    technique: 'message',
    src: 'message',
    variant: 'warn',
    sections: 'warn',
    'heading-level': 'warn',
    theme: 'warn',
    // Anything but "none" shows the call to action.
    cta: 'ignored',
  },
  'ix-concession-checker': {
    label: 'text',
    placeholder: 'placeholder',
    'first-request': 'first-request',
    // Shown in the verdict for a script in another language (mountWith types one).
    'other-language-text': 'text',
    debounce: 'warn',
    theme: 'warn',
  },
  'ix-trial-cta': ctaShows,
  // A provider shows nothing itself: its settings show in the call to action it wraps.
  'ix-provider': ctaShows,
};

/** Mounts `tag` with `name="payload"` plus what the element needs to show something. */
function mountWith(tag: IxTag, name: string, payload: string): HTMLElement {
  const attributes: Record<string, string> = { [name]: payload };
  if (tag === 'ix-technique-card' && name !== 'technique' && name !== 'src') attributes.technique ??= seedSlug;
  if (tag === 'ix-concession-checker' && name === 'first-request') attributes['show-first-request'] = '';
  const children = tag === 'ix-provider' ? [document.createElement('ix-trial-cta')] : [];
  const host = mount(tag, attributes, children);
  if (name === 'other-language-text') Object.assign(host, { value: 'Verstehe, das war zu viel verlangt. Könntest du nur das erste Kapitel lesen?' });
  return host;
}

/** Whether the element showed, used or refused `payload` the way `expected` says. */
function showedAsExpected(tag: IxTag, host: HTMLElement, name: string, payload: string, expected: Shows | undefined): string | undefined {
  const roots = shadowRoots(host);
  const text = shownText(host);
  const link = roots.map((root) => root.querySelector<HTMLAnchorElement>('a[part~="link"]')).find(Boolean);
  const warned = page.warnings.some((warning) => warning.includes(`<${tag}`) && warning.includes(`${name}=`));
  switch (expected) {
    case 'text':
      return showsPayload(text, payload) ? undefined : 'not shown as text';
    case 'message': {
      const alert = host.shadowRoot!.querySelector('[role="alert"]');
      return alert && showsPayload(alert.textContent, payload) && warned ? undefined : `no error quoting it (${alert?.textContent ?? 'none'})`;
    }
    case 'warn':
      return warned ? undefined : 'no warning naming the attribute';
    case 'link': {
      if (!link) return 'no link';
      const href = link.getAttribute('href')!;
      if (!isHttpLink(payload)) return warned && href.startsWith('https://ixcoach.com/signup') ? undefined : `not refused with a warning (href ${href})`;
      return !warned && new URL(href, document.baseURI).href.startsWith(new URL(payload, document.baseURI).href.split('#')[0]!)
        ? undefined
        : `an http(s) link not used (href ${href})`;
    }
    case 'placeholder':
      return host.shadowRoot!.querySelector('textarea')!.placeholder === payload ? undefined : 'not the placeholder';
    case 'first-request':
      return host.shadowRoot!.querySelector('input')!.value === payload.replace(/[\r\n]/g, '') ? undefined : 'not the field value';
    case 'ignored':
      return undefined;
    case undefined:
      return showsPayload(text, payload) || warned ? undefined : 'neither shown nor warned about (new attribute? classify it in xss.test.ts)';
    default: {
      const param = expected.slice('query:'.length);
      const value = link && new URL(link.getAttribute('href')!, document.baseURI).searchParams.get(param);
      return value === payload.trim() ? undefined : `link's ${param} is ${JSON.stringify(value)}`;
    }
  }
}

describe('hostile content: every attribute of every element', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  let attributes: Map<IxTag, ManifestAttribute[]>;
  before(async () => (attributes = await manifestAttributes()));

  // A card whose `src` payload is an http(s) address fetches it: the "server" answers 404 here,
  // so the run stays on this machine and the error path (which quotes the address) is exercised.
  const realFetch = window.fetch.bind(window);
  let requested: string[] = [];
  beforeEach(() => {
    requested = [];
    window.fetch = (input: RequestInfo | URL) => {
      requested.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return Promise.resolve(new Response('not here', { status: 404, statusText: 'Not Found' }));
    };
  });
  afterEach(() => (window.fetch = realFetch));

  for (const tag of ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'ix-provider'] as const) {
    it(`<${tag}>: each payload in each attribute is text, a parameter or refused with a warning`, async () => {
      for (const { name, boolean } of attributes.get(tag)!) {
        for (const [index, payload] of xssPayloads.entries()) {
          page.warnings.length = 0;
          const host = mountWith(tag, name, payload);
          await settle(host);
          const what = `<${tag} ${name}> ${label(index)}`;
          checkSafe(host, what);
          const problem = showedAsExpected(tag, host, name, payload, boolean ? 'ignored' : shows[tag][name]);
          if (problem) failures.push(`${what}: ${problem}`);
          const box = (tag === 'ix-provider' ? host.firstElementChild! : host).getBoundingClientRect();
          if (!box.height || !shownText(host).trim()) failures.push(`${what}: renders a blank box`);
          host.remove();
        }
      }
      const fetched = tag === 'ix-technique-card' ? xssPayloads.filter(isHttpLink).length : 0;
      expect(requested, 'requests made (only a card fetching an http(s) src may)').to.have.length(fetched);
      await expectNoFailures();
    });
  }

  it('counts a warning for every refused address (card src, CTA and provider href)', async () => {
    const refused = xssPayloads.filter((payload) => !isHttpLink(payload));
    for (const tag of ['ix-trial-cta', 'ix-provider'] as const) {
      page.warnings.length = 0;
      for (const payload of refused) await settle(mountWith(tag, 'href', payload));
      expect(page.warnings.filter((warning) => warning.startsWith(`<${tag}> href=`)), tag).to.have.length(refused.length);
      unmountAll();
    }
    page.warnings.length = 0;
    for (const payload of refused) await settle(mount('ix-technique-card', { src: payload }));
    const srcRefusals = page.warnings.filter((warning) => /is not an http\(s\) address/.test(warning));
    expect(srcRefusals, 'card src').to.have.length(refused.length);
    await expectNoFailures();
  });
});

describe('hostile content: the checker input', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  type Checker = HTMLElement & { value: string };
  const framed = (payload: string) => `I understand — that was a big ask. ${payload} Instead of the weekend, could you give me one evening?`;
  const field = (host: Element) => host.shadowRoot!.querySelector('textarea')!;
  const firstRequest = (host: Element) => host.shadowRoot!.querySelector('input')!;
  /** The checked words as the marked-up view shows them, without the rule tags. */
  const shownWords = (host: Element) => {
    const words = host.shadowRoot!.querySelector('.words')?.cloneNode(true) as HTMLElement | undefined;
    words?.querySelectorAll('.tag, .vh').forEach((tag) => tag.remove());
    return words?.textContent ?? '';
  };
  const nextCheck = (host: HTMLElement) =>
    new Promise<CheckResult>((resolve) => host.addEventListener('ix-check', (event) => resolve(event.detail), { once: true }));

  function checkChecker(host: Checker, script: string, what: string): void {
    checkSafe(host, what);
    if (field(host).value !== script) failures.push(`${what}: the field does not hold the text`);
    if (script !== script.trim() || !script.startsWith('I understand')) return;
    if (!shownWords(host).includes(script)) failures.push(`${what}: the marked-up view does not show the text`);
  }

  for (const showFirst of [false, true]) {
    const variant = showFirst ? 'with show-first-request' : 'without a first request';
    it(`value property, bare and framed by a real step-down, ${variant}`, async () => {
      for (const [index, payload] of xssPayloads.entries()) {
        for (const script of [payload, framed(payload)]) {
          const host = mount<Checker>('ix-concession-checker', showFirst ? { 'show-first-request': '', 'first-request': payload } : {});
          host.value = script;
          await settle(host);
          checkChecker(host, script, `${variant} ${label(index)}`);
          if (showFirst && firstRequest(host).value !== payload.replace(/[\r\n]/g, '')) failures.push(`${label(index)}: first request not kept`);
          host.remove();
        }
      }
      await expectNoFailures();
    });

    it(`typed text (input events), ${variant}`, async () => {
      const hosts = xssPayloads.map(() => mount<Checker>('ix-concession-checker', { debounce: '0', ...(showFirst ? { 'show-first-request': '' } : {}) }));
      await Promise.all(hosts.map((host) => settle(host)));
      // All at once: one debounce timer for the batch, however a background tab throttles it.
      const checks = hosts.map((host) => nextCheck(host));
      hosts.forEach((host, index) => {
        const payload = xssPayloads[index]!;
        if (showFirst) {
          firstRequest(host).value = payload;
          firstRequest(host).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        }
        field(host).value = framed(payload);
        field(host).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      });
      const results = await Promise.all(checks);
      for (const [index, host] of hosts.entries()) {
        await settle(host);
        checkChecker(host, framed(xssPayloads[index]!), `typed ${variant} ${label(index)}`);
        if (results[index]!.rules.length !== 5) failures.push(`${label(index)}: ${results[index]!.rules.length} rules`);
      }
      await expectNoFailures();
    });
  }

  it('real keystrokes of markup-heavy payloads', async () => {
    // Keyboard typing is slow over the protocol: a sample of the printable payloads.
    const sample = [0, 1, 13, 36, 40, 45].map((i) => xssPayloads[i]!);
    for (const payload of sample) {
      const host = mount<Checker>('ix-concession-checker', { debounce: '0' });
      await settle(host);
      field(host).focus();
      const checked = nextCheck(host);
      await type(payload);
      await checked;
      await settle(host);
      checkChecker(host, payload, `keyboard ${JSON.stringify(payload)}`);
      host.remove();
    }
    await expectNoFailures();
  });
});
