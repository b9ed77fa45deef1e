#!/usr/bin/env node
/**
 * Editor and framework support generated from custom-elements.json, so the elements' JSDoc stays
 * the one place their API is written down:
 *   dist/frameworks/react.d.ts        React 19 JSX.IntrinsicElements (properties, attributes, `on<event>`)
 *   dist/frameworks/vue.d.ts          Vue 3 GlobalComponents (what Volar checks templates against)

 *   dist/vscode.html-custom-data.json VS Code HTML custom data (completion and hover in .html files)
 * The declarations import the element classes and event details from the package itself
 * ('ix-widgets'), which resolves to dist/types for users and can be pointed at src/ in tests.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { tsImport } from 'tsx/esm/api';

// The attribute values an editor offers are the ones the embed builder and Storybook offer:
// one reading of the manifest's literal unions (src/embed/element-options.ts has no imports).
const { literalValues } = await tsImport('../src/embed/element-options.ts', import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));

/** Names a manifest type may use without an import: TS primitives and DOM/ES globals. */
const globalTypeNames = new Set([
  'string', 'number', 'boolean', 'bigint', 'symbol', 'object', 'undefined', 'null', 'unknown', 'any',
  'never', 'void', 'true', 'false', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Readonly',
  'Event', 'CustomEvent', 'Date', 'URL', 'HTMLElement', 'Element',
]);

/** Identifiers a TS type text refers to (string literals are skipped). */
function typeNamesIn(text) {
  return [...text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, ' ').matchAll(/[A-Za-z_$][\w$]*/g)].map((m) => m[0]);
}

/** The names the package entry exports (types and values), read with the TypeScript checker. */
export function exportedNames(entryFile) {
  const program = ts.createProgram([entryFile], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`framework types: cannot read the exports of ${entryFile}`);
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
}

/** Every custom element the manifest declares, with its public API in one flat shape. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const members = (declaration.members ?? []).filter(
        (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
      );
      const properties = members.map((m) => ({
        name: m.name,
        type: m.type?.text,
        description: m.description ?? '',
        readonly: Boolean(m.readonly),
        attribute: m.attribute,
        default: m.default,
      }));
      const attributes = (declaration.attributes ?? []).map((a) => {
        const field = properties.find((p) => p.name === a.fieldName);
        return {
          name: a.name,
          type: a.type?.text ?? field?.type,
          description: a.description ?? field?.description ?? '',
          fieldName: a.fieldName,
          default: a.default ?? field?.default,
        };
      });
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        summary: declaration.summary ?? '',
        description: declaration.description ?? '',
        properties,
        attributes,
        events: (declaration.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, type: e.type?.text, description: e.description ?? '' })),
        slots: declaration.slots ?? [],
        cssParts: declaration.cssParts ?? [],
        cssProperties: declaration.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const pascal = (name) => camel(name).replace(/^./, (c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function docComment(text, indent) {
  const clean = text.trim().replaceAll('*/', '*\\/');
  if (!clean) return '';
  const lines = clean.split('\n');
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
}

/**
 * Turns manifest type texts into declaration text: as written when they use only globals and the
 * package's exports (those are imported), otherwise `fallback()`.
 */
function typeWriter(exportsOfPackage) {
  const imports = new Set();
  return {
    imports,
    write(text, fallback) {
      if (!text) return fallback();
      const names = typeNamesIn(text);
      if (!names.every((n) => globalTypeNames.has(n) || exportsOfPackage.has(n))) return fallback();
      for (const n of names) if (!globalTypeNames.has(n)) imports.add(n);
      return text;
    },
  };
}

/** What an attribute accepts from JS: the property's type widened to the strings HTML would carry. */
function attributeType(text) {
  if (!text) return 'string';
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  const out = new Set();
  for (const part of parts) {
    if (part === 'boolean') out.add('boolean');
    else if (part === 'number') out.add('number').add('`${number}`');
    else if (part === 'string' || /^'.*'$|^".*"$/.test(part)) out.add(part);
    else out.add('string');
  }
  return out.has('string') ? [...out].filter((p) => !/^'.*'$|^`/.test(p)).join(' | ') : [...out].join(' | ');
}

/** The element's own JSX/Vue props as interface members, shared by both frameworks. */
function ownMembers(element, writer, { eventKey, attributes }) {
  const lines = [];
  const settable = element.properties.filter((p) => !p.readonly);
  for (const p of settable) {
    const type = writer.write(p.type, () => {
      writer.imports.add(element.className);
      return `${element.className}['${p.name}']`;
    });
    const extra = p.attribute && p.attribute !== p.name ? `\nAttribute: \`${p.attribute}\`.` : '';
    lines.push(`${docComment(p.description + extra, '  ')}  ${key(p.name)}?: ${type};`);
  }
  if (attributes) {
    for (const a of element.attributes) {
      if (settable.some((p) => p.name === a.name)) continue;
      const note = a.fieldName ? `\nAttribute form of \`${a.fieldName}\`.` : '';
      lines.push(`${docComment(a.description + note, '  ')}  ${key(a.name)}?: ${attributeType(a.type)};`);
    }
  }
  for (const e of element.events) {
    const type = writer.write(e.type, () => `IxEvent<'${e.name}'>`);
    lines.push(`${docComment(`\`${e.name}\`: ${e.description}`, '  ')}  ${key(eventKey(e.name))}?: (event: ${type}) => void;`);
  }
  return lines.join('\n');
}

const banner = (pkg, what) =>
  `/*! ${pkg.name} v${pkg.version} | ${what}, generated from custom-elements.json by scripts/framework-types.mjs */\n`;

const eventHelper = `/** The event type the element declares in HTMLElementEventMap; a CustomEvent of unknown detail otherwise. */
type IxEvent<Name extends string> = Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent<unknown>;
`;

function importLine(writer, packageName, extra = []) {
  const names = [...new Set([...writer.imports, ...extra])].sort();
  return `import type { ${names.join(', ')} } from '${packageName}';\n`;
}

/** React 19 sets a custom element's property when the element has it (else the attribute) and
 * listens to `on<exact event name>`: both the property and the attribute spelling are typed. */
export function reactDeclarations(elements, pkg, exportsOfPackage, packageName = pkg.name) {
  const writer = typeWriter(exportsOfPackage);
  const interfaces = elements.map((element) => {
    const name = `${element.className}ReactProps`;
    writer.imports.add(element.className);
    return `${docComment(`Props of \`<${element.tagName}>\` in React 19 JSX: ${element.summary}`, '')}export interface ${name} {\n${ownMembers(element, writer, { eventKey: (n) => `on${n}`, attributes: true })}\n}\n`;
  });
  const intrinsic = elements
    .map((e) => `${docComment(e.summary, '      ')}      '${e.tagName}': IxJsxProps<${e.className}, ${e.className}ReactProps>;`)
    .join('\n');
  return `${banner(pkg, 'React 19 JSX types')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${importLine(writer, packageName)}
${eventHelper}
/** The element's own props win over React's generic HTML props of the same name. */
type IxJsxProps<E extends HTMLElement, Own> = Own & Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own>;

${interfaces.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${intrinsic}
    }
  }
}
`;
}

/** Vue 3: Volar checks a template tag against GlobalComponents, camel-casing attribute names and
 * turning `@ix-check` into `onIxCheck`; at run time Vue sets a custom element's property when it has one. */
export function vueDeclarations(elements, pkg, exportsOfPackage, packageName = pkg.name) {
  const writer = typeWriter(exportsOfPackage);
  const interfaces = elements.map((element) => {
    const name = `${element.className}VueProps`;
    return `${docComment(`Props of \`<${element.tagName}>\` in Vue 3 templates: ${element.summary}`, '')}export interface ${name} {\n${ownMembers(element, writer, { eventKey: (n) => `on${pascal(n)}`, attributes: false })}\n}\n`;
  });
  const components = elements
    .map((e) => `${docComment(e.summary, '    ')}    '${e.tagName}': DefineComponent<${e.className}VueProps>;`)
    .join('\n');
  // Even with no names to import, loading the package brings its HTMLElementEventMap entries (IxEvent).
  const packageImports = writer.imports.size > 0 ? importLine(writer, packageName) : `import type {} from '${packageName}';\n`;
  return `${banner(pkg, 'Vue 3 component types')}import type { DefineComponent } from 'vue';
${packageImports}
${eventHelper}
${interfaces.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${components}
  }
}
`;
}

/** VS Code's HTML custom data (version 1.1): tags with markdown descriptions, attributes and their values. */
export function vscodeCustomData(elements, pkg) {
  const docs = `https://www.npmjs.com/package/${pkg.name}`;
  const list = (title, items, label) =>
    items.length === 0 ? '' : `\n\n**${title}**\n${items.map((i) => `- ${label(i)}${i.description ? `: ${i.description.replace(/\s+/g, ' ')}` : ''}`).join('\n')}`;
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tagName,
      description: {
        kind: 'markdown',
        value:
          `**${e.summary}**\n\n${e.description}` +
          list('Events', e.events, (i) => `\`${i.name}\``) +
          list('Slots', e.slots, (i) => (i.name ? `\`${i.name}\`` : 'default')) +
          list('CSS parts', e.cssParts, (i) => `\`::part(${i.name})\``) +
          list('CSS custom properties', e.cssProperties, (i) => `\`${i.name}\``),
      },
      attributes: e.attributes.map((a) => {
        const values = a.type ? literalValues(a.type) : undefined;
        const isBoolean = a.type?.split('|').some((p) => p.trim() === 'boolean');
        const shown = a.default?.replace(/^'(.*)'$/, '$1');
        const suffix = shown ? ` Default: \`${shown}\`.` : '';
        return {
          name: a.name,
          description: { kind: 'markdown', value: `${a.description}${suffix}` },
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(isBoolean ? { valueSet: 'v' } : {}),
        };
      }),
      references: [
        { name: `${pkg.name} on npm`, url: docs },
        { name: 'custom-elements.json', url: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/custom-elements.json` },
      ],
    })),
  };
}

/** Everything the build writes, as { relative path: text }. */
export function generateFrameworkFiles({ manifest, pkg, exportsOfPackage, packageName = pkg.name }) {
  const elements = elementsOf(manifest);
  if (elements.length === 0) throw new Error('framework types: custom-elements.json declares no custom elements (run `npm run manifest`).');
  return {
    'frameworks/react.d.ts': reactDeclarations(elements, pkg, exportsOfPackage, packageName),
    'frameworks/vue.d.ts': vueDeclarations(elements, pkg, exportsOfPackage, packageName),
    'vscode.html-custom-data.json': `${JSON.stringify(vscodeCustomData(elements, pkg), null, 2)}\n`,
  };
}

export function writeFrameworkFiles({ projectRoot = root, outDir = join(projectRoot, 'dist'), packageName } = {}) {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  const exportsOfPackage = exportedNames(join(projectRoot, 'src/index.ts'));
  const files = generateFrameworkFiles({ manifest, pkg, exportsOfPackage, packageName });
  for (const [path, text] of Object.entries(files)) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return Object.keys(files).map((path) => join(outDir, path));
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const written = writeFrameworkFiles();
  console.log(`framework types: ${written.map((f) => f.slice(root.length)).join(', ')}`);
}
