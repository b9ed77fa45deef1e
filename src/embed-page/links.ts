/**
 * Links inside a framed embed page. Pages open links in the top window (`<base target="_top">`),
 * which a frame may do after a click. Inside WordPress's sandbox (`allow-scripts` only) the
 * browser refuses that without a word, so there the page asks WordPress to go instead: a `link`
 * message to an address on the embed site's own host (the only host WordPress follows), `/go/`,
 * which forwards to the link. Either way, if the page is still showing a moment later, it says
 * so and shows the link plainly — a click never silently does nothing.
 */

/** How long a navigation may take to start before the page assumes it was refused. */
export const refusedAfterMs = 1500;

/** The address WordPress is asked to open: /go/ on the embed site, carrying the real link. */
export function goUrl(siteRoot: string, href: string): string {
  const url = new URL('go/', siteRoot);
  url.searchParams.set('to', href);
  return url.href;
}

/** The link a click activated, across open shadow roots (the call to action lives in one). */
export function activatedLink(event: Event): HTMLAnchorElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement && node.href) return node;
  }
  return undefined;
}

/** The notice that shows a link plainly: where it goes, as a link and as text to copy. */
export function showLinkPlainly(document: Document, href: string): HTMLElement {
  let notice = document.querySelector<HTMLElement>('#ix-embed-link');
  if (!notice) {
    notice = document.createElement('p');
    notice.id = 'ix-embed-link';
    notice.setAttribute('role', 'status');
    document.body.append(notice);
  }
  const link = document.createElement('a');
  link.href = href;
  // In the frame itself: the one place a sandboxed frame may always navigate.
  link.target = '_self';
  link.textContent = new URL(href).host;
  const address = document.createElement('code');
  address.textContent = href;
  notice.replaceChildren('This site did not let the link open from here. Open ', link, ' or copy the address: ', address);
  return notice;
}
