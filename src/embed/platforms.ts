/**
 * Where an embed is pasted, and which form works there: the script snippet, the embed page's
 * link (oEmbed or a link preview), or a frame. One table, read by the embed builder's "Where
 * will you paste it?", by `npm run embed -- … --for <platform>` and by the README (its table is
 * tested to match `platformTable()`). What each platform does to pasted code is its own rule,
 * as of the note's writing; where nothing shows the live card, `shows` says so and `why` says why.
 */

/** script: the `<script>` snippet (live card in the page). link: the embed page's address on its own line. iframe: a frame of the embed page. */
export type EmbedForm = 'script' | 'link' | 'iframe';

export interface Platform {
  id: string;
  name: string;
  form: EmbedForm;
  /** What the reader sees: the live card, a link preview, or a plain link. */
  shows: 'live card' | 'link preview' | 'plain link';
  /** Where to paste it ("in a Custom HTML block"), in the platform's own words. */
  where: string;
  /** Why this form and not another — and, where no form shows the live card, why nothing does. */
  why: string;
}

export const platforms: readonly Platform[] = [
  {
    id: 'wordpress-admin',
    name: 'Self-hosted WordPress, as administrator (single site)',
    form: 'script',
    shows: 'live card',
    where: 'in a Custom HTML block',
    why: 'Administrators of a single site have `unfiltered_html`, so the script survives. On a multisite network only super admins have it: everyone else, use the link.',
  },
  {
    id: 'wordpress-author',
    name: 'Self-hosted WordPress, as author, contributor or editor',
    form: 'link',
    shows: 'live card',
    where: 'alone on its own line (WordPress makes it an Embed block)',
    why: 'Without `unfiltered_html` WordPress removes `<script>` and `<iframe>`; it does read the page’s oEmbed document and shows the card in its own sandboxed frame, sized by the page.',
  },
  {
    id: 'wordpress-com-free',
    name: 'WordPress.com, Free, Personal or Premium plan',
    form: 'link',
    shows: 'plain link',
    where: 'on its own line',
    why: 'These plans remove scripts and frames and embed only from the providers WordPress.com lists; nothing shows the live card there. The link takes readers to the card page.',
  },
  {
    id: 'wordpress-com-business',
    name: 'WordPress.com, Business or Commerce plan',
    form: 'script',
    shows: 'live card',
    where: 'in a Custom HTML block',
    why: 'These plans give administrators `unfiltered_html`, as a self-hosted site does.',
  },
  {
    id: 'ghost',
    name: 'Ghost',
    form: 'script',
    shows: 'live card',
    where: 'in an HTML card',
    why: 'Ghost keeps an HTML card as written. A pasted link becomes an embed or a bookmark card (the page’s title, summary and image) instead.',
  },
  {
    id: 'medium',
    name: 'Medium',
    form: 'link',
    shows: 'link preview',
    where: 'on its own line',
    why: 'Medium accepts no script and no frame, and embeds live content only from the providers it lists; from any other page it shows a preview built from the Open Graph tags.',
  },
  {
    id: 'substack',
    name: 'Substack',
    form: 'link',
    shows: 'link preview',
    where: 'on its own line',
    why: 'Substack accepts no script and no frame and embeds only the services it supports; a link gets a preview from the page’s Open Graph tags.',
  },
  {
    id: 'notion',
    name: 'Notion',
    form: 'link',
    shows: 'live card',
    where: 'in an Embed block (/embed)',
    why: 'Notion runs no script from a page but frames any page that allows it, through its embed service, which reads the oEmbed document.',
  },
  {
    id: 'webflow',
    name: 'Webflow',
    form: 'script',
    shows: 'live card',
    where: 'in an Embed element (custom code)',
    why: 'Webflow keeps custom code as written (on a paid site plan).',
  },
  {
    id: 'squarespace',
    name: 'Squarespace',
    form: 'script',
    shows: 'live card',
    where: 'in a Code block',
    why: 'Code blocks run scripts on the Core plan and above; on Personal, scripts are removed and the link is what is left.',
  },
  {
    id: 'wix',
    name: 'Wix',
    form: 'iframe',
    shows: 'live card',
    where: 'in an Embed HTML element (Embed Code → Embed HTML)',
    why: 'Wix runs pasted code in a frame of its own that it sizes by hand, where a script cannot make room for the card; a frame of the card page shows it as it is. Set the element’s height to the frame’s.',
  },
  {
    id: 'static',
    name: 'A static site (any HTML you control)',
    form: 'script',
    shows: 'live card',
    where: 'in the page’s HTML, where it should show',
    why: 'Your own HTML keeps the script. Where a strict policy forbids third-party scripts, frame the card page instead and add /parent.js for its height.',
  },
];

/** Each form as the person pasting it calls it. */
export const formNames: Record<EmbedForm, string> = { script: 'the script snippet', link: 'the card page’s address', iframe: 'the frame' };

export function platformById(id: string): Platform {
  const found = platforms.find((platform) => platform.id === id);
  if (!found) throw new Error(`unknown platform "${id}"; known: ${platforms.map((p) => p.id).join(', ')}`);
  return found;
}

/** The README's table, made from the data (the README is tested to contain exactly this). */
export function platformTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    '| where | paste | readers see | why |',
    '|---|---|---|---|',
    ...platforms.map((p) => `| ${cell(p.name)} (\`${p.id}\`) | ${formNames[p.form]} ${cell(p.where)} | ${p.shows} | ${cell(p.why)} |`),
  ].join('\n');
}
