/**
 * The builder's "Where will you paste it?": a platform from src/embed/platforms.ts, and what to
 * paste there for the current configuration — the snippet, the embed page's address or a frame —
 * with the platform's own reason, said plainly where nothing shows the live card. The same
 * choice as `npm run embed -- … --for <platform>` (src/embed/platform-embed.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EmbedConfig, OptionsByTag } from '../../src/embed/embed-config.js';
import { platformEmbed } from '../../src/embed/platform-embed.js';
import { platforms } from '../../src/embed/platforms.js';

export interface PlatformInput {
  /** The chosen platform's id, or '' for none yet. */
  platform: string;
  config: EmbedConfig;
  options: OptionsByTag;
  snippet: string;
  onChange(platform: string): void;
}

function outcome({ platform, config, options, snippet }: PlatformInput): TemplateResult {
  let embed;
  try {
    embed = platformEmbed(platform, config, options, snippet);
  } catch (error) {
    return html`<p class="problem" id="platform-advice" role="status">${error instanceof Error ? error.message : String(error)}</p>`;
  }
  const live = embed.platform.shows === 'live card';
  return html`<p class=${live ? 'help' : 'problem'} id="platform-advice" role="status">${embed.advice}</p>
    <label for="platform-code">What to paste there</label>
    <textarea id="platform-code" readonly rows=${embed.code.split('\n').length + 1} wrap="off" spellcheck="false" .value=${embed.code}></textarea>`;
}

export function platformSection(input: PlatformInput): TemplateResult {
  return html`<section class="platform" aria-labelledby="platform-title">
    <h2 id="platform-title">Where will you paste it?</h2>
    <label for="platform">Platform</label>
    <select id="platform" @change=${(event: Event) => input.onChange((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!input.platform}>Choose where it goes…</option>
      ${platforms.map((p) => html`<option value=${p.id} ?selected=${p.id === input.platform}>${p.name}</option>`)}
    </select>
    ${input.platform ? outcome(input) : nothing}
  </section>`;
}
