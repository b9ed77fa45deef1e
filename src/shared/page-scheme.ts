import type { ReactiveController, ReactiveElement } from 'lit';

export type Scheme = 'light' | 'dark';

/** The element the page paints behind this one: through slots and out of shadow roots (the flat tree). */
const behind = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;

let osScheme: MediaQueryList | undefined;
const osDark = () => (osScheme ??= matchMedia('(prefers-color-scheme: dark)')).matches;

let pixel: CanvasRenderingContext2D | undefined;

/**
 * Whether colours painted one over the other (farthest first) end up dark. A canvas does the
 * parsing and the compositing, so every colour syntax an engine computes (rgb, oklch, the
 * results of color-mix) counts, with its transparency.
 */
function paintsDark(colours: string[]): boolean {
  pixel ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  for (const colour of colours) {
    pixel.fillStyle = colour;
    pixel.fillRect(0, 0, 1, 1);
  }
  const rgb = pixel.getImageData(0, 0, 1, 1).data;
  // Relative luminance (the sRGB curve taken as gamma 2.2) below 0.18: white text would have
  // more contrast on it than black, so it is a dark background.
  return [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => sum + weight * (rgb[i]! / 255) ** 2.2, 0) < 0.18;
}

/**
 * Light or dark as the page shows it where `element` sits: the `color-scheme` the page declares
 * there (CSS, inherited, else `<meta name="color-scheme">`) when it names one scheme; otherwise
 * the background actually painted behind the element (where an image or gradient is painted,
 * the text colour the page put on it tells); on a bare canvas, the canvas's colour, which follows
 * the reader's `prefers-color-scheme` only when the page allows both schemes.
 */
export function schemeBehind(element: Element): Scheme {
  let node = behind(element);
  let declared = node ? getComputedStyle(node).colorScheme : '';
  if (declared === 'normal') declared = document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '';
  const light = declared.includes('light');
  if (light !== declared.includes('dark')) return light ? 'light' : 'dark';
  const layers: string[] = [];
  for (; node; node = behind(node)) {
    const painted = getComputedStyle(node);
    if (painted.backgroundImage !== 'none') {
      layers.push(paintsDark(['#fff', painted.color]) ? '#fff' : '#000');
      break;
    }
    layers.push(painted.backgroundColor);
  }
  layers.push(light && osDark() ? '#000' : '#fff');
  return paintsDark(layers.reverse()) ? 'dark' : 'light';
}

/** Every connected element's controller: the one set of page observers below serves them all. */
const followers = new Set<PageSchemeController>();
let observer: MutationObserver | undefined;
let transitionTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * What is behind each place, as read in this task. Elements updating one after another in the
 * same place (100 cards in one column) would each force a style recalculation, since each
 * writes its own `resolved-theme` between the reads: 100 cards spent ≈ 65 ms there (2 cores,
 * bench/profile-load.ts). Within one task the page behind them does not change but through
 * script, and what script changes reaches `refreshAll`, which starts afresh.
 */
let readInTask: [Map<Element | null, Scheme>, Map<Element, [number, string]>] | undefined;
let endOfTask: MessageChannel | undefined;

function inTask() {
  if (!readInTask) {
    readInTask = [new Map(), new Map()];
    // A message arrives in a task of its own, unthrottled even in a hidden tab (unlike a timer).
    if (!endOfTask) {
      endOfTask = new MessageChannel();
      endOfTask.port1.onmessage = () => (readInTask = undefined);
    }
    endOfTask.port2.postMessage(0);
  }
  return readInTask;
}

function schemeBehindOnce(element: Element): Scheme {
  const place = behind(element);
  const [schemes] = inTask();
  let scheme = schemes.get(place);
  if (!scheme) schemes.set(place, (scheme = schemeBehind(element)));
  return scheme;
}

/** A node's text size (px) and family, as read in this task. */
function fontOnce(node: Element): [number, string] {
  const [, fonts] = inTask();
  let font = fonts.get(node);
  if (!font) {
    const { fontSize, fontFamily } = getComputedStyle(node);
    fonts.set(node, (font = [parseFloat(fontSize), fontFamily]));
  }
  return font;
}

/**
 * Size and font follow the prose the element sits among, not its container: many sites style
 * text on `p` or by a class (`.body-text`), not on <body>, so the container's font is the
 * browser's 16px serif while the paragraph beside the element is 21px Georgia. The prose is the
 * nearest <p> before the element among its siblings, else the first <p> among them, else the
 * first <p> of its <article>; with none, the container's text is the prose. Its size is handed
 * to the tokens as a multiple of the container's (`--_ix-prose-size: 1.4em`), so a page whose
 * text grows with the screen still moves it along; `--ix-font-size` and `--ix-font-family` win
 * over both. Nothing is written where the prose is the container's text, as on most pages.
 *
 * A call to action inside a card or checker takes its parent's size as it is (so does an
 * element a page put in a shadow root of its own: it follows its container).
 */
function followProse(element: HTMLElement): void {
  const parent = element.parentElement;
  if ((element.getRootNode() as ShadowRoot).host || !parent) return;
  let prose: Element | null = element;
  while ((prose = prose.previousElementSibling) && prose.localName !== 'p');
  const [size, family] = fontOnce(prose ?? parent.querySelector(':scope > p') ?? element.closest('article')?.querySelector('p') ?? parent);
  const [around, aroundFamily] = fontOnce(parent);
  element.style.setProperty('--_ix-prose-size', size === around ? '' : `${size / around}em`);
  element.style.setProperty('--_ix-prose-font', family === aroundFamily ? '' : family);
}

const refreshAll = () => {
  readInTask = undefined;
  followers.forEach((follower) => follower.refresh());
};

// A page easing into its new colours paints the old ones until the transition ends.
const afterTransition = (event: TransitionEvent) => {
  if (!event.propertyName.startsWith('background')) return;
  clearTimeout(transitionTimer);
  transitionTimer = setTimeout(refreshAll);
};

/**
 * Decides an element's light or dark and writes it to the element's `resolved-theme` attribute
 * (never to its `theme`, which stays the page's). An explicit theme (the element's own, else its
 * provider's) is passed to `apply()` on every update and wins; without one the element follows
 * `schemeBehind()`, and again without a reload whenever the page switches: attributes of <html>
 * and <body> (a class, `data-theme`, `data-bs-theme`, a `style` with `color-scheme`), the
 * reader's OS setting, a background transition ending, or the page's stylesheets having loaded.
 */
export class PageSchemeController implements ReactiveController {
  /** The scheme in use. */
  value: Scheme = 'light';
  #pinned?: Scheme;
  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    (this.#host = host).addController(this);
  }

  hostConnected(): void {
    followers.add(this);
    // Idempotent: observing the same node or adding the same listener again changes nothing,
    // and a <body> that did not exist at the first element's connection is picked up later.
    observer ??= new MutationObserver(refreshAll);
    for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
    osDark();
    osScheme!.addEventListener('change', refreshAll);
    document.addEventListener('transitionend', afterTransition, true);
    // Stylesheets still loading when the bundle runs (some engines run it before they apply).
    addEventListener('load', refreshAll);
    // Moved to another part of the page: what is behind it may have changed.
    if (this.#host.hasUpdated) this.refresh();
  }

  hostDisconnected(): void {
    followers.delete(this);
  }

  /** Called from `willUpdate` with the explicit theme, if any. */
  apply(pinned?: Scheme): void {
    this.#pinned = pinned;
    if (!this.#host.hasUpdated) followProse(this.#host);
    this.#host.setAttribute('resolved-theme', (this.value = pinned ?? schemeBehindOnce(this.#host)));
  }

  /** Re-reads the page; re-renders the element (and so its nested elements) when the scheme changed. */
  refresh(): void {
    followProse(this.#host);
    if (!this.#pinned && schemeBehind(this.#host) !== this.value) this.#host.requestUpdate();
  }
}
