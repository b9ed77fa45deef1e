import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { JsonSchema } from '../../src/shared/validate.js';
import { generateSchemas, requireMessages } from './schemas.js';

describe('derived schemas', () => {
  it('give every pattern, format and minLength check its own sentence', async () => {
    const [module] = await generateSchemas('');
    assert.ok(module);
    const checks = module.source.match(/"(?:pattern|format|minLength)":/g) ?? [];
    assert.ok(checks.length > 20, 'the card and configuration schemas carry their checks');
    // Each check's object (the innermost braces around it) has an errorMessage.
    // Objects are closed without saying so (the validator's default).
    assert.doesNotMatch(module.source, /additionalProperties/);
    for (const object of module.source.match(/\{[^{}]*"(?:pattern|format|minLength)":[^{}]*\}/g) ?? []) assert.match(object, /"errorMessage":"[^"]+"/);
  });

  it('stop the build at a check that would fail without saying why, naming where it is', () => {
    const schema: JsonSchema = { type: 'object', properties: { sources: { type: 'array', items: { type: 'object', properties: { title: { type: 'string', pattern: '\\S' } } } } } };
    assert.throws(() => requireMessages(schema, ''), /^Error: sources\[\]\.title: a pattern check without an errorMessage/);
    assert.doesNotThrow(() => requireMessages({ type: 'string', minLength: 1, errorMessage: 'must not be empty' }, ''));
  });
});
