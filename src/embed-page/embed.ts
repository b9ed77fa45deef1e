/**
 * The script of every embed page (dist-embed/: /card/<slug>/, /checker/, /trial/, /go/). It is
 * loaded before dist/ix-widgets.js, so the element upgrades with its options already set:
 * - options from the query (./page-options.ts), light or dark from `theme=light|dark` or else
 *   the reader's setting;
 * - the content's height to the parent, in our dialect and in WordPress's (./protocol.ts);
 * - links that still get somewhere inside a sandbox (./links.ts);
 * - on /go/, the forward to a signup address (only to the hosts the build allows; any other
 *   address is shown as a plain link, never followed blindly).
 * The embed protocol lives here, not in the bundle, which stays the same file every page loads.
 */
import { watchHeight } from './height.js';
import { activatedLink, goUrl, refusedAfterMs, showLinkPlainly } from './links.js';
import { readQuery, type PageOptions } from './page-options.js';
import { heightType, isWordPressReady, secretFromHash, type HeightMessage, type WordPressMessage } from './protocol.js';

/** Set by the build (scripts/embed-site/page-script.ts) from custom-elements.json and the catalog. */
declare const __IX_EMBED__: {
  options: Record<string, PageOptions>;
  booleans: string[];
  /** Origins /go/ forwards to without asking (the signup addresses the cards use). */
  forwardOrigins: string[];
};
// Read once: the build inlines the facts wherever the name appears.
const facts = __IX_EMBED__;

// This script sits at the site's root, so its own address gives the root on any host.
const siteRoot = new URL(/* @vite-ignore */ './', import.meta.url).href;

function configure(element: HTMLElement, provider: HTMLElement | null): void {
  const options = facts.options[element.localName];
  if (!options) return;
  const query = readQuery(new URLSearchParams(location.search), options, new Set(facts.booleans));
  for (const [name, value] of query.attributes) element.setAttribute(name, value);
  for (const [name, value] of query.provider) provider?.setAttribute(name, value);
  // CSSOM, not a style attribute: the page's policy allows no inline style.
  for (const [name, value] of query.tokens) element.style.setProperty(name, value);
  if (query.ignored.length) console.warn(`ix embed: <${element.localName}> has no option ${query.ignored.map((key) => `"${key}"`).join(', ')}; ignored`);
  if (!element.hasAttribute('theme')) followReader(element);
}

/** No theme asked for: the reader's light or dark, also when it changes while the page is open. */
function followReader(element: HTMLElement): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => element.setAttribute('theme', dark.matches ? 'dark' : 'light');
  apply();
  dark.addEventListener('change', apply);
}

function speakToParent(): void {
  if (window.parent === window) return;
  const secret = secretFromHash(location.hash);
  let height = 0;
  const send = () => {
    const ours: HeightMessage = { type: heightType, height, href: location.href };
    window.parent.postMessage(ours, '*');
    if (secret) window.parent.postMessage({ message: 'height', value: height, secret } satisfies WordPressMessage, '*');
  };
  watchHeight(document.body, (measured) => {
    height = measured;
    send();
  });
  if (secret) {
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && isWordPressReady(event.data, secret)) send();
    });
  }
  window.addEventListener('click', (event) => {
    const link = activatedLink(event);
    if (!link || event.defaultPrevented) return;
    if (secret) {
      event.preventDefault();
      window.parent.postMessage({ message: 'link', value: goUrl(siteRoot, link.href), secret } satisfies WordPressMessage, '*');
    }
    const href = link.href;
    // Still here after a moment: the navigation was refused (a sandbox) or ignored.
    setTimeout(() => {
      if (document.visibilityState === 'visible') showLinkPlainly(document, href);
    }, refusedAfterMs);
  });
}

function forward(): void {
  const target = new URLSearchParams(location.search).get('to') ?? '';
  const output = document.querySelector<HTMLElement>('#go')!;
  let url: URL | undefined;
  try {
    url = new URL(target);
  } catch {
    output.textContent = target ? `“${target}” is not a web address.` : 'No address was given to go to.';
    return;
  }
  if (!/^https?:$/.test(url.protocol)) {
    output.textContent = `Only web addresses (http, https) are followed; “${target}” is not one.`;
    return;
  }
  if (facts.forwardOrigins.includes(url.origin)) {
    location.replace(url.href);
    return;
  }
  const link = Object.assign(document.createElement('a'), { href: url.href, textContent: url.href });
  output.replaceChildren(`This address is not one of the signup pages this site forwards to on its own. Continue only if you trust it: `, link);
}

if (document.documentElement.dataset.ixPage === 'go') {
  forward();
} else {
  const element = document.querySelector<HTMLElement>('[data-ix-embed]');
  if (element) configure(element, element.closest('ix-provider'));
  speakToParent();
}
