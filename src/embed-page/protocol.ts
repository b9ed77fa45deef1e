/**
 * The messages an embed page (dist-embed/…, src/embed-page/embed.ts) sends to the page that frames
 * it, and the ones it answers. Two dialects, because two kinds of parents listen:
 *
 * - Ours, for any site (and /parent.js): `{ type: 'ix-embed:height', height, href }`, sent to the
 *   parent whenever the content's height changes; `href` is the framed page's address, so a
 *   parent with several frames can tell them apart without trusting `event.source` alone.
 * - WordPress's (its wp-embed.js listens in every post that shows an embed):
 *   `{ message: 'height', value, secret }` and `{ message: 'link', value, secret }`, where
 *   `secret` is the one WordPress put in the frame's address (`#?secret=…`) and in its
 *   `data-secret`. WordPress answers `{ message: 'ready', secret }` when it starts, and the page
 *   sends its height again. WordPress keeps a height within 200–1000 px and follows a link only
 *   to the frame's own host, only while the frame has focus.
 *
 * Pure: the page script, the parent script and the tests share it.
 */

export const heightType = 'ix-embed:height';

export interface HeightMessage {
  type: typeof heightType;
  /** The content's height in CSS pixels, rounded up. */
  height: number;
  href: string;
}

export interface WordPressMessage {
  message: 'height' | 'link' | 'ready';
  value?: string | number;
  secret: string;
}

/** WordPress makes 10 letters and digits; its parent script refuses any other character. */
const secretPattern = /^[A-Za-z0-9]{1,64}$/;

/** The secret from a frame address's hash (`#?secret=abc123`), or undefined when there is none. */
export function secretFromHash(hash: string): string | undefined {
  const found = /[#?&]secret=([^&#]*)/.exec(hash)?.[1];
  return found !== undefined && secretPattern.test(found) ? found : undefined;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  const message = data as Partial<HeightMessage> | null;
  return typeof message === 'object' && message !== null && message.type === heightType && typeof message.height === 'number' && Number.isFinite(message.height);
}

export function isWordPressReady(data: unknown, secret: string): boolean {
  const message = data as Partial<WordPressMessage> | null;
  return typeof message === 'object' && message !== null && message.message === 'ready' && message.secret === secret;
}
