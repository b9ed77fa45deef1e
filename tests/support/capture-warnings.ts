/**
 * Collects the console warnings whose message (first argument) `ours` accepts; every other
 * warning, like Lit's dev-mode notice, passes through.
 */
export function captureWarnings(ours: (message: string) => boolean): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && ours(args[0])) messages.push(args[0]);
    else original(...args);
  };
  return { messages, restore: () => (console.warn = original) };
}
