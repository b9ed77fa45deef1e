/**
 * What the WordPress test reads in the browser: functions run inside the post's page or inside
 * the card's frame (by ./browsers.mjs), so each is self-contained. The card's call to action
 * lives in shadow roots (the card's, then <ix-trial-cta>'s), hence the walks through them.
 */

/** In the post: WordPress's frame for the card, as laid out. */
export function embedFrame() {
  const frame = document.querySelector('iframe.wp-embedded-content');
  if (!frame) return undefined;
  const box = frame.getBoundingClientRect();
  const column = frame.parentElement.getBoundingClientRect();
  return {
    sandbox: frame.getAttribute('sandbox'),
    // wp-embed.js removes the clipping style once the page inside has answered.
    hidden: frame.hasAttribute('style'),
    height: box.height,
    width: box.width,
    left: box.left,
    right: box.right,
    columnLeft: column.left,
    columnRight: column.right,
    fallbackShown: [...document.querySelectorAll('blockquote.wp-embedded-content')].some((quote) => quote.getBoundingClientRect().height > 0),
    pageOverflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
}

/** In the card's frame: how tall its content is, and whether the frame would scroll. */
export function embedContent() {
  const root = document.documentElement;
  return {
    contentHeight: document.body.getBoundingClientRect().height,
    scrollHeight: root.scrollHeight,
    clientHeight: root.clientHeight,
    scrollWidth: root.scrollWidth,
    clientWidth: root.clientWidth,
    sandboxed: (() => {
      try {
        return window.origin === 'null';
      } catch {
        return true;
      }
    })(),
  };
}

/** In the card's frame: the summary that opens the section holding the call to action. */
export function ctaSection() {
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'details' && element.querySelector('ix-trial-cta')) return element;
      const inner = element.shadowRoot && walk(element.shadowRoot);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(document)?.querySelector('summary');
}

/** In the card's frame: the call to action's link (inside <ix-trial-cta>'s shadow root). */
export function ctaLink() {
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'ix-trial-cta' && element.shadowRoot) {
        const link = element.shadowRoot.querySelector('a[href]');
        if (link) return link;
      }
      const inner = element.shadowRoot && walk(element.shadowRoot);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(document);
}

/** In the card's frame: where the call to action goes, and whether a reader can see it. */
export function ctaState() {
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'ix-trial-cta' && element.shadowRoot) {
        const link = element.shadowRoot.querySelector('a[href]');
        if (link) return link;
      }
      const inner = element.shadowRoot && walk(element.shadowRoot);
      if (inner) return inner;
    }
    return undefined;
  };
  const link = walk(document);
  const box = link?.getBoundingClientRect();
  return link ? { href: link.href, text: link.textContent.trim(), visible: box.width > 0 && box.height > 0, box: [box.x, box.y, box.width, box.height] } : undefined;
}
