/**
 * What the builder's form calls each option, in words for someone who writes a blog, not HTML.
 * The manifest's docs are written for developers (they name media queries, attributes and
 * internal state); here every label says what the option changes on the page, every hint how to
 * fill it in. The attribute or custom property itself stays visible beside the field, small, for
 * whoever reads the snippet. An option missing here falls back to its name and the manifest's
 * docs, so a new attribute still shows up.
 */

export interface Wording {
  label: string;
  hint: string;
  /** For a list: what each allowed value is called; `''` names the choice "not set". */
  values?: Record<string, string>;
}

const theme: Wording = {
  label: 'Light or dark',
  hint: 'Left on “match my page”, it turns dark on a dark page and light on a light one by itself. Pasted as a link, it shows in a frame and cannot see your page: the builder then picks light or dark from your background under “Your page”.',
  values: { '': 'Match my page (automatic)', light: 'Always light', dark: 'Always dark' },
};

const statsNote = 'Only for your statistics: it is added to the signup link, readers do not see it.';

/** By attribute name; `tag:name` for an attribute that means something else on one element. */
const attributes: Record<string, Wording> = {
  technique: { label: 'Technique', hint: 'The card to show.' },
  'ix-trial-cta:technique': { label: 'Technique it belongs to', hint: `${statsNote} Usually left empty.` },
  src: { label: 'Your own card file (advanced)', hint: 'The web address of a card you wrote yourself, as JSON. When set, it replaces the technique chosen above.' },
  variant: {
    label: 'Card size',
    hint: 'Compact suits a sidebar or the middle of an article.',
    values: { full: 'Full: every section open', compact: 'Compact: each section opens on a click' },
  },
  sections: { label: 'Sections, in the order shown', hint: 'Untick a section to leave it out; the arrows move it.' },
  'heading-level': {
    label: 'Heading level of its title',
    hint: 'Changes the page outline, not the look: 2 if the title ranks with your article’s section titles, 3 if it sits under one.',
  },
  theme,
  cta: { label: 'Practice offer at the end', hint: 'The box that invites readers to practise with IX Coach.', values: { '': 'Show it', none: 'Hide it' } },
  'ix-concession-checker:cta': { label: 'Show the trial offer under the results', hint: 'The box that invites readers to practise with IX Coach.' },
  'no-structured-data': {
    label: 'Leave out the description for search engines',
    hint: 'The card tells search engines what it is about. Tick this if your site already describes the page its own way.',
  },
  label: { label: 'Button text', hint: 'For example “Start your {days}-day free trial”; {days} and {product} are filled in.' },
  'ix-concession-checker:label': { label: 'Question above the text box', hint: 'What readers see first.' },
  placeholder: { label: 'Grey sample text in the empty box', hint: 'Disappears as soon as the reader types.' },
  'other-language-text': {
    label: 'Message when the text is not in English',
    hint: 'The checker reads English only. {language} becomes the name of the language it sees.',
  },
  'first-request': {
    label: 'The first, bigger request',
    hint: 'What the speaker asked for before stepping down, filled in for the reader. Optional.',
  },
  'show-first-request': { label: 'Ask readers for their first request too', hint: 'Adds a second, smaller box above the results.' },
  debounce: { label: 'Wait before checking (milliseconds)', hint: 'How long after the reader stops typing the checks run; 1000 is one second.' },
  examples: { label: 'Show example buttons', hint: 'Buttons that fill in a good example and the common mistake.' },
  remember: {
    label: 'Remember the reader’s draft',
    hint: 'Keeps what they typed in their own browser until they press “Clear”. Nothing is sent anywhere.',
  },
  product: { label: 'Product name', hint: 'Used wherever the words say {product}.' },
  'trial-days': { label: 'Free trial, in days', hint: '0 for no free trial.' },
  price: { label: 'Price', hint: 'A number, like 40 or 9.99, in the currency below.' },
  currency: { label: 'Currency', hint: 'Its three-letter code, like USD, EUR or GBP.' },
  interval: { label: 'Billed every', hint: 'The price is per month or per year.', values: { month: 'Month', year: 'Year' } },
  locale: {
    label: 'How numbers and prices are written',
    hint: 'A language and country code: de-DE writes 1.234,50 €, en-GB £1,234.50. The words themselves are under “Words”.',
  },
  href: { label: 'Signup link', hint: 'Where the button takes readers: a web address starting with https://, or a page of your own site.' },
  campaign: { label: 'Campaign name', hint: statsNote },
  placement: { label: 'Where it sits on your site', hint: statsNote },
  'utm-source': { label: 'Your site’s name', hint: statsNote },
  layout: {
    label: 'Layout',
    hint: 'A strip suits the end of a page; one line suits a sidebar.',
    values: { inline: 'Box', banner: 'Full-width strip', compact: 'One line' },
  },
  heading: { label: 'Heading', hint: 'For example “Practice this with {product}”.' },
  pitch: { label: 'Sentence under the heading', hint: 'One sentence on what readers get; {product} is filled in.' },
  'trial-text': { label: 'Free-trial words', hint: 'For example “{days} days free, then”; {days} becomes the number.' },
  'price-text': { label: 'Price words', hint: 'For example “{price}/month”; {price} becomes the formatted price.' },
  'per-day-text': { label: 'Price-per-day words', hint: 'For example “(~{perDay}/day)”.' },
};

export function attributeWording(tag: string, name: string): Wording | undefined {
  return attributes[`${tag}:${name}`] ?? attributes[name];
}

/** By custom property. */
const tokens: Record<string, Wording> = {
  '--ix-color-accent': { label: 'Accent colour', hint: 'Buttons, links and highlights.' },
  '--ix-color-on-accent': { label: 'Button text colour', hint: 'The words on a button painted in the accent colour.' },
  '--ix-color-text': { label: 'Text colour', hint: 'Headings and body text.' },
  '--ix-color-muted': { label: 'Secondary text colour', hint: 'Prices, notes and sources.' },
  '--ix-color-surface': { label: 'Background colour', hint: 'Behind the element’s text.' },
  '--ix-color-border': { label: 'Border colour', hint: 'Lines around the box and between sections.' },
  '--ix-color-success': { label: 'Colour for “good”', hint: 'Checks that pass.' },
  '--ix-color-danger': { label: 'Colour for warnings', hint: 'Mistakes and checks that fail.' },
  '--ix-color-focus': { label: 'Keyboard focus ring', hint: 'The outline around the control a keyboard user is on. Left empty, it is the accent colour.' },
  '--ix-font-family': { label: 'Font', hint: 'Left empty, the element uses your page’s font. Pasted as a link, it shows in a frame and cannot see your page: the builder then uses the font you give under “Your page”.' },
  '--ix-font-size': { label: 'Text size', hint: 'Left empty, it matches the text around it (at least 14px). For example 1.1rem or 18px.' },
  '--ix-radius': { label: 'Corner rounding', hint: '0 for square corners; for example 0.5em.' },
  '--ix-space': { label: 'Spacing', hint: 'The gap inside and between parts; for example 1em.' },
};

export function tokenWording(name: string): Wording | undefined {
  return tokens[name];
}

/** Each element as the chooser presents it. */
export const elementWording: Record<string, Wording> = {
  'ix-technique-card': {
    label: 'Technique card',
    hint: 'One persuasion technique: why it works, how to do it, the evidence, the sources and the common mistake.',
  },
  'ix-concession-checker': {
    label: 'Concession checker',
    hint: 'A box where readers type what they will say after a “no”; it checks their words as they type, without sending them anywhere.',
  },
  'ix-trial-cta': { label: 'Trial offer', hint: 'A short box with the price, the free trial and a signup button.' },
  'ix-provider': {
    label: 'Set price, link and words once for the whole page',
    hint: 'Wraps the element in a page-wide settings box: every IX element inside it takes these settings, unless its own say otherwise.',
  },
};
