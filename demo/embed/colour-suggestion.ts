/**
 * A way out of a failing contrast pair: the nearest shade of a colour (same hue and saturation,
 * only lighter or darker) with which every pair the element paints with that colour passes — so
 * fixing the button text does not break the links, and the reader keeps their brand's hue.
 * The pairs are evaluated here, without the browser, as theme.ts writes them (a token, or a
 * color-mix() of two tokens in sRGB); the builder's readout then measures the result in the
 * preview as it does any colour.
 */
import { contrastRatio, luminance, type Rgba } from './contrast.js';
import type { ContrastPair } from './theme.js';

/** "color-mix(in srgb, var(--a) 82%, var(--b))", as theme.ts writes a mixed background. */
const mixPattern = /^color-mix\(in srgb, var\((--[\w-]+)\) ([\d.]+)%, var\((--[\w-]+)\)\)$/;
const tokenPattern = /^var\((--[\w-]+)\)$/;

/** CSS color-mix() in sRGB: premultiplied by alpha, as the specification interpolates. */
function mix(a: Rgba, b: Rgba, share: number): Rgba {
  const alpha = a[3] * share + b[3] * (1 - share);
  if (alpha === 0) return [0, 0, 0, 0];
  const channel = (i: 0 | 1 | 2) => (a[i] * a[3] * share + b[i] * b[3] * (1 - share)) / alpha;
  return [channel(0), channel(1), channel(2), alpha];
}

/** A pair's colour from the tokens' colours; undefined for an expression of another form or an unknown token. */
export function colourOf(expression: string, colours: ReadonlyMap<string, Rgba>): Rgba | undefined {
  const token = tokenPattern.exec(expression);
  if (token) return colours.get(token[1]!);
  const mixed = mixPattern.exec(expression);
  if (!mixed) return undefined;
  const [a, b] = [colours.get(mixed[1]!), colours.get(mixed[3]!)];
  return a && b ? mix(a, b, Number(mixed[2]) / 100) : undefined;
}

/** The tokens an expression reads. */
const tokensOf = (expression: string) => [...expression.matchAll(/var\((--[\w-]+)\)/g)].map((match) => match[1]!);

type Hsl = [h: number, s: number, l: number];

function toHsl([r, g, b]: Rgba): Hsl {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return [0, 0, l];
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === red ? ((green - blue) / d + 6) % 6 : max === green ? (blue - red) / d + 2 : (red - green) / d + 4;
  return [h * 60, s, l];
}

function fromHsl([h, s, l]: Hsl): Rgba {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  // Whole bytes: the suggestion is written as #rrggbb, so it is judged as it will be used.
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255), 1];
}

export interface PairResult {
  pair: ContrastPair;
  ratio: number;
}

export type ColourSuggestion =
  /** The nearest shade that passes every pair the colour is in. */
  | { colour: Rgba; lighter: boolean; pairs: PairResult[] }
  /** No lighter or darker shade passes them all (the pairs pull opposite ways). */
  | { colour: undefined; pairs: PairResult[] };

/**
 * The browser's colours and ours differ by rounding (color-mix() gives fractions, the readout
 * measures bytes): a suggestion clears each minimum by this much, so the readout agrees.
 */
const margin = 0.03;
/** Lightness steps tried each way: 0.25 % of the range each, up to black and white. */
const step = 0.0025;

/** Each pair's contrast with `colours`; undefined when a pair's colours cannot be read here. */
function evaluate(pairs: readonly ContrastPair[], colours: ReadonlyMap<string, Rgba>): PairResult[] | undefined {
  const results: PairResult[] = [];
  for (const pair of pairs) {
    const [foreground, background] = [colourOf(pair.foreground, colours), colourOf(pair.background, colours)];
    if (!foreground || !background) return undefined;
    results.push({ pair, ratio: contrastRatio(foreground, background) });
  }
  return results;
}

/**
 * The nearest passing shade of `token`'s colour for `pairs` (those the element paints), given
 * every token's colour now (`colours`) and the tokens that follow it while unset (`followers`:
 * the focus ring is the accent unless set). Undefined when every pair with the token passes
 * already, or when a pair cannot be evaluated here.
 */
export function suggestColour(
  token: string,
  pairs: readonly ContrastPair[],
  colours: ReadonlyMap<string, Rgba>,
  followers: readonly string[] = [],
): ColourSuggestion | undefined {
  const moved = new Set([token, ...followers]);
  const involved = pairs.filter((pair) => [...tokensOf(pair.foreground), ...tokensOf(pair.background)].some((name) => moved.has(name)));
  const current = colours.get(token);
  if (!current || !involved.length) return undefined;
  const judge = (colour: Rgba): PairResult[] | undefined => {
    const trial = new Map(colours);
    for (const name of moved) trial.set(name, colour);
    return evaluate(involved, trial);
  };
  const passes = (results: PairResult[]) => results.every(({ pair, ratio }) => ratio >= pair.minimum + margin);
  const now = judge(current);
  if (!now) return undefined;
  if (now.every(({ pair, ratio }) => ratio >= pair.minimum)) return undefined;
  const [h, s, l] = toHsl(current);
  for (let offset = step; offset <= 1; offset += step) {
    for (const lighter of [true, false]) {
      const lightness = lighter ? l + offset : l - offset;
      if (lightness < 0 || lightness > 1) continue;
      const colour = fromHsl([h, s, lightness]);
      const results = judge(colour);
      if (results && passes(results)) return { colour, lighter, pairs: results };
    }
  }
  return { colour: undefined, pairs: now };
}

export interface ButtonTextSuggestion {
  /** The button text colour: the element's text colour, or the nearest shade of it that is readable. */
  colour: Rgba;
  /** Whether that is the text colour itself (else a shade of it). */
  isTextColour: boolean;
  /** Darker than the accent (dark text on it), or lighter. */
  dark: boolean;
  /** The button's pairs with it (at rest and pointed at), all passing. */
  pairs: PairResult[];
  /** Pairs with the accent that still fail with it (the links, the focus ring): button text cannot help them. */
  remaining: PairResult[];
}

const onAccentToken = '--ix-color-on-accent';
const textToken = '--ix-color-text';

/**
 * The other way out when the button's words are what fails: keep the accent as it is and write
 * on it in the element's own text colour (or its nearest readable shade), checked on the button
 * at rest and while pointed at. Undefined when the button's pairs pass already, or when no shade
 * of the text colour makes them all pass. `accent` and `followers` (the focus ring while unset)
 * say which other pairs to report as still failing.
 */
export function suggestButtonText(
  pairs: readonly ContrastPair[],
  colours: ReadonlyMap<string, Rgba>,
  accent: string,
  followers: readonly string[] = [],
): ButtonTextSuggestion | undefined {
  const text = colours.get(textToken);
  const accentColour = colours.get(accent);
  if (!text || !accentColour || !colours.has(onAccentToken)) return undefined;
  const reads = (pair: ContrastPair, names: readonly string[]) => [...tokensOf(pair.foreground), ...tokensOf(pair.background)].some((name) => names.includes(name));
  const buttonPairs = pairs.filter((pair) => reads(pair, [onAccentToken]));
  const now = evaluate(buttonPairs, colours);
  if (!buttonPairs.length || !now || now.every(({ pair, ratio }) => ratio >= pair.minimum)) return undefined;
  const trial = new Map(colours).set(onAccentToken, text);
  const shade = suggestColour(onAccentToken, buttonPairs, trial);
  if (shade && !shade.colour) return undefined;
  const colour = shade?.colour ?? text;
  const final = new Map(colours).set(onAccentToken, colour);
  const results = evaluate(buttonPairs, final);
  if (!results?.every(({ pair, ratio }) => ratio >= pair.minimum)) return undefined;
  const others = evaluate(
    pairs.filter((pair) => !reads(pair, [onAccentToken]) && reads(pair, [accent, ...followers])),
    final,
  );
  return {
    colour,
    isTextColour: !shade,
    dark: luminance(colour) < luminance(accentColour),
    pairs: results,
    remaining: (others ?? []).filter(({ pair, ratio }) => ratio < pair.minimum),
  };
}
