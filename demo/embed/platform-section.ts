/**
 * The builder's "Where will you paste it?": a platform from src/embed/platforms.ts, and what
 * step 4 will copy for the current configuration — the snippet, the embed page's address or a frame —
 * and where it goes, with the platform's own reason, said plainly where nothing shows the live element. The same
 * choice as `npm run embed -- … --for <platform>` (src/embed/platform-embed.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EmbedConfig, OptionsByTag } from '../../src/embed/embed-config.js';
import { defaultEmbedBase } from '../../src/embed/embed-page-url.js';
import { platformEmbed, type PlatformEmbed } from '../../src/embed/platform-embed.js';
import { platforms } from '../../src/embed/platforms.js';

/** What the chosen platform takes for this configuration, or why it cannot have one. */
export type Chosen = { embed: PlatformEmbed } | { error: string };

export function choosePlatform(platform: string, config: EmbedConfig, options: OptionsByTag, snippet: string, base = defaultEmbedBase): Chosen | undefined {
  if (!platform) return undefined;
  try {
    return { embed: platformEmbed(platform, config, options, snippet, base) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The platforms' notes mark code names with backticks (as the README's table does); here they show as code. */
export function withCode(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));
}

/** A base only this computer reaches: the development default, or a build for a local address. */
export const isLocalBase = (base: string) => /^(localhost|127\.|\[::1\]$)/.test(new URL(base).hostname);

/**
 * Where the link and the frame point. The card pages are only reachable where the embed site is
 * served: a builder built for a public address (IX_EMBED_BASE) says which; the development
 * default (localhost) reaches nobody else, so that link is not ready, and the note says why.
 */
export function embedBaseNote(id: string, base = defaultEmbedBase): TemplateResult {
  if (!isLocalBase(base)) return html`<p class="help base-note" id=${id}>This link points to the card pages at <code>${base}</code>.</p>`;
  return html`<p class="problem base-note" id=${id}>
    Not ready to paste yet: this link points to <code>${base}</code>, the card pages on this computer, which your blog and its
    readers cannot reach. The card pages must first be on a public web address: build them with <code>npm run build</code>, with
    <code>IX_EMBED_BASE</code> set to that address (see “Paste a link, get a card” in the README), put the <code>dist-embed/</code>
    folder on a web host, and the link then starts with that address.
  </p>`;
}

export interface PlatformInput {
  /** The chosen platform's id, or '' for none yet. */
  platform: string;
  chosen: Chosen | undefined;
  onChange(platform: string): void;
}

/** The one line that says what step 4 copies and where it goes; the code itself is shown once, in step 4, beside its copy button. */
function outcome(chosen: Chosen): TemplateResult {
  if ('error' in chosen) return html`<p class="problem" id="platform-advice" role="status">${chosen.error}</p>`;
  const { embed } = chosen;
  const live = embed.platform.shows === 'live card';
  return html`<p class="paste-plan" id="platform-plan">
      <a href="#snippet-section">Step 4</a> copies <strong>${embed.form}</strong>: on ${embed.platform.name}, paste it ${embed.platform.where}.
    </p>
    <p class=${live ? 'help' : 'problem'} id="platform-advice" role="status">${withCode(embed.outcome)}</p>`;
}

export function platformSection(input: PlatformInput): TemplateResult {
  return html`<section class="platform" aria-labelledby="platform-title">
    <h2 id="platform-title">3. Where will you paste it?</h2>
    <p class="help" id="platform-help">Some blogs remove scripts: the platform decides what you copy in step 4 — the snippet, a link or a frame.</p>
    <label for="platform">Platform</label>
    <select id="platform" aria-describedby="platform-help" @change=${(event: Event) => input.onChange((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!input.platform}>Choose where it goes…</option>
      ${platforms.map((p) => html`<option value=${p.id} ?selected=${p.id === input.platform}>${p.name}</option>`)}
    </select>
    ${input.chosen ? outcome(input.chosen) : nothing}
  </section>`;
}
