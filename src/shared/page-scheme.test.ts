import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { resetHostPage, wrapper } from '../../tests/support/host-fit.js';
import { PageSchemeController, schemeBehind } from './page-scheme.js';

/**
 * How an element tells light from dark where it sits, before any theme is given: the page's
 * declared `color-scheme`, else the background actually painted behind it. (The reader's OS
 * setting, the last resort, is tested in page-scheme.dark.test.ts and page-scheme.os-switch.test.ts.)
 */

/** A stand-in element: a controller and an attribute, no styles of its own. */
class SchemeProbe extends LitElement {
  readonly scheme = new PageSchemeController(this);
  pinned?: 'light' | 'dark';
  override willUpdate() {
    this.scheme.apply(this.pinned);
  }
}
customElements.define('ix-scheme-probe', SchemeProbe);

const probeIn = (parent: Element | ShadowRoot) => {
  const probe = document.createElement('ix-scheme-probe') as SchemeProbe;
  parent.append(probe);
  return probe;
};

/** MutationObservers the page makes, counted. */
const createdObservers: MutationObserver[] = [];
const NativeObserver = window.MutationObserver;
window.MutationObserver = class extends NativeObserver {
  constructor(callback: MutationCallback) {
    super(callback);
    createdObservers.push(this);
  }
};

describe('page scheme: what is behind an element', () => {
  afterEach(resetHostPage);

  // First in this file, so the module has made no observer yet.
  it('watches the page with one observer for all elements, however many', async () => {
    const page = wrapper();
    const probes = Array.from({ length: 12 }, () => probeIn(page));
    await Promise.all(probes.map((probe) => probe.updateComplete));
    expect(createdObservers).to.have.length(1);
    probes.forEach((probe) => probe.remove());
    probeIn(page);
    expect(createdObservers).to.have.length(1);
  });

  const declared: [string, 'light' | 'dark'][] = [
    ['light', 'light'],
    ['dark', 'dark'],
    ['only dark', 'dark'],
    ['dark only', 'dark'],
    ['light only', 'light'],
  ];
  for (const [value, scheme] of declared) {
    it(`color-scheme: ${value} declared by the page is ${scheme}, whatever it paints`, () => {
      const background = scheme === 'dark' ? '#fff' : '#000';
      expect(schemeBehind(probeIn(wrapper(`color-scheme: ${value}; background: ${background}`)))).to.equal(scheme);
    });
  }

  it('color-scheme: light dark says nothing: the painted background decides', () => {
    expect(schemeBehind(probeIn(wrapper('color-scheme: light dark; background: #1d1f21')))).to.equal('dark');
    expect(schemeBehind(probeIn(wrapper('color-scheme: light dark; background: #f4f4f4')))).to.equal('light');
  });

  it('a page-level <meta name="color-scheme"> counts as declared when no CSS says otherwise', () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'dark' });
    document.head.append(meta);
    try {
      expect(schemeBehind(probeIn(wrapper()))).to.equal('dark');
      expect(schemeBehind(probeIn(wrapper('color-scheme: light')))).to.equal('light');
    } finally {
      meta.remove();
    }
  });

  const painted: [string, 'light' | 'dark'][] = [
    ['#202b38', 'dark'],
    ['rgb(250, 248, 242)', 'light'],
    ['oklch(0.21 0.03 265)', 'dark'],
    ['oklch(0.97 0.01 90)', 'light'],
    ['color-mix(in srgb, #0b1020 90%, white)', 'dark'],
    ['#767676', 'light'],
    ['#707070', 'dark'],
  ];
  for (const [colour, scheme] of painted) {
    it(`a page painting ${colour} is ${scheme}`, () => {
      expect(schemeBehind(probeIn(wrapper(`background: ${colour}`)))).to.equal(scheme);
    });
  }

  it('composites translucent backgrounds over what is behind them', () => {
    const dark = wrapper('background: #111');
    const veil = document.createElement('div');
    veil.style.background = 'rgba(255, 255, 255, 0.1)';
    dark.append(veil);
    expect(schemeBehind(probeIn(veil))).to.equal('dark');
    veil.style.background = 'rgba(255, 255, 255, 0.9)';
    expect(schemeBehind(probeIn(veil))).to.equal('light');
  });

  it('judges a background image or gradient by the text colour the page sets on it', () => {
    expect(schemeBehind(probeIn(wrapper('background: linear-gradient(#0a0a40, #301050); color: #f0f0f0')))).to.equal('dark');
    expect(schemeBehind(probeIn(wrapper('background: linear-gradient(#fff, #eef); color: #222')))).to.equal('light');
  });

  it('looks through shadow roots and slots to the page behind', () => {
    const page = wrapper('background: #121212');
    const host = document.createElement('div');
    page.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><slot></slot></section>';
    expect(schemeBehind(probeIn(shadow.querySelector('section')!))).to.equal('dark');
    const slotted = probeIn(host);
    expect(slotted.assignedSlot).to.not.equal(null);
    (shadow.querySelector('section') as HTMLElement).style.background = '#fafafa';
    expect(schemeBehind(slotted)).to.equal('light');
  });

  it('many elements in one place read the page behind them once, each place its own, and afresh when it switches', async () => {
    const dark = wrapper('background: #000');
    const light = wrapper('background: #fff');
    const reads: Element[] = [];
    const native = window.getComputedStyle.bind(window);
    window.getComputedStyle = (element: Element, pseudo?: string | null) => (reads.push(element), native(element, pseudo));
    let probes: SchemeProbe[];
    try {
      probes = [...Array.from({ length: 20 }, () => probeIn(dark)), ...Array.from({ length: 20 }, () => probeIn(light))];
      await Promise.all(probes.map((probe) => probe.updateComplete));
    } finally {
      window.getComputedStyle = native;
    }
    expect(probes.map((probe) => probe.getAttribute('resolved-theme'))).to.deep.equal([...Array<string>(20).fill('dark'), ...Array<string>(20).fill('light')]);
    const readsOf = (place: Element) => reads.filter((element) => element === place).length;
    // Twenty elements in each place: read a time or two for the scheme and once for the prose
    // around them (followProse), not once per element (40 before).
    expect(Math.max(readsOf(dark), readsOf(light)), 'each place is read a few times, not per element in it').to.be.at.most(3);
    document.body.style.colorScheme = 'dark';
    try {
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(probes.map((probe) => probe.updateComplete));
      expect(probes.every((probe) => probe.getAttribute('resolved-theme') === 'dark'), 'all follow the page').to.be.true;
    } finally {
      document.body.style.colorScheme = '';
    }
  });

  it('an explicit theme wins and is kept when the page switches', async () => {
    const page = wrapper('background: #fff');
    const probe = probeIn(page);
    probe.pinned = 'dark';
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.getAttribute('resolved-theme')).to.equal('dark');
    document.body.style.colorScheme = 'light';
    await new Promise((resolve) => setTimeout(resolve));
    document.body.style.colorScheme = '';
    expect(probe.getAttribute('resolved-theme')).to.equal('dark');
    expect(probe.scheme.value).to.equal('dark');
  });
});
