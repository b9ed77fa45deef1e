/** Settings for `cem analyze`: the manifest describes the elements, not tests or helpers. */
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import * as z from 'zod/mini';

// The defaults and allowed values the elements really apply live in code, not in JSDoc: read them
// from there, so the manifest (and the docs, Storybook controls and the embed builder made from it)
// cannot drift from what the elements do.
const { builtInConfig } = await tsImport('./src/shared/config/defaults.ts', import.meta.url);
const { configSchema } = await tsImport('./src/shared/config/schema.ts', import.meta.url);
const configFields = z.toJSONSchema(configSchema).properties;

const literal = (value) => (typeof value === 'string' ? `'${value.replace(/['\\]/g, '\\$&')}'` : String(value));

/** The text of `source` from `open` (just past a "(") to its matching ")", nested brackets included. */
function untilClosing(source, open) {
  let depth = 1;
  for (let at = open; at < source.length; at++) {
    if (source[at] === '(') depth++;
    else if (source[at] === ')' && --depth === 0) return source.slice(open, at);
  }
  throw new Error(`tokens.styles.ts: an unclosed "(" after ${source.slice(open - 40, open)}`);
}

/**
 * `--ix-color-accent` → its fallback in the shared tokens, `var(--_ix-accent)` written as the public
 * token it stands for. A private hint the element itself sets (`var(--_ix-prose-size, 1em)`: the
 * prose's size, see followProse in shared/page-scheme.ts) is read as its fallback: the value with no hint set, and
 * no name a page could use.
 */
function tokenDefaults() {
  const source = readFileSync(new URL('./src/shared/tokens.styles.ts', import.meta.url), 'utf8');
  const declarations = [...source.matchAll(/(--_ix-[\w-]+):\s*var\((--ix-[\w-]+),/g)].map((match) => {
    const [, internal, token] = match;
    return [internal, token, untilClosing(source, match.index + match[0].length).trim()];
  });
  const publicName = Object.fromEntries(declarations.map(([internal, token]) => [internal, token]));
  const hint = /var\((--_ix-[\w-]+),\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/g;
  const written = (fallback) => {
    for (let previous; previous !== fallback; ) [previous, fallback] = [fallback, fallback.replace(hint, (whole, internal, inner) => (publicName[internal] ? whole : inner.trim()))];
    return fallback.replace(/var\((--_ix-[\w-]+)\)/g, (whole, internal) => (publicName[internal] ? `var(${publicName[internal]})` : whole));
  };
  return Object.fromEntries(declarations.map(([, token, fallback]) => [token, written(fallback)]));
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-helpers/**', 'src/**/test-helpers.ts', 'src/**/test-support.ts'],
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order it happens to read the files, which varies from
      // run to run; sorted by path, the committed manifest and a fresh one compare line by line.
      name: 'ix-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // Fills in what the JSDoc cannot know: configuration attributes' allowed values (from the
      // config schema) and defaults (the built-in defaults), a default named by a module constant
      // as its value, and each --ix-* token's fallback and syntax (from the shared tokens).
      name: 'ix-defaults-from-code',
      packageLinkPhase({ customElementsManifest }) {
        const tokens = tokenDefaults();
        for (const module of customElementsManifest.modules) {
          const source = readFileSync(module.path, 'utf8');
          for (const element of (module.declarations ?? []).filter((d) => d.customElement)) {
            for (const attribute of element.attributes ?? []) {
              const field = configFields[attribute.fieldName];
              if (field?.enum && attribute.type && !attribute.type.text.includes("'")) {
                attribute.type.text = [...field.enum.map(literal), ...(attribute.type.text.includes('undefined') ? ['undefined'] : [])].join(' | ');
              }
              const constant = attribute.default && /^[A-Za-z_$][\w$]*$/.test(attribute.default) && !/^(true|false)$/.test(attribute.default)
                ? new RegExp(`\\bconst ${attribute.default} = ('(?:[^'\\\\]|\\\\.)*'|-?\\d+(?:\\.\\d+)?);`).exec(source)
                : undefined;
              if (constant) attribute.default = constant[1];
              if (attribute.default === undefined && builtInConfig[attribute.fieldName] !== undefined) {
                attribute.default = literal(builtInConfig[attribute.fieldName]);
              }
            }
            for (const property of element.cssProperties ?? []) {
              const fallback = tokens[property.name];
              if (fallback === undefined) continue;
              property.default = fallback;
              if (property.name.startsWith('--ix-color-')) property.syntax = '<color>';
              else if (/^(-?[\d.]+(rem|em|px)|(min|max|clamp|calc)\(.*\))$/.test(fallback)) property.syntax = '<length>';
            }
          }
        }
      },
    },
  ],
};
