import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { JsonSchema } from '../../src/shared/validate.js';
import { generateSchemas, requireMessages, schemasSource } from './schemas.js';

describe('derived schemas', () => {
  it('give every pattern, format and minLength check its own sentence', async () => {
    const { cardJsonSchema, configJsonSchema } = await import('../../src/generated/schemas.js');
    const checks: JsonSchema[] = [];
    const walk = (schema: JsonSchema) => {
      if (schema.pattern !== undefined || schema.format !== undefined || schema.minLength !== undefined) checks.push(schema);
      Object.values(schema.properties ?? {}).forEach(walk);
      if (schema.items) walk(schema.items);
    };
    [cardJsonSchema, configJsonSchema].forEach(walk);
    assert.ok(checks.length > 20, 'the card and configuration schemas carry their checks');
    for (const check of checks) assert.match(check.errorMessage ?? '', /\S/);
    // Objects are closed without saying so (the validator's default).
    const [module] = await generateSchemas('');
    assert.doesNotMatch(module!.source, /additionalProperties/);
  });

  it('write a repeated sub-schema once, as a constant the places share, and still mean the same schemas', async () => {
    const text = { type: 'string', pattern: '\\S', errorMessage: 'must be non-empty text' };
    const list = { type: 'array', minItems: 1, items: text };
    const schemas = { a: { type: 'object', properties: { title: text, authors: list, tags: list } }, b: { type: 'object', properties: { name: text } } };
    const source = schemasSource(schemas);
    assert.equal(source.split('"must be non-empty text"').length, 2, source);
    // Imported as the bundle imports it (its one import is of a type, which goes).
    const file = join(mkdtempSync(join(tmpdir(), 'ix-schemas-')), 'schemas.ts');
    writeFileSync(file, source);
    assert.deepEqual({ ...(await import(pathToFileURL(file).href)) }, schemas);
  });

  it('stop the build at a check that would fail without saying why, naming where it is', () => {
    const schema: JsonSchema = { type: 'object', properties: { sources: { type: 'array', items: { type: 'object', properties: { title: { type: 'string', pattern: '\\S' } } } } } };
    assert.throws(() => requireMessages(schema, ''), /^Error: sources\[\]\.title: a pattern check without an errorMessage/);
    assert.doesNotThrow(() => requireMessages({ type: 'string', minLength: 1, errorMessage: 'must not be empty' }, ''));
  });
});
