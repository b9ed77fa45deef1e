/**
 * Measurements of IX elements on a whole host page (opened with page-frame.ts), made the way a
 * reader's eye would judge them and with nothing from the product's own code: what size the
 * element's text is beside the page's, which of the page's text styles reached inside, whether
 * its surface is on the same side of light/dark as the page painted behind it.
 */

/** Every IX element in the page, also those inside other elements' shadow roots (a card's call to action). */
export function ixElements(root: Document | ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => {
    const inner = el.shadowRoot ? ixElements(el.shadowRoot) : [];
    return el.localName.startsWith('ix-') && el.localName !== 'ix-provider' ? [el, ...inner] : inner;
  });
}

/** A readable name for failure messages: `ix-trial-cta[layout=banner] in ix-concession-checker`. */
export function describe(el: Element): string {
  const attrs = ['layout', 'variant', 'theme'].filter((name) => el.hasAttribute(name)).map((name) => `[${name}=${el.getAttribute(name)}]`);
  const host = (el.getRootNode() as ShadowRoot).host;
  return `${el.localName}${attrs.join('')}${host ? ` in ${host.localName}` : ''}`;
}

/** The element a box sits in, through slots and out of shadow roots. */
function flatParent(el: Element): Element | null {
  return el.assignedSlot ?? el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
}

/** The body text inside each element: what a reader compares with the article's paragraphs. */
const bodyTextSelector: Record<string, string> = {
  'ix-technique-card': '[part~="section-why"] p',
  'ix-concession-checker': '[part~="verdict"] p',
  'ix-trial-cta': '[part~="pitch"], [part~="terms"]',
};

/** The element's surface: the box whose background the element paints. */
const surfaceSelector: Record<string, string> = {
  'ix-technique-card': '[part~="card"]',
  'ix-concession-checker': '[part~="base"]',
  'ix-trial-cta': '[part~="base"]',
};

/** Where the page's inherited text styles would show: headings, labels, body text, buttons, links. */
const typographyProbes: Record<string, string[]> = {
  'ix-technique-card': ['[part~="title"]', '[part~="section-why"] p', '[part~="step"]', '[part~="badge"]', '[part~="callout"] p'],
  'ix-concession-checker': ['label', '[part~="verdict"] p', '[part~="field"]', '[part~="button"]', '.hint'],
  'ix-trial-cta': ['[part~="heading"]', '[part~="pitch"]', '[part~="terms"]', '[part~="link"]'],
};

/** Inherited text properties a page could pass down. Sizes are compared separately (they follow the page by design). */
const inheritedTextProperties = [
  'text-align',
  'text-align-last',
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'white-space',
  'font-style',
  'font-weight',
  'font-stretch',
  'font-variant-caps',
  'font-variant-ligatures',
  'font-variant-numeric',
  'font-feature-settings',
  'text-indent',
  'text-shadow',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'tab-size',
  'direction',
] as const;

export type Typography = Record<string, string>;

/** The computed text properties of one probe, with line height as a ratio of the font size. */
export function typographyOf(el: Element): Typography {
  const style = getComputedStyle(el);
  const values: Typography = {};
  for (const property of inheritedTextProperties) values[property] = style.getPropertyValue(property);
  const lineHeight = parseFloat(style.lineHeight);
  values['line-height ÷ font-size'] = Number.isNaN(lineHeight) ? style.lineHeight : (lineHeight / parseFloat(style.fontSize)).toFixed(2);
  return values;
}

/**
 * The run of words in each probe that carries its language and direction (the probe, or the
 * element inside it that sets `dir`), keyed as `typographyProbesOf` keys them. The text field is
 * left out: it is the visitor's, and takes the direction of what they type.
 */
export function textRunsOf(elements: Element[]): Record<string, Element> {
  const result: Record<string, Element> = {};
  for (const el of elements) {
    const host = (el.getRootNode() as ShadowRoot).host;
    for (const selector of typographyProbes[el.localName] ?? []) {
      const probe = el.shadowRoot?.querySelector(selector);
      if (probe && selector !== '[part~="field"]') result[`${el.localName}${host ? ` in ${host.localName}` : ''} ${selector}`] = probe.querySelector('[dir]') ?? probe;
    }
  }
  return result;
}

/**
 * `{ 'ix-trial-cta in ix-concession-checker [part~="pitch"]': {…} }` for every probe of every
 * element found, keyed by where the element sits so a page's probes meet the reference page's.
 */
export function typographyProbesOf(elements: Element[]): Record<string, Typography> {
  const result: Record<string, Typography> = {};
  for (const el of elements) {
    const host = (el.getRootNode() as ShadowRoot).host;
    for (const selector of typographyProbes[el.localName] ?? []) {
      const probe = el.shadowRoot?.querySelector(selector);
      if (probe) result[`${el.localName}${host ? ` in ${host.localName}` : ''} ${selector}`] = typographyOf(probe);
    }
  }
  return result;
}

const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Any computed CSS colour (rgb, oklch, color(srgb …)) as sRGB bytes and alpha 0–1, parsed by the test page's canvas. */
export function rgba(colour: string): [number, number, number, number] {
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = colour;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** WCAG relative luminance of an opaque sRGB colour. */
function relativeLuminance([r, g, b]: readonly number[]): number {
  const linear = (byte = 0) => {
    const c = byte / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Dark: white text would have more contrast on it than black (luminance below ≈ 0.179). */
const isDarkLuminance = (luminance: number) => (1.05 / (luminance + 0.05)) > ((luminance + 0.05) / 0.05);

/** Which side of light/dark an opaque sRGB colour is on. */
export const sideOf = (rgb: readonly number[]): 'light' | 'dark' => (isDarkLuminance(relativeLuminance(rgb)) ? 'dark' : 'light');

/**
 * The colour the page paints behind `el`: the backgrounds of its ancestors composited from the
 * farthest. Fails when an ancestor paints an image (the hosts paint plain colours) or when
 * nothing opaque is found (every host paints its own page background).
 */
export function paintedBehind(el: Element): [number, number, number] {
  const layers: [number, number, number, number][] = [];
  for (let node = flatParent(el); node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none') throw new Error(`${node.localName}.${node.className} paints a background image behind ${describe(el)}`);
    const colour = rgba(style.backgroundColor);
    layers.push(colour);
    if (colour[3] === 1) break;
  }
  const base = layers.pop();
  if (!base || base[3] !== 1) throw new Error(`nothing opaque is painted behind ${describe(el)}`);
  let [r, g, b] = base;
  for (const [lr, lg, lb, a] of layers.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return [r, g, b];
}

/** The element's own surface colour (its surface box's background over what is painted behind it). */
export function surfaceOf(el: Element): [number, number, number] {
  const box = el.shadowRoot?.querySelector(surfaceSelector[el.localName] ?? ':host');
  if (!box) throw new Error(`${describe(el)} has no surface box`);
  const [r, g, b, a] = rgba(getComputedStyle(box).backgroundColor);
  if (a === 1) return [r, g, b];
  const [br, bg, bb] = paintedBehind(el);
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
}

/** The text the element sits beside: the paragraph just before it, else the body's text. */
export function neighbouringText(el: Element): Element {
  let sibling = el.previousElementSibling;
  while (sibling && sibling.localName !== 'p') sibling = sibling.previousElementSibling;
  return sibling ?? el.ownerDocument.body;
}

/** Font size in px of the element's body text (the first probe that renders). */
export function bodyTextSize(el: Element): number {
  const probe = el.shadowRoot?.querySelector(bodyTextSelector[el.localName] ?? 'p');
  if (!probe) throw new Error(`${describe(el)} shows no body text`);
  return parseFloat(getComputedStyle(probe).fontSize);
}

/** The smallest font size of any text inside the element's shadow root (buttons, hints, badges…). */
export function smallestTextSize(el: Element): { size: number; where: string } {
  let smallest = { size: Infinity, where: '' };
  const walk = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      const hasText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.trim());
      const size = parseFloat(getComputedStyle(node).fontSize);
      const box = node.getBoundingClientRect();
      if (hasText && box.width > 1 && box.height > 1 && size < smallest.size) smallest = { size, where: `${node.localName}.${[...node.classList].join('.')}` };
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return smallest;
}

/** The width of the content box of the element's container. */
export function containerContentWidth(el: Element): number {
  let parent = flatParent(el)!;
  while (getComputedStyle(parent).display === 'contents') parent = flatParent(parent)!; // <ix-provider>
  const style = getComputedStyle(parent);
  return parent.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
}
