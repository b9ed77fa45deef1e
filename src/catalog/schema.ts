import * as z from 'zod/mini';

/**
 * The one schema of a technique card. The content build validates every authored card with it
 * and the element validates cards that arrive as JSON at run time (`src`, inline script), so
 * both paths accept exactly the same shape. The bundle carries no zod: the build derives a JSON
 * Schema from this one (scripts/content/schemas.ts) that src/shared/validate.ts applies, with
 * each custom message travelling as `errorMessage` metadata.
 */

/** How strong the evidence behind a technique is, weakest last. */
export const evidenceStrengths = ['experimental', 'meta-analytic', 'observational', 'expert-opinion'] as const;

/** A custom message travels to the derived run-time schema as `errorMessage` metadata. */
const said = (errorMessage: string) => z.meta({ errorMessage });
const textMessage = 'must be non-empty text';

/** Non-blank text; whitespace-only prose would render as an empty section. */
const text = z.string({ error: textMessage }).check(z.regex(/\S/, { error: textMessage }), said(textMessage));

const doiMessage = 'must be a DOI such as 10.1037/h0076284';
const slugMessage = 'must be lowercase words joined by hyphens';
const currencyMessage = 'must be an ISO 4217 code such as USD';

const source = z.strictObject({
  /** "Surname, Initials" each, in the order of the publication. */
  authors: z.array(text).check(z.minLength(1)),
  year: z.int().check(z.gte(1500), z.lte(2100)),
  title: text,
  venue: text,
  doi: z.optional(
    z.string().check(z.regex(/^10\.\d{4,9}\/\S+$/, { error: doiMessage }), said(doiMessage)),
  ),
  /** Any non-blank text passes here; the renderer links only http(s) and drops the rest with a warning. */
  url: z.optional(text),
});

export const techniqueCardSchema = z.strictObject({
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: slugMessage }), said(slugMessage)),
  title: text,
  summary: text,
  /** Paragraphs separated by a blank line ("\n\n"), as in `evidence.body`, `mistake`. */
  why: text,
  how: z.array(text).check(z.minLength(1)),
  evidence: z.strictObject({
    strength: z.enum(evidenceStrengths),
    body: text,
    caveat: z.optional(text),
  }),
  sources: z.array(source).check(z.minLength(1)),
  mistake: text,
  cta: z.strictObject({
    product: text,
    pitch: text,
    trialDays: z.int().check(z.gte(0), z.lte(365)),
    price: z.number().check(z.gte(0)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/, { error: currencyMessage }), said(currencyMessage)),
    interval: z.enum(['month', 'year']),
  }),
});

export type TechniqueCard = z.infer<typeof techniqueCardSchema>;
export type TechniqueSource = TechniqueCard['sources'][number];
export type EvidenceStrength = (typeof evidenceStrengths)[number];
