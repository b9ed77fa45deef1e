/**
 * WCAG 2 contrast between two colours, from the colours the browser itself computes (so any CSS
 * colour a token may hold works: names, hex, rgb(), hsl(), oklch(), light-dark()).
 */

export type Rgba = readonly [r: number, g: number, b: number, a: number];

/** Relative luminance of an sRGB colour (0–255 channels), as WCAG 2 defines it. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** A translucent colour as it shows over an opaque one. */
export function over([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba {
  return [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a), 1];
}

/** The contrast ratio, 1–21, of text in `foreground` on `background` (translucency composited over it, and it over white). */
export function contrastRatio(foreground: Rgba, background: Rgba): number {
  const ground = over(background, [255, 255, 255, 1]);
  const [light, dark] = [luminance(over(foreground, ground)), luminance(ground)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Parses `rgb(…)`/`rgba(…)` as computed styles serialise legacy colours; undefined for other forms. */
export function parseRgb(text: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(text.trim());
  if (!match) return undefined;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? Number(match[4].slice(0, -1)) / 100 : Number(match[4]);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/**
 * The sRGB value of a colour as `doc` resolves it under `colorScheme` (what light-dark() picks).
 * Computed styles give rgb() for most colours; newer forms (oklch(), color()) go through a canvas,
 * which converts any colour to sRGB bytes.
 */
export function resolveColor(doc: Document, value: string, colorScheme: string): Rgba | undefined {
  const probe = doc.createElement('span');
  probe.style.cssText = 'position:absolute;width:0;height:0;overflow:hidden;';
  probe.style.colorScheme = colorScheme;
  probe.style.color = value;
  if (!probe.style.color) return undefined;
  doc.body.append(probe);
  const computed = doc.defaultView!.getComputedStyle(probe).color;
  probe.remove();
  const rgb = parseRgb(computed);
  if (rgb) return rgb;
  const context = doc.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!context) return undefined;
  context.fillStyle = computed;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 255] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** "#rrggbb" for an opaque colour (what <input type="color"> takes). */
export function toHex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}
