/**
 * What to paste on a platform (src/embed/platforms.ts) for one configuration: the script
 * snippet, the embed page's link or a frame of it, with the platform's own words on where it
 * goes and what readers will see. Pure: the builder and `npm run embed` share it.
 */
import { findTechnique } from '../catalog/catalog.js';
import { embedFrame, embedPageUrl } from './embed-page-url.js';
import type { EmbedConfig, OptionsByTag } from './embed-config.js';
import { formNames, platformById, type Platform } from './platforms.js';

export interface PlatformEmbed {
  platform: Platform;
  /** What to paste. */
  code: string;
  /** One sentence for the person pasting it. */
  advice: string;
  /** What is pasted, as the person pasting it calls it ("the checker page’s address"). */
  form: string;
  /** What readers will see there, and why: the advice without where to paste. */
  outcome: string;
}

const pageNames: Record<string, string> = { 'ix-concession-checker': 'checker page', 'ix-trial-cta': 'trial offer page' };
/** What readers see, by element: the table's words are the card's, and the checker and the trial offer are not cards. */
const thingNames: Record<string, string> = { 'ix-concession-checker': 'checker', 'ix-trial-cta': 'trial offer' };

export function platformEmbed(id: string, config: EmbedConfig, options: OptionsByTag, snippet: string, base?: string): PlatformEmbed {
  const platform = platformById(id);
  const technique = config.attributes.technique;
  const what =
    config.element === 'ix-technique-card' ? (typeof technique === 'string' && findTechnique(technique)?.title) || 'Technique card' : config.element === 'ix-trial-cta' ? 'Free trial' : 'Concession checker';
  const title = `${what} — IX Coach`;
  let code: string;
  if (platform.form === 'script') code = snippet;
  else if (platform.form === 'link') code = embedPageUrl(config, options, base);
  else code = embedFrame(embedPageUrl(config, options, base), title, base);
  // The table speaks of the card page; the checker and the trial offer have pages of their own.
  const page = pageNames[config.element] ?? 'card page';
  const thing = thingNames[config.element] ?? 'card';
  const form = formNames[platform.form].replace('card page', page);
  const seen = {
    'live card': `readers see the live ${thing}`,
    'link preview': `readers see a link preview (title, summary, image), not the live ${thing}`,
    'plain link': `readers see a plain link to the ${page}: no form shows the live ${thing} there`,
  }[platform.shows];
  const why = platform.why.replace(/\bcard page\b/g, page).replace(/\b(the|live) card\b/g, `$1 ${thing}`);
  return { platform, code, form, advice: `${platform.name}: paste ${form} ${platform.where}; ${seen}. ${why}`, outcome: `${seen[0]!.toUpperCase()}${seen.slice(1)}. ${why}` };
}
