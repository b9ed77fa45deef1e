import type { core } from 'zod/mini';

/**
 * Turns a zod issue into one specific sentence: which field, what was wrong, what was found.
 * Used by the content build. zod/mini ships no message locale, so its issues all read "Invalid
 * input"; the structured fields of the issue carry everything we need instead.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const units: Record<string, string> = { string: 'characters', array: 'items' };

export function describeIssue(issue: core.$ZodIssue, input: unknown): string {
  const where = fieldPath(issue.path);
  const found = shown(valueAt(input, issue.path));
  if (issue.code === 'invalid_type' && found === 'nothing') return `${where}: is required (${issue.expected})`;
  // A message written into the schema (`{ error: '…' }`) is the most specific one there is.
  if (issue.message && issue.message !== 'Invalid input') return `${where}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return `${where}: expected ${issue.expected}, got ${found}`;
    case 'invalid_value':
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${found}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = units[issue.origin];
      return `${where}: must be ${word} ${String(bound)}${unit ? ` ${unit}` : ''}, got ${found}`;
    }
    case 'invalid_format':
      return `${where}: ${found} is not a valid ${issue.format === 'regex' ? 'value' : issue.format}`;
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return `${where}: invalid value ${found}`;
  }
}
