/**
 * /parent.js: the optional script for a page that frames embed pages and wants each frame as
 * tall as its content. One `<script src=".../parent.js" async></script>` anywhere on the page;
 * it listens for the height messages (./protocol.ts) and sets the height of the frame that sent
 * each one, found by its window, so a message cannot resize any other frame. The plain-HTML
 * fallback that an oEmbed answer puts before the frame (`<blockquote data-ix-embed-fallback>`)
 * is hidden once that frame has reported, as WordPress does with its own.
 */
import { isHeightMessage } from './protocol.js';

/** Heights beyond this are taken as a runaway page, not content (WordPress stops at 1000). */
const tallest = 20_000;

function frameOf(source: MessageEventSource | null): HTMLIFrameElement | undefined {
  if (!source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return undefined;
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isHeightMessage(event.data)) return;
  const frame = frameOf(event.source);
  if (!frame) return;
  const height = Math.min(Math.max(0, Math.ceil(event.data.height)), tallest);
  frame.style.height = `${height}px`;
  frame.setAttribute('height', String(height));
  frame.removeAttribute('hidden');
  const fallback = frame.previousElementSibling;
  if (fallback instanceof HTMLQuoteElement && fallback.hasAttribute('data-ix-embed-fallback')) fallback.hidden = true;
});
