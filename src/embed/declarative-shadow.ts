/**
 * An element's first paint, written into its snippet: its rendered shadow tree as a declarative
 * shadow root (`<template shadowrootmode="open">`) with its styles, so the browser paints the
 * element at its final size while the bundle is still on its way, and the paragraph after it
 * never moves. When the bundle arrives the element takes that root over, empty, and renders
 * into it (the build's Lit attaches rather than reuses it: scripts/lit-for-supported-browsers.ts).
 *
 * Written from the live element, so it is exactly what the element renders: the embed builder
 * takes it from its preview, `npm run embed` from a headless Chromium (scripts/embed/first-paint.ts).
 * Self-contained on purpose — one function, no imports — because the command line hands its
 * source to the browser.
 */
export function declarativeShadow(host: Element): string {
  const voids = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/;
  const escape = (text: string, quote: boolean) =>
    text.replace(quote ? /[&"]/g : /[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  // Lit's own styles as written (not the engine's reading of them, which drops what it does not
  // support), with runs of white space closed up.
  const styles = (element: Element) =>
    ((element.constructor as { elementStyles?: { cssText?: string }[] }).elementStyles ?? [])
      .map((style) => style.cssText ?? '')
      .join('')
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1')
      .trim();
  const write = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return escape(node.textContent ?? '', false);
    // Node types, not `instanceof`: the builder reads an element of its preview's frame, another realm.
    if (node.nodeType !== Node.ELEMENT_NODE) return ''; // Lit's markers (comments) mean nothing without Lit
    const element = node as Element;
    const tag = element.localName;
    const attributes = [...element.attributes]
      // Light or dark is decided by the page it is painted on, again once the bundle runs; an
      // element inside ours (a card's call to action) is given the page's scheme as its `theme`,
      // so in the first paint it takes only what the page author set on the host.
      .flatMap((attribute): [string, string][] =>
        attribute.name === 'resolved-theme' ? [] : attribute.name === 'theme' ? (theme ? [['theme', theme]] : []) : [[attribute.name, attribute.value]],
      )
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value, true)}"`))
      .join('');
    if (voids.test(tag)) return `<${tag}${attributes}>`;
    // A field's text is whatever was typed into the preview: never part of a snippet.
    const inside = tag === 'textarea' ? '' : root(element) + [...element.childNodes].map(write).join('');
    return `<${tag}${attributes}>${inside}</${tag}>`;
  };
  // The element paints dark once its script has read `theme` (it writes `resolved-theme`); an
  // explicit dark theme is known already, so the first paint takes it from the attribute.
  const explicitTheme = ':host([theme=dark]){color-scheme:dark}';
  const theme = host.getAttribute('theme');
  const root = (element: Element): string => {
    const shadow = element.shadowRoot;
    if (!shadow) return '';
    const css = styles(element) + explicitTheme;
    // The CSS sits in an HTML comment, which CSS ignores at the top of a stylesheet: a platform
    // that strips the tags an author may not post but keeps their text (WordPress for Authors)
    // leaves a comment, not a line of CSS across the post.
    return `<template shadowrootmode="open"><style><!--${css}--></style>${[...shadow.childNodes].map(write).join('')}</template>`;
  };
  return root(host);
}
