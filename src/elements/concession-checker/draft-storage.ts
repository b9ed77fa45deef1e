/**
 * The `remember` draft in localStorage. Storage can throw at any call (Safari private mode,
 * quota exceeded, storage disabled by policy, sandboxed iframes): the checker must keep working
 * with the draft in memory, so every failure is caught and reported once per page.
 */
export interface Draft {
  script: string;
  firstRequest: string;
}

export const draftStorageKey = 'ix-widgets:concession-checker:draft';

let warned = false;

function warnOnce(action: string, error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(
    `[ix-widgets] <ix-concession-checker remember>: could not ${action} the draft in localStorage ` +
      `(${error instanceof Error ? error.message : String(error)}); it is kept on this page only.`,
  );
}

export function loadDraft(key = draftStorageKey): Draft | undefined {
  try {
    const stored = localStorage.getItem(key);
    if (stored === null) return undefined;
    const parsed: unknown = JSON.parse(stored);
    if (parsed && typeof parsed === 'object') {
      const { script, firstRequest } = parsed as Record<string, unknown>;
      if (typeof script === 'string') {
        return { script, firstRequest: typeof firstRequest === 'string' ? firstRequest : '' };
      }
    }
    return undefined; // something else wrote this key: leave it alone rather than guess
  } catch (error) {
    warnOnce('read', error);
    return undefined;
  }
}

export function saveDraft(draft: Draft, key = draftStorageKey): void {
  try {
    if (draft.script || draft.firstRequest) localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  } catch (error) {
    warnOnce('save', error);
  }
}

export function clearDraft(key = draftStorageKey): void {
  try {
    localStorage.removeItem(key);
  } catch (error) {
    warnOnce('clear', error);
  }
}
