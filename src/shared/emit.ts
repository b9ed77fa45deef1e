/**
 * Dispatches one of the elements' events. Every IX event bubbles and crosses shadow roots, so a
 * page can listen once at the top. Returns false when a listener called `preventDefault()` on a
 * cancelable one.
 */
export const emit = (host: Element, type: string, detail: unknown, cancelable = false): boolean =>
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
