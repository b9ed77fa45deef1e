import type { ReactiveController, ReactiveElement } from 'lit';
import { followProse } from './prose-font.js';

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
let readInTask: Map<Element | null, Scheme> | undefined;
let endOfTask: MessageChannel | undefined;

function schemeBehindOnce(element: Element): Scheme {
  const place = behind(element);
  if (!readInTask) {
    readInTask = new Map();
    // A message arrives in a task of its own, unthrottled even in a hidden tab (unlike a timer).
    if (!endOfTask) {
      endOfTask = new MessageChannel();
      endOfTask.port1.onmessage = () => (readInTask = undefined);
    }
    endOfTask.port2.postMessage(0);
  }
  let scheme = readInTask.get(place);
  if (!scheme) readInTask.set(place, (scheme = schemeBehind(element)));
  return scheme;
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
    else followProse(this.#host);
  }

  hostDisconnected(): void {
    followers.delete(this);
  }

  /** Called from `willUpdate` with the explicit theme, if any. */
  apply(pinned?: Scheme): void {
    this.#pinned = pinned;
    this.#host.setAttribute('resolved-theme', (this.value = pinned ?? schemeBehindOnce(this.#host)));
  }

  /** Re-reads the page; re-renders the element (and so its nested elements) when the scheme changed. */
  refresh(): void {
    followProse(this.#host);
    if (!this.#pinned && schemeBehind(this.#host) !== this.value) this.#host.requestUpdate();
  }
}
