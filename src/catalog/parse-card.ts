import { cardJsonSchema } from '../generated/schemas.js';
import { describeProblem, validate } from '../shared/validate.js';
import type { TechniqueCard } from './schema.js';

export type CardCheck = { ok: true; card: TechniqueCard } | { ok: false; problems: string[] };

/**
 * Validates a card that arrived at run time (`src`, inline JSON) against the schema derived from
 * the same zod schema the content build uses; every problem is one specific sentence.
 */
export function checkCard(input: unknown): CardCheck {
  const problems = validate(cardJsonSchema, input);
  return problems.length ? { ok: false, problems: problems.map(describeProblem) } : { ok: true, card: input as TechniqueCard };
}
