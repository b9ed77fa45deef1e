/*
 * The language and direction of one run of an element's text. The built-in words are English and
 * read left to right on any page, an Arabic one included; words the page (or a card's author)
 * supplied are in the page's language, so they keep its `lang` and take their direction from
 * their own first letters. Set on each run, not on the element's box, so the layout still follows
 * the page's direction.
 */
/** `lang`: 'en' for the built-in words, else left unset (bound through `ifDefined(en(builtIn))`, which the template checker reads). */
export const en = (builtIn: boolean) => (builtIn ? 'en' : undefined);
export const dir = (builtIn: boolean) => (builtIn ? 'ltr' : 'auto');
