/**
 * Run-time validation against JSON Schemas DERIVED at build time from the project's zod schemas
 * (scripts/content/schemas.ts writes them to src/generated/schemas.ts). zod stays the one source
 * of truth — the content build validates with it directly — while the bundle carries only this
 * small interpreter instead of zod's ~6 KB gzip core.
 *
 * Only the keywords that zod emits for our schemas are understood. Each failure becomes one
 * specific sentence: which field, what was wrong, what was found.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** Objects are closed: a field not in `properties` is reported unless this is true. */
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  pattern?: string;
  /** A named check the caller supplies (e.g. "currency": known to Intl). */
  format?: string;
  /**
   * The sentence to show when this value fails, written in the zod schema's metadata. The build
   * requires one on every `pattern`, `format` and `minLength` check (scripts/content/schemas.ts).
   */
  errorMessage?: string;
}

export interface Problem {
  /** "sources[0].year"; "" for the value itself. */
  path: string;
  message: string;
}

export type Formats = Record<string, (value: never) => boolean>;

function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  // Numbers as written (JSON would turn NaN into null); strings quoted, so a blank one shows.
  const text = typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

const typeNames: Record<string, string> = { integer: 'a whole number', array: 'a list', object: 'an object' };

function hasType(value: unknown, type: JsonSchema['type']): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return type === undefined || typeof value === type;
  }
}

/** Why `value` fails `schema` itself (not its children), or undefined when it passes. */
function ownProblem(schema: JsonSchema, value: unknown, formats: Formats): string | undefined {
  const { type } = schema;
  if (!hasType(value, type)) return `expected ${typeNames[type ?? ''] ?? `a ${type ?? 'value'}`}, got ${shown(value)}`;
  if (schema.enum && !schema.enum.includes(value)) {
    return `expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${shown(value)}`;
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `must be at least ${schema.minimum}, got ${value}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `must be at most ${schema.maximum}, got ${value}`;
  }
  if (typeof value === 'string') {
    // The build gives each of these checks its own sentence (errorMessage, shown instead).
    if (schema.minLength !== undefined && value.length < schema.minLength) return 'is not valid';
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return 'is not valid';
  }
  if (Array.isArray(value) && schema.minItems !== undefined && value.length < schema.minItems) {
    return `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`;
  }
  const check = schema.format === undefined ? undefined : formats[schema.format];
  if (check && !check(value as never)) return 'is not valid';
  return undefined;
}

/** Every problem of `value` against `schema`; an empty list means valid. */
export function validate(schema: JsonSchema, value: unknown, formats: Formats = {}, path = '', problems: Problem[] = []): Problem[] {
  const own = ownProblem(schema, value, formats);
  if (own) {
    problems.push({ path, message: schema.errorMessage ?? own });
    return problems;
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => validate(schema.items!, item, formats, `${path}[${index}]`, problems));
  } else if (schema.type === 'object') {
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    const at = (key: string) => (path ? `${path}.${key}` : key);
    for (const key of schema.required ?? []) {
      if (record[key] === undefined) problems.push({ path: at(key), message: 'is required' });
    }
    for (const [key, item] of Object.entries(record)) {
      const property = properties[key];
      if (property) {
        if (item !== undefined) validate(property, item, formats, at(key), problems);
      } else if (!schema.additionalProperties) {
        problems.push({ path: at(key), message: 'is not a known field' });
      }
    }
  }
  return problems;
}

/** "sources[0].year: expected a whole number, got "1975"" */
export const describeProblem = ({ path, message }: Problem): string => (path ? `${path}: ${message}` : message);
