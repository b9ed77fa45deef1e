import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { describeIssue } from './describe-issue.js';

const schema = z.strictObject({
  year: z.number(),
  strength: z.enum(['experimental', 'observational']),
  sources: z.array(z.object({ title: z.string().check(z.minLength(2)) })),
  doi: z.optional(z.string().check(z.regex(/^10\./, { error: 'must start with "10."' }))),
});

function messages(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => describeIssue(issue, input));
}

describe('describeIssue', () => {
  it('names the field, what was expected and what was found', () => {
    const found = messages({ year: '1975', strength: 'anecdotal', sources: [{ title: 'x' }, {}], doi: 'h0076284', more: 1 });
    expect(found).to.include('year: expected number, got "1975"');
    expect(found).to.include('strength: expected one of "experimental", "observational", got "anecdotal"');
    expect(found).to.include('sources[0].title: must be at least 2 characters, got "x"');
    expect(found).to.include('sources[1].title: is required (string)');
    expect(found).to.include('doi: must start with "10."');
    expect(found).to.include('(root): unknown field more');
  });
});
