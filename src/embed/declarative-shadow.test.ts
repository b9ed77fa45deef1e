/**
 * The first paint written from a live element (declarative-shadow.ts): what a page parses back is
 * the element as rendered, with its styles, and not the light or dark of the page it was written on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../elements/technique-card/define.js';
import '../elements/trial-cta/define.js';
import { declarativeShadow } from './declarative-shadow.js';

type Rendering = HTMLElement & { updateComplete: Promise<unknown> };

/** The element and the elements it renders, all rendered. */
async function rendered(element: Rendering) {
  await element.updateComplete;
  await Promise.all([...element.shadowRoot!.querySelectorAll<Rendering>('ix-trial-cta')].map((nested) => nested.updateComplete));
}

/** What a browser makes of the first paint inside a bare host: the declared shadow root, parsed. */
function parsed(tag: string, firstPaint: string): ShadowRoot {
  const holder = document.createElement('div');
  // An unknown tag, so no element upgrades and takes the root over.
  holder.setHTMLUnsafe(`<${tag}-copy>${firstPaint}</${tag}-copy>`);
  return holder.firstElementChild!.shadowRoot!;
}

describe('the first paint written from a live element', () => {
  it('parses back into a shadow root with the same text and the same styles', async () => {
    const cta = await fixture<Rendering>(html`<ix-trial-cta price="30" currency="EUR" locale="de-DE"></ix-trial-cta>`);
    await rendered(cta);
    const copy = parsed('ix-trial-cta', declarativeShadow(cta));
    const text = (root: ShadowRoot) => [...root.childNodes].filter((node) => node.nodeName !== 'STYLE').map((node) => node.textContent).join('');
    expect(text(copy)).to.equal(text(cta.shadowRoot!));
    expect(copy.querySelector('a')!.getAttribute('href')).to.equal(cta.shadowRoot!.querySelector('a')!.getAttribute('href'));
    const css = copy.querySelector('style')!.textContent;
    // In a comment a platform that strips the <style> tag leaves no CSS as text; CSS ignores the markers.
    expect(css.startsWith('<!--') && css.endsWith('-->'), 'CSS inside comment markers').to.equal(true);
    expect(css).to.contain(':host{');
  });

  it('takes light or dark only from the theme the page author set, never from the page it was written on', async () => {
    const onDark = await fixture<Rendering>(html`<div style="background:#111;color:#eee"><ix-technique-card technique="make-the-step-down-visibly-deliberate"></ix-technique-card></div>`);
    const card = onDark.querySelector<Rendering>('ix-technique-card')!;
    await rendered(card);
    expect(card.getAttribute('resolved-theme'), 'the card follows the dark page').to.equal('dark');
    const written = declarativeShadow(card);
    expect(written).to.not.match(/<[a-z-]+ [^>]*resolved-theme=/);
    expect(written).to.match(/<ix-trial-cta(?![^>]*theme=)[^>]*>/);

    const dark = await fixture<Rendering>(html`<ix-technique-card technique="make-the-step-down-visibly-deliberate" theme="dark"></ix-technique-card>`);
    await rendered(dark);
    expect(declarativeShadow(dark)).to.match(/<ix-trial-cta[^>]* theme="dark"/);
  });
});
