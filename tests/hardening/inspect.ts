/**
 * Read-only inspection of what an element put on the page, through every shadow root it owns
 * (its own, and those of IX elements it renders, like the card's <ix-trial-cta>, or wraps, like
 * the provider's children). Each check returns the problems it found as sentences, so one
 * assertion can name the payload, the field and everything that went wrong together.
 */

/** Elements a payload would create if it were ever parsed as markup; none of ours uses them. */
const markupFromContent = [
  'script', 'iframe', 'frame', 'object', 'embed', 'applet', 'img', 'svg', 'math', 'link', 'meta', 'base',
  'form', 'video', 'audio', 'source', 'marquee', 'style', 'noscript', 'template', 'body', 'isindex', 'select', 'x',
].join(', ');

/** Attributes that take an address; among our own elements only `<a href>` has one. */
const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'srcdoc', 'xlink:href', 'poster', 'background', 'ping'];

/** Every shadow root under `host`: its own, and those of elements inside it or inside them. */
export function shadowRoots(host: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const visit = (scope: Element | ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.shadowRoot && !roots.includes(element.shadowRoot)) {
        roots.push(element.shadowRoot);
        visit(element.shadowRoot);
      }
    }
  };
  if (host.shadowRoot) {
    roots.push(host.shadowRoot);
    visit(host.shadowRoot);
  }
  visit(host);
  return roots;
}

/** The text a reader gets from every shadow root under `host` (slotted light DOM excluded). */
export function shownText(host: Element): string {
  return shadowRoots(host)
    .map((root) => root.textContent)
    .join('\n');
}

const describe = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`;

/**
 * Problems that would let content run or lead somewhere hostile: event-handler attributes,
 * elements parsed from content, non-http(s) links, address attributes on anything but a link.
 * The light DOM may hold only the card's own data blocks (JSON given by the page, JSON-LD).
 */
export function safetyProblems(host: Element): string[] {
  const problems: string[] = [];
  const scopes: (Element | ShadowRoot)[] = [host, ...shadowRoots(host)];
  for (const scope of scopes) {
    const where = scope instanceof ShadowRoot ? `shadow root of <${scope.host.localName}>` : 'light DOM';
    for (const element of scope.querySelectorAll(markupFromContent)) {
      const dataBlock = scope === host && element.localName === 'script' && /^application\/(ld\+)?json$/.test(element.getAttribute('type') ?? '');
      if (!dataBlock) problems.push(`${where} holds ${describe(element)}`);
    }
    for (const element of scope.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) problems.push(`${where}: ${describe(element)} has ${name}="${value}"`);
        if (!urlAttributes.includes(name.toLowerCase())) continue;
        if (element.localName !== 'a' || name !== 'href') {
          problems.push(`${where}: ${describe(element)} has an address attribute ${name}`);
          continue;
        }
        let protocol = 'unparsable:';
        try {
          protocol = new URL(value, document.baseURI).protocol;
        } catch {
          // reported below as a link that is not http(s)
        }
        if (protocol !== 'http:' && protocol !== 'https:') problems.push(`${where}: a link to ${JSON.stringify(value)} (${protocol})`);
      }
    }
  }
  return problems;
}

/** Every element a keyboard user can reach inside `host`'s shadow roots. */
export function focusables(host: Element): HTMLElement[] {
  return shadowRoots(host).flatMap((root) => [
    ...root.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select, summary, [tabindex]'),
  ]);
}

/** Focuses every focusable element in turn: handlers such as `onfocus` would fire now. */
export function focusEverything(host: Element): number {
  const reached = focusables(host);
  for (const element of reached) element.focus();
  for (const element of reached) element.blur();
  return reached.length;
}

/**
 * Whether `text` shows `payload` as written — or as the element reasonably reports it: trimmed
 * (attributes are trimmed like the URL parser and HTML do) or JSON-quoted (messages quote
 * values so hidden characters show).
 */
export function showsPayload(text: string, payload: string): boolean {
  return [payload, payload.trim(), JSON.stringify(payload).slice(1, -1)].some((form) => text.includes(form));
}

/** The element's size on the page: a blank, collapsed box is a failure even without an error. */
export function isVisibleBox(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}
