import { expect, html } from '@open-wc/testing';
import { press, type } from '../../../tests/support/keyboard.js';
import { draftStorageKey, type Draft } from './draft-storage.js';
import {
  checkerFixture,
  deliberateScript,
  field,
  firstRequestField,
  nextCheck,
  part,
  typeAndCheck,
  typeInto,
} from './test-helpers/checker-fixture.js';

type Restore = () => void;

/** Records every way a page can talk to a server, and every resource the browser fetches. */
function watchNetwork(): { requests: string[]; stop: Restore } {
  const requests: string[] = [];
  const restores: Restore[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, wrap: (original: T[K]) => T[K]) => {
    const original = target[key];
    target[key] = wrap(original);
    restores.push(() => (target[key] = original));
  };
  patch(window, 'fetch', (original) => (input, init) => {
    requests.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return original(input, init);
  });
  patch(XMLHttpRequest.prototype, 'open', (original) =>
    function (this: XMLHttpRequest, method: string, url: string | URL) {
      requests.push(`xhr ${method} ${String(url)}`);
      // eslint-disable-next-line prefer-rest-params -- pass open()'s optional arguments on untouched
      return (original as (...args: unknown[]) => void).apply(this, [...arguments]);
    },
  );
  patch(navigator, 'sendBeacon', (original) => (url, data) => {
    requests.push(`beacon ${String(url)}`);
    return original.call(navigator, url, data);
  });
  patch(window, 'WebSocket', (Original) => {
    return class extends Original {
      constructor(url: string | URL, protocols?: string | string[]) {
        requests.push(`websocket ${String(url)}`);
        super(url, protocols);
      }
    };
  });
  patch(window, 'EventSource', (Original) => {
    return class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        requests.push(`eventsource ${String(url)}`);
        super(url, init);
      }
    };
  });
  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
  Object.defineProperty(HTMLImageElement.prototype, 'src', {
    ...src,
    set(this: HTMLImageElement, value: string) {
      requests.push(`img ${value}`);
      src.set!.call(this, value);
    },
  });
  restores.push(() => Object.defineProperty(HTMLImageElement.prototype, 'src', src));

  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requests.push(`resource ${entry.name}`);
  });
  observer.observe({ type: 'resource', buffered: false });
  return {
    requests,
    stop: () => {
      for (const entry of observer.takeRecords()) requests.push(`resource ${entry.name}`);
      observer.disconnect();
      restores.forEach((restore) => restore());
    },
  };
}

/** Replaces Storage methods (a stub may throw, or record and pass through); returns the undo. */
function stubStorage(stubs: Partial<Record<'getItem' | 'setItem' | 'removeItem', (this: Storage, ...args: string[]) => unknown>>): Restore {
  const originals = Object.keys(stubs).map((name) => [name, Object.getOwnPropertyDescriptor(Storage.prototype, name)!] as const);
  for (const [name, original] of originals) {
    const stub = stubs[name as keyof typeof stubs]!;
    Object.defineProperty(Storage.prototype, name, {
      ...original,
      value(this: Storage, ...args: string[]) {
        stub.apply(this, args);
        return (original.value as (...a: string[]) => unknown).apply(this, args);
      },
    });
  }
  return () => originals.forEach(([name, original]) => Object.defineProperty(Storage.prototype, name, original));
}

describe('<ix-concession-checker> privacy', () => {
  beforeEach(() => localStorage.removeItem(draftStorageKey));
  afterEach(() => localStorage.removeItem(draftStorageKey));

  it('makes no network request of any kind while the visitor types, loads examples and clears', async () => {
    const el = await checkerFixture(html`<ix-concession-checker examples remember show-first-request cta></ix-concession-checker>`);
    const network = watchNetwork();
    try {
      field(el).focus();
      const checked = nextCheck(el);
      await type('I understand. Could you <img src=x onerror=alert(1)> help?');
      await checked;
      await typeAndCheck(el, deliberateScript);
      const input = firstRequestField(el);
      const again = nextCheck(el);
      typeInto(input, 'the whole weekend https://example.com/track.png');
      await again;
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')) {
        button.click();
        await el.updateComplete;
      }
      await new Promise((resolve) => setTimeout(resolve, 300)); // let any stray request surface
    } finally {
      network.stop();
    }
    expect(network.requests).to.deep.equal([]);
  });

  it('keeps nothing without `remember`: no storage write, and a new checker starts empty', async () => {
    const writes: string[] = [];
    const restore = stubStorage({
      setItem(this: Storage, key: string) {
        writes.push(key);
      },
    });
    try {
      const el = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
      await typeAndCheck(el, deliberateScript);
      el.remove();
    } finally {
      restore();
    }
    expect(writes).to.deep.equal([]);
    const fresh = await checkerFixture(html`<ix-concession-checker></ix-concession-checker>`);
    expect(fresh.value).to.equal('');
    expect(part(fresh, 'button')).to.equal(null);
  });

  it('with `remember`, restores the draft in a new checker and says where it is kept', async () => {
    const el = await checkerFixture(html`<ix-concession-checker remember show-first-request></ix-concession-checker>`);
    expect(part(el, '#privacy')!.textContent).to.contain('kept in this browser');
    await typeAndCheck(el, deliberateScript);
    const input = firstRequestField(el);
    const checked = nextCheck(el);
    typeInto(input, 'the whole weekend');
    await checked;
    expect(JSON.parse(localStorage.getItem(draftStorageKey)!)).to.deep.equal({
      script: deliberateScript,
      firstRequest: 'the whole weekend',
    });
    el.remove();

    const next = await checkerFixture(html`<ix-concession-checker remember show-first-request></ix-concession-checker>`);
    expect(next.value).to.equal(deliberateScript);
    expect(field(next).value).to.equal(deliberateScript);
    expect(firstRequestField(next).value).to.equal('the whole weekend');
  });

  it('keeps one draft per checker id, so two checkers on a page do not overwrite each other', async () => {
    const el = await checkerFixture(html`<ix-concession-checker id="hero" remember></ix-concession-checker>`);
    await typeAndCheck(el, 'Hero draft');
    expect((JSON.parse(localStorage.getItem(`${draftStorageKey}:hero`)!) as Draft).script).to.equal('Hero draft');
    expect(localStorage.getItem(draftStorageKey)).to.equal(null);
    localStorage.removeItem(`${draftStorageKey}:hero`);
  });

  it('saves a draft still waiting for the pause when the checker is removed', async () => {
    const el = await checkerFixture(html`<ix-concession-checker remember debounce="5000"></ix-concession-checker>`);
    typeInto(field(el), 'Typed just before leaving');
    el.remove();
    expect((JSON.parse(localStorage.getItem(draftStorageKey)!) as Draft).script).to.equal('Typed just before leaving');
  });

  it('"Clear" erases the text, the results and the stored draft, and returns focus to the field', async () => {
    localStorage.setItem(draftStorageKey, JSON.stringify({ script: deliberateScript, firstRequest: '' }));
    const el = await checkerFixture(html`<ix-concession-checker remember></ix-concession-checker>`);
    expect(field(el).value).to.equal(deliberateScript);
    const clear = part(el, 'button[part~="clear"]')!;
    expect(clear.textContent.trim()).to.equal('Clear');
    clear.focus();
    const checked = nextCheck(el);
    await press('Enter');
    expect((await checked).verdict).to.equal('empty');
    await el.updateComplete;
    expect(field(el).value).to.equal('');
    expect(localStorage.getItem(draftStorageKey)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(field(el));
    expect(part(el, '[part="verdict"]')!.textContent).to.contain('Nothing to check yet');
  });

  it('keeps working when localStorage throws, and warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const restore = stubStorage({ getItem: refuse, setItem: refuse, removeItem: refuse });
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await checkerFixture(html`<ix-concession-checker remember></ix-concession-checker>`);
      const result = await typeAndCheck(el, deliberateScript);
      await typeAndCheck(el, `${deliberateScript} Thanks.`);
      part(el, 'button[part~="clear"]')!.click();
      await el.updateComplete;
      expect(result.verdict).to.not.equal('empty');
      expect(field(el).value).to.equal('');
    } finally {
      restore();
      console.warn = warn;
    }
    const storageWarnings = warnings.filter((args) => String(args[0]).includes('localStorage'));
    expect(storageWarnings).to.have.length(1);
    expect(String(storageWarnings[0]![0])).to.contain('remember').and.contain('quota');
  });
});
