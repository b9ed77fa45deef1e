/**
 * The generated React/Vue declarations and VS Code custom data, from the real custom-elements.json:
 * nothing of the elements' API is missing, a correct app type-checks (the React and Vue demos
 * included), and a wrong prop, attribute value or event use is a type error on its own line.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import ts from 'typescript';
import { exportedNames, generateFrameworkFiles } from './framework-types.mjs';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.cache', 'framework-types-test');

interface ManifestElement {
  tagName: string;
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean }[];
  attributes?: { name: string }[];
  events?: { name: string }[];
}

/** Read straight from the manifest, independently of the generator. */
function manifestElements(): ManifestElement[] {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: (ManifestElement & { customElement?: boolean })[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
}
const settableProperties = (element: ManifestElement) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public');
const pascalEvent = (name: string) => `on${name.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase())}`;

let files: Record<string, string>;

before(() => {
  const manifest: unknown = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  files = generateFrameworkFiles({ manifest, pkg, exportsOfPackage: exportedNames(join(root, 'src/index.ts')) });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
});

describe('generated from the manifest', () => {
  test('the manifest has (at least) the four elements the usages below exercise', () => {
    const tags = manifestElements().map((e) => e.tagName);
    for (const tag of ['ix-concession-checker', 'ix-provider', 'ix-technique-card', 'ix-trial-cta']) assert.ok(tags.includes(tag), tag);
  });

  test('React: every element, settable property, attribute and `on<event>` prop', () => {
    const react = files['frameworks/react.d.ts'] ?? '';
    for (const element of manifestElements()) {
      assert.match(react, new RegExp(`'${element.tagName}': IxJsxProps<`), element.tagName);
      const start = react.indexOf(`Props of \`<${element.tagName}>\``);
      assert.ok(start >= 0, element.tagName);
      const own = react.slice(start, react.indexOf('\n}\n', start));
      for (const p of settableProperties(element)) assert.match(own, new RegExp(`\\n  ${p.name}\\?: `), `${element.tagName} .${p.name}`);
      for (const a of element.attributes ?? []) assert.match(own, new RegExp(`\\n  '?${a.name}'?\\?: `), `${element.tagName} [${a.name}]`);
      for (const e of element.events ?? []) assert.match(own, new RegExp(`\\n  'on${e.name}'\\?: \\(event: `), `${element.tagName} on${e.name}`);
    }
  });

  test('Vue: every element as a global component, with properties and `on<Event>` props', () => {
    const vue = files['frameworks/vue.d.ts'] ?? '';
    for (const element of manifestElements()) {
      assert.match(vue, new RegExp(`'${element.tagName}': DefineComponent<\\w+VueProps>`), element.tagName);
      const start = vue.indexOf(`Props of \`<${element.tagName}>\``);
      const own = vue.slice(start, vue.indexOf('\n}\n', start));
      for (const p of settableProperties(element)) assert.match(own, new RegExp(`\\n  ${p.name}\\?: `), `${element.tagName} .${p.name}`);
      for (const e of element.events ?? []) assert.match(own, new RegExp(`\\n  ${pascalEvent(e.name)}\\?: \\(event: `), `${element.tagName} @${e.name}`);
    }
  });

  test('VS Code custom data: every tag and attribute, enum values, boolean value sets, docs links', () => {
    const data = JSON.parse(files['vscode.html-custom-data.json'] ?? '{}') as {
      version: number;
      tags: { name: string; description: { value: string }; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[]; references: { url: string }[] }[];
    };
    assert.equal(data.version, 1.1);
    for (const element of manifestElements()) {
      const tag = data.tags.find((t) => t.name === element.tagName);
      assert.ok(tag, element.tagName);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (element.attributes ?? []).map((a) => a.name).sort());
      for (const e of element.events ?? []) assert.match(tag.description.value, new RegExp(`\`${e.name}\``));
      assert.ok(tag.references.every((r) => /^https:\/\//.test(r.url)));
    }
    const card = data.tags.find((t) => t.name === 'ix-technique-card');
    assert.deepEqual(card?.attributes.find((a) => a.name === 'variant')?.values, [{ name: 'full' }, { name: 'compact' }]);
    const checker = data.tags.find((t) => t.name === 'ix-concession-checker');
    assert.equal(checker?.attributes.find((a) => a.name === 'show-first-request')?.valueSet, 'v');
  });
});

/** Type-checks `sources` (path → text, written into outDir) with the framework's generated module. */
function typeCheck(framework: 'react' | 'vue', sources: Record<string, string>, extraFiles: string[] = []) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, `demo/${framework}/tsconfig.json`), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
  });
  assert.ok(config);
  const paths = { 'ix-widgets': [join(root, 'src/index.ts')], [`ix-widgets/${framework}`]: [join(outDir, `frameworks/${framework}.d.ts`)] };
  const names = Object.entries(sources).map(([name, text]) => {
    writeFileSync(join(outDir, name), text);
    return join(outDir, name);
  });
  const program = ts.createProgram([...names, ...extraFiles], { ...config.options, paths, noEmit: true });
  const errorLines = new Map<string, number[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    assert.ok(d.file, ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    const line = d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1;
    errorLines.set(d.file.fileName, [...(errorLines.get(d.file.fileName) ?? []), line]);
  }
  const messages = ts.formatDiagnostics(ts.getPreEmitDiagnostics(program), { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });
  return { errorLines: (file: string) => [...new Set(errorLines.get(file) ?? [])], messages };
}

/** Lines marked `// wrong` in a source: each must carry an error, and nothing else may. */
const wrongLines = (text: string) => text.split('\n').flatMap((line, i) => (/\/[/*] wrong/.test(line) ? [i + 1] : []));

const reactOk = `import type {} from 'ix-widgets/react';
import type { IxTechniqueCard, Verdict } from 'ix-widgets';
import { useRef } from 'react';

export function Page() {
  const card = useRef<IxTechniqueCard>(null);
  let verdict: Verdict = 'empty';
  return (
    <ix-provider theme="dark" trial-days="7" className="page">
      <ix-technique-card ref={card} technique="make-the-step-down-visibly-deliberate" variant="compact" headingLevel={2} heading-level="4" cta="none" no-structured-data style={{ margin: 0 }} onix-card-error={(event) => console.log(event.detail)} />
      <ix-concession-checker value="Fine." debounce={0} show-first-request first-request="The whole report" onix-check={(event) => { verdict = event.detail.verdict; }} />
      <ix-trial-cta price={40} trialDays="7" layout="banner" onix-cta-click={(event) => { event.preventDefault(); const href: string = event.detail.href; console.log(href, verdict); }}>
        <span slot="label">Try it</span>
      </ix-trial-cta>
    </ix-provider>
  );
}
`;

const reactWrong = `import type {} from 'ix-widgets/react';

export function Page() {
  return (
    <>
      <ix-technique-card
        variant="huge" // wrong: not 'full' | 'compact'
        headingLevel="three" // wrong: a number property
      />
      <ix-technique-card tecnique="typo" /> {/* wrong: no such prop */}
      <ix-concession-checker
        debounce="fast" // wrong: a number property
        onix-check={(event) => event.detail.verdict === 'great'} // wrong: not a Verdict
      />
      <ix-trial-cta onix-cta-click={(event) => event.detail.nope} /> {/* wrong: no such detail */}
      <ix-provider config={{}} /> {/* wrong: read-only property */}
    </>
  );
}
`;

const vueOk = `import type {} from 'ix-widgets/vue';
import { h, type GlobalComponents } from 'vue';

declare const components: GlobalComponents;
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: PropsOf<'ix-technique-card'> = { technique: 'make-the-step-down-visibly-deliberate', variant: 'compact', headingLevel: 2, class: 'card' };
export const vnodes = [
  h(components['ix-technique-card'], { variant: 'full', onIxCardView: (event) => console.log(event.detail) }),
  h(components['ix-concession-checker'], { showFirstRequest: true, onIxCheck: (event) => console.log(event.detail.verdict) }),
  h(components['ix-trial-cta'], { price: 40, onIxCtaClick: (event) => { event.preventDefault(); console.log(event.detail.href); } }),
];
`;

const vueWrong = `import type {} from 'ix-widgets/vue';
import { h, type GlobalComponents } from 'vue';

declare const components: GlobalComponents;
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const card: PropsOf<'ix-technique-card'> = {
  variant: 'huge', // wrong: not 'full' | 'compact'
};
export const checker: PropsOf<'ix-concession-checker'> = {
  debounce: 'fast', // wrong: a number property
};
export const vnodes = [
  h(components['ix-concession-checker'], { onIxCheck: (event) => event.detail.verdict === 'great' }), // wrong: not a Verdict
  h(components['ix-trial-cta'], { onIxCtaClick: (event) => event.detail.nope }), // wrong: no such detail
];
`;

describe('type-checked with the TypeScript compiler', () => {
  test('React 19: a correct app and the React demo compile; each wrong use is an error on its line', () => {
    const { errorLines, messages } = typeCheck('react', { 'react-ok.tsx': reactOk, 'react-wrong.tsx': reactWrong }, [join(root, 'demo/react/main.tsx')]);
    assert.deepEqual(errorLines(join(outDir, 'react-ok.tsx')), [], messages);
    assert.deepEqual(errorLines(join(root, 'demo/react/main.tsx')), [], messages);
    assert.deepEqual(errorLines(join(outDir, 'react-wrong.tsx')).sort((a, b) => a - b), wrongLines(reactWrong), messages);
  });

  test('Vue 3: correct props and handlers and the Vue demo compile; each wrong use is an error on its line', () => {
    const { errorLines, messages } = typeCheck('vue', { 'vue-ok.ts': vueOk, 'vue-wrong.ts': vueWrong }, [join(root, 'demo/vue/main.ts'), join(root, 'demo/vue/shims.d.ts')]);
    assert.deepEqual(errorLines(join(outDir, 'vue-ok.ts')), [], messages);
    assert.deepEqual(errorLines(join(root, 'demo/vue/main.ts')), [], messages);
    assert.deepEqual(errorLines(join(outDir, 'vue-wrong.ts')).sort((a, b) => a - b), wrongLines(vueWrong), messages);
  });
});
