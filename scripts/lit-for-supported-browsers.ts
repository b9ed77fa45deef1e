/**
 * Lit ships hooks for pages that Lit's own polyfills or its server-side rendering prepare, and a
 * fallback for browsers without constructable stylesheets, and support for decorators. None of
 * them can run for this bundle: every browser it supports (README, `build.target`) adopts
 * stylesheets into real shadow roots, no page renders our elements on a server (there is nothing
 * to hydrate), the version lists are read only by Lit's development build, and our elements
 * declare their properties in a static getter, never with a decorator. Built without them,
 * dist/ix-widgets.js is −316 B gzip, −290 B brotli (hooks, fallback, versions) and −78 B gzip,
 * −38 B brotli (decorator metadata) as size-limit measures it, with the same styles, DOM and
 * behaviour.
 *
 * Each edit names the exact text it replaces in Lit's production build. When a Lit upgrade
 * changes that text the build fails here, naming the edit, instead of quietly keeping the bytes;
 * scripts/lit-for-supported-browsers.test.ts checks every edit against the installed Lit.
 */
import type { Plugin } from 'vite';

export interface LitEdit {
  /** Why this text can go, for the error when it no longer matches. */
  why: string;
  /** The file inside node_modules that holds the text. */
  file: string;
  find: RegExp;
  replace: string;
}

export const litEdits: LitEdit[] = [
  {
    why: 'every supported browser adopts constructable stylesheets (no ShadyCSS, no <style> fallback)',
    file: '@lit/reactive-element/css-tag.js',
    find: /(?<=,e=)t\.ShadowRoot&&\(void 0===t\.ShadyCSS\|\|t\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype(?=,)/,
    replace: '!0',
  },
  {
    why: 'a stylesheet is always made when asked for (the adopting branch only)',
    file: '@lit/reactive-element/css-tag.js',
    find: /if\(e&&void 0===t\)/,
    replace: 'if(void 0===t)',
  },
  {
    why: 'styles are always adopted, never copied into <style> elements',
    file: '@lit/reactive-element/css-tag.js',
    find: /\{if\(e\)(s\.adoptedStyleSheets=o\.map\(t=>t instanceof CSSStyleSheet\?t:t\.styleSheet\));else for\(const e of o\)\{const o=document\.createElement\("style"\),n=t\.litNonce;void 0!==n&&o\.setAttribute\("nonce",n\),o\.textContent=e\.cssText,s\.appendChild\(o\)\}\}/,
    replace: '{$1}',
  },
  {
    why: 'a constructed stylesheet is used as it is, never turned back into text',
    file: '@lit/reactive-element/css-tag.js',
    find: /(?<=,c=)e\?t=>t:t=>t instanceof CSSStyleSheet\?\(t=>\{let e="";for\(const s of t\.cssRules\)e\+=s\.cssText;return r\(e\)\}\)\(t\):t(?=;)/,
    replace: 't=>t',
  },
  {
    why: 'no class in this bundle has a standard decorator, the only writer of this metadata',
    file: '@lit/reactive-element/reactive-element.js',
    find: /Symbol\.metadata\?\?=Symbol\("metadata"\),a\.litPropertyMetadata\?\?=new WeakMap;/,
    replace: '',
  },
  {
    why: 'no class in this bundle has a standard decorator, so no property is declared in metadata',
    file: '@lit/reactive-element/reactive-element.js',
    find: /const t=this\[Symbol\.metadata\];if\(null!==t\)\{const s=litPropertyMetadata\.get\(t\);if\(void 0!==s\)for\(const\[t,i\]of s\)this\.elementProperties\.set\(t,i\)\}/,
    replace: '',
  },
  {
    why: "no polyfill patches this bundle's ReactiveElement",
    file: '@lit/reactive-element/reactive-element.js',
    find: /,p=a\.reactiveElementPolyfillSupport(?=,)/,
    replace: '',
  },
  {
    why: "no polyfill patches it, and only Lit's development build reads the version list",
    file: '@lit/reactive-element/reactive-element.js',
    find: /,p\?\.\(\{ReactiveElement:y\}\),\(a\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)(?=;)/,
    replace: '',
  },
  {
    why: "no polyfill patches lit-html, and only Lit's development build reads the version list",
    file: 'lit-html/lit-html.js',
    find: /,B=t\.litHtmlPolyfillSupport;B\?\.\(S,k\),\(t\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\);/,
    replace: ';',
  },
  {
    why: 'no page renders these elements on a server, and no polyfill patches LitElement',
    file: 'lit-element/lit-element.js',
    find: /,s\.litElementHydrateSupport\?\.\(\{LitElement:i\}\);const o=s\.litElementPolyfillSupport;o\?\.\(\{LitElement:i\}\);/,
    replace: ';',
  },
  {
    why: "only Lit's development build reads the version list",
    file: 'lit-element/lit-element.js',
    find: /\(s\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/,
    replace: '',
  },
];

/** Applies the edits for one file of Lit, or throws naming the first that no longer matches. */
export function editLit(file: string, code: string): string {
  let edited = code;
  for (const edit of litEdits.filter((e) => e.file === file)) {
    if (!edit.find.test(edited)) {
      throw new Error(`lit-for-supported-browsers: ${file} no longer holds ${edit.find} (${edit.why}); update the edit for this Lit version`);
    }
    edited = edited.replace(edit.find, edit.replace);
  }
  return edited;
}

export function litForSupportedBrowsers(): Plugin {
  const files = [...new Set(litEdits.map((edit) => edit.file))];
  return {
    name: 'ix-lit-for-supported-browsers',
    apply: 'build',
    transform(code, id) {
      const file = files.find((f) => id.replaceAll('\\', '/').endsWith(`/node_modules/${f}`));
      return file ? { code: editLit(file, code), map: null } : undefined;
    },
  };
}
