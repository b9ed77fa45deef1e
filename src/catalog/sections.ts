/**
 * The sections a card is made of, in their default order, with the heading each one has in
 * authored Markdown and on screen. The content build maps headings to fields with this table and
 * the element labels its sections with it, so the two can never disagree.
 */
export const sectionTitles = {
  why: 'Why it works',
  how: 'How to do it',
  evidence: 'Evidence',
  sources: 'Sources',
  mistake: 'Common mistake',
  /** Followed by the card's product: "Practice this with IX Coach". */
  cta: 'Practice this with',
} as const;

export type SectionName = keyof typeof sectionTitles;

export const sectionNames = Object.keys(sectionTitles) as SectionName[];

/**
 * The section names a `sections` attribute lists, as the card reads them (trimmed, lower case,
 * blanks dropped; unknown names kept for the warning). The embed builder and the fallback read
 * the attribute with this too.
 */
export function requestedSections(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}
