/**
 * The call to action's words in a few languages, for the builder's "words in another language"
 * buttons: one click sets them, with the matching locale, on the page-wide provider, so no one has
 * to write five templates by hand, and proposes the language's usual currency (which the reader
 * sees, and can turn down). Data only; `{product}`, `{days}`, `{price}` and `{perDay}` are
 * filled in by the element. A language added later is one more entry here.
 */
export interface WordSet {
  id: string;
  /** The language's name in itself, as its button shows it. */
  name: string;
  locale: string;
  /** The currency prices usually are in where the language is spoken: proposed, visibly, with the words. */
  currency: { code: string; name: string };
  words: {
    heading: string;
    pitch: string;
    'trial-text': string;
    /** By billing interval. */
    'price-text': { month: string; year: string };
    'per-day-text': string;
    label: string;
  };
}

export const wordSets: readonly WordSet[] = [
  {
    id: 'de',
    name: 'Deutsch',
    locale: 'de-DE',
    currency: { code: 'EUR', name: 'euros' },
    words: {
      heading: 'Üben mit {product}',
      pitch: 'Proben Sie Ihre nächste Bitte mit {product} und erhalten Sie Rückmeldung zu genau den Worten, die Sie sagen wollen.',
      'trial-text': '{days} Tage kostenlos, dann',
      'price-text': { month: '{price}/Monat', year: '{price}/Jahr' },
      'per-day-text': '(~{perDay}/Tag)',
      label: '{days} Tage kostenlos testen',
    },
  },
  {
    id: 'fr',
    name: 'Français',
    locale: 'fr-FR',
    currency: { code: 'EUR', name: 'euros' },
    words: {
      heading: 'S’entraîner avec {product}',
      pitch: 'Répétez votre prochaine demande avec {product} et recevez un retour sur les mots exacts que vous comptez employer.',
      'trial-text': '{days} jours gratuits, puis',
      'price-text': { month: '{price}/mois', year: '{price}/an' },
      'per-day-text': '(~{perDay}/jour)',
      label: 'Essayer {days} jours gratuitement',
    },
  },
  {
    id: 'es',
    name: 'Español',
    locale: 'es-ES',
    currency: { code: 'EUR', name: 'euros' },
    words: {
      heading: 'Practica con {product}',
      pitch: 'Ensaya tu próxima petición con {product} y recibe comentarios sobre las palabras exactas que piensas usar.',
      'trial-text': '{days} días gratis, después',
      'price-text': { month: '{price}/mes', year: '{price}/año' },
      'per-day-text': '(~{perDay}/día)',
      label: 'Prueba {days} días gratis',
    },
  },
];
