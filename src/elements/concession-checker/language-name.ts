/**
 * Naming the language of a script the checker cannot read, in the language of the page it sits
 * on: a German landing page says "Deutsch", an English one "German".
 */

/** The nearest `lang` around the element, across shadow roots (so the document's last), else 'en'. */
export function pageLocale(element: Element): string {
  for (let at: Element | undefined = element; at; at = (at.getRootNode() as ShadowRoot).host) {
    const owner = at.closest('[lang]');
    // "de_DE" is a common way to write "de-DE"; Intl takes only the hyphen.
    if (owner) return owner.getAttribute('lang')!.replace(/_/g, '-') || 'en';
  }
  return 'en';
}

/**
 * `code`'s name in `locale`; English when the page's `lang` is no locale at all ("english"),
 * and "another language" for 'und', a writing system the checker does not name.
 */
export function languageName(code: string, locale: string): string {
  if (code === 'und') return 'another language';
  const name = (locale: string) => new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
  try {
    return name(locale);
  } catch {
    return name('en');
  }
}
