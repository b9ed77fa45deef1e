/**
 * The card page in a frame (the link and frame forms of src/embed/platforms.ts) cannot see the
 * page around it, so it cannot match it by itself as the script form does. What the user said
 * about their page ("Your page") becomes what the card page does read: `theme` from how dark the
 * page's background is, and the page's font as `--ix-font-family` — unless the user set either
 * for the element itself. The page's own colours are not options of the card page.
 */
import type { EmbedConfig, OptionsByTag, PageLookKey } from '../../src/embed/embed-config.js';
import { luminance, over, resolveColor } from './contrast.js';

/** Below this luminance black text has less contrast than white (WCAG 2's crossover). */
const darkBelow = 0.179;

export function isDarkColour(doc: Document, colour: string): boolean | undefined {
  const rgba = resolveColor(doc, colour, 'light');
  return rgba ? luminance(over(rgba, [255, 255, 255, 1])) < darkBelow : undefined;
}

/** `config` as the card page should get it, given the page look the builder has checked (`look`). */
export function frameConfig(config: EmbedConfig, options: OptionsByTag, look: Partial<Record<PageLookKey, string>>, doc: Document): EmbedConfig {
  const element = options.get(config.element);
  const framed: EmbedConfig = { ...config, attributes: { ...config.attributes }, tokens: { ...config.tokens }, pageLook: undefined };
  const dark = look.background ? isDarkColour(doc, look.background) : undefined;
  if (dark !== undefined && framed.attributes.theme === undefined && element?.attributes.some((option) => option.name === 'theme')) {
    framed.attributes.theme = dark ? 'dark' : 'light';
  }
  const font = '--ix-font-family';
  if (look.font && !framed.tokens[font]?.trim() && element?.tokens.some((token) => token.name === font)) framed.tokens[font] = look.font;
  return framed;
}
