/**
 * Every option an element has, read from custom-elements.json: its attributes (kind, allowed
 * values, default, docs) and its `--ix-*` custom properties (kind, default, docs). The embed
 * builder makes its form from this and Storybook its controls, so an attribute added to an
 * element's JSDoc appears in both after `npm run manifest`, with nothing else to edit.
 */

/** The part of the Custom Elements Manifest schema read here. */
export interface ManifestLike {
  modules: readonly {
    path?: string;
    declarations?: readonly {
      kind?: string;
      name?: string;
      customElement?: boolean;
      tagName?: string;
      summary?: string;
      description?: string;
      attributes?: readonly { name: string; fieldName?: string; type?: { text: string }; default?: string; description?: string }[];
      cssProperties?: readonly { name: string; syntax?: string; default?: string; description?: string }[];
    }[];
  }[];
}

export type AttributeKind = 'boolean' | 'enum' | 'number' | 'text';
export type Literal = string | number | boolean;

export interface AttributeOption {
  name: string;
  /** The property behind the attribute (camelCase); also the configuration key. */
  field: string;
  kind: AttributeKind;
  /** For `enum`: the allowed values, in the manifest's order. */
  values?: readonly string[];
  /** The value the element uses when the attribute is absent, when the manifest states one as a literal. */
  default?: Literal;
  description: string;
}

export type TokenKind = 'color' | 'length' | 'font' | 'text';

export interface TokenOption {
  name: string;
  kind: TokenKind;
  /** CSS the element falls back to, e.g. `light-dark(#2f5bd3, #9db9ff)`. */
  default?: string;
  description: string;
}

export interface ElementOptions {
  tag: string;
  summary: string;
  attributes: AttributeOption[];
  tokens: TokenOption[];
}

/** The string values of a type like `'full' | 'compact' | undefined`, or undefined if it is not such a union. */
export function literalValues(typeText: string): string[] | undefined {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  const values = parts.map((part) => /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(part)).map((m) => (m ? (m[1] ?? m[2]) : undefined));
  return parts.length > 0 && values.every((value) => value !== undefined) ? values : undefined;
}

/** A default written as source text (`'full'`, `3`, `false`); anything else (an identifier, an expression) is unknown. */
export function parseLiteral(text: string | undefined): Literal | undefined {
  if (text === undefined) return undefined;
  const source = text.trim();
  if (source === 'true' || source === 'false') return source === 'true';
  if (/^-?\d+(\.\d+)?$/.test(source)) return Number(source);
  const quoted = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(source);
  return quoted ? (quoted[1] ?? quoted[2]) : undefined;
}

function attributeKind(typeText: string): Pick<AttributeOption, 'kind' | 'values'> {
  const values = literalValues(typeText);
  if (values) return { kind: 'enum', values };
  const types = typeText.split('|').map((part) => part.trim());
  if (types.includes('boolean')) return { kind: 'boolean' };
  if (types.includes('number')) return { kind: 'number' };
  return { kind: 'text' };
}

function tokenKind(name: string, syntax = ''): TokenKind {
  if (syntax === '<color>') return 'color';
  if (syntax === '<length>') return 'length';
  return /font-family$/.test(name) ? 'font' : 'text';
}

/** "utm-source" → "utmSource": the property (and configuration key) an attribute name stands for. */
export const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The options of every custom element in the manifest, by tag. */
export function elementOptions(manifest: ManifestLike): Map<string, ElementOptions> {
  const byTag = new Map<string, ElementOptions>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      byTag.set(declaration.tagName, {
        tag: declaration.tagName,
        summary: declaration.summary ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const kind = attributeKind(attribute.type?.text ?? 'string');
          const fallback = parseLiteral(attribute.default);
          return {
            name: attribute.name,
            field: attribute.fieldName ?? camel(attribute.name),
            ...kind,
            // A boolean attribute's absence is false whatever the manifest says.
            ...(kind.kind === 'boolean' ? { default: false } : fallback !== undefined ? { default: fallback } : {}),
            description: attribute.description ?? '',
          };
        }),
        tokens: (declaration.cssProperties ?? []).map((token) => ({
          name: token.name,
          kind: tokenKind(token.name, token.syntax),
          ...(token.default !== undefined ? { default: token.default } : {}),
          description: token.description ?? '',
        })),
      });
    }
  }
  return byTag;
}

/** The options of `tag`; a manifest without it is stale, and the error says how to remake it. */
export function optionsOf(byTag: ReadonlyMap<string, ElementOptions>, tag: string): ElementOptions {
  const found = byTag.get(tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>: run \`npm run manifest\``);
  return found;
}
