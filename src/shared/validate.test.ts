import { expect } from '@open-wc/testing';
import { describeProblem, validate, type JsonSchema } from './validate.js';

const schema: JsonSchema = {
  type: 'object',
  properties: {
    year: { type: 'integer', minimum: 1500 },
    strength: { type: 'string', enum: ['experimental', 'observational'] },
    sources: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { title: { type: 'string', pattern: '\\S', errorMessage: 'must be non-empty text' } }, required: ['title'] },
    },
    doi: { type: 'string', pattern: '^10\\.', errorMessage: 'must start with "10."' },
    currency: { type: 'string', format: 'currency', errorMessage: 'must be a currency this browser knows' },
    note: { type: 'string', minLength: 1 },
  },
  required: ['year'],
  additionalProperties: false,
};
const formats = { currency: (code: string) => code === 'USD' };
const messages = (input: unknown) => validate(schema, input, formats).map(describeProblem);

describe('validate (schemas derived from the zod schemas)', () => {
  it('accepts a valid value with no problems', () => {
    expect(messages({ year: 1975, strength: 'observational', sources: [{ title: 'x' }], doi: '10.1037/h0076284', currency: 'USD' })).to.deep.equal([]);
  });

  it('names the field, what was expected and what was found', () => {
    const found = messages({ strength: 'anecdotal', sources: [{ title: ' ' }, {}], doi: 'h0076284', currency: 'XXX', more: 1 });
    expect(found).to.include('year: is required');
    expect(found).to.include('strength: expected one of "experimental", "observational", got "anecdotal"');
    expect(found).to.include('sources[0].title: must be non-empty text');
    expect(found).to.include('sources[1].title: is required');
    expect(found).to.include('doi: must start with "10."');
    expect(found).to.include('currency: must be a currency this browser knows');
    expect(found).to.include('more: is not a known field');
  });

  it('reports fields an object does not declare unless it is marked open', () => {
    const source = { type: 'object', properties: { title: { type: 'string' } } } as const;
    expect(validate(source, { title: 'x', pages: 3 }).map(describeProblem)).to.deep.equal(['pages: is not a known field']);
    expect(validate({ ...source, additionalProperties: true }, { title: 'x', pages: 3 })).to.deep.equal([]);
  });

  it('says a check without a sentence of its own failed rather than let the value pass', () => {
    expect(messages({ year: 1975, note: '' })).to.deep.equal(['note: is not valid']);
  });

  it('reports wrong types, bounds and empty lists specifically', () => {
    expect(messages({ year: '1975' })).to.deep.equal(['year: expected a whole number, got "1975"']);
    expect(messages({ year: 1200 })).to.deep.equal(['year: must be at least 1500, got 1200']);
    expect(messages({ year: 1975, sources: [] })).to.deep.equal(['sources: must have at least 1 item']);
    expect(messages(null)).to.deep.equal(['expected an object, got null']);
    expect(messages({ year: Number.NaN })).to.deep.equal(['year: expected a whole number, got NaN']);
  });
});
