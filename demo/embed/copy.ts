/**
 * Copies text with the async Clipboard API where the browser allows it; otherwise (no API, no
 * permission, an insecure page) selects the text in its field so the reader can copy it with the
 * keyboard, and says so. Never throws.
 */
export type CopyResult = 'copied' | 'selected';

export async function copyText(text: string, field: HTMLTextAreaElement): Promise<CopyResult> {
  try {
    // `navigator.clipboard` is missing on insecure pages and in some embedded browsers.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    if (clipboard?.writeText) {
      await clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused (permission, focus): fall through to selecting the text.
  }
  field.focus();
  field.select();
  field.setSelectionRange(0, field.value.length);
  return 'selected';
}

export function copyMessage(result: CopyResult, what: string): string {
  if (result === 'copied') return `Copied ${what} to the clipboard.`;
  const keys = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
  return `This browser did not let the page copy. ${what[0]!.toUpperCase()}${what.slice(1)} is selected: press ${keys} to copy it.`;
}
