/**
 * Lit ships hooks for pages that Lit's own polyfills or its server-side rendering prepare, and a
 * fallback for browsers without constructable stylesheets, and template parts for bindings we never
 * write, and the reuse of a shadow root found on the element (for server-rendered markup). None of
 * them can run for this bundle: every browser it supports (README, `build.target`)
 * adopts stylesheets into real shadow roots, no page renders our elements on a server (there is
 * nothing to hydrate; the first paint a snippet declares is replaced, not hydrated), the version lists are read only by Lit's development build, and the
 * bundle's lit-html renders only our own templates (it exports no Lit API), which bind attributes,
 * text and events only (and no page can reach Lit's CSSResult, so its guards and advice for page
 * authors have no reader). Built without them, dist/ix-widgets.js is −316 B gzip, −290 B brotli
 * (hooks, fallback, versions), −164 B gzip, −183 B brotli (template parts) and −118 B gzip, −159 B
 * brotli (the CSSResult guard and advice) as size-limit measures it, with the same styles, DOM and
 * behaviour; not reusing the root takes out 16 characters. Decorator metadata stays: a page that
 * subclasses an exported element with standard decorators still gets its properties.
 *
 * Each edit names the exact text it replaces in Lit's production build. When a Lit upgrade
 * changes that text the build fails here, naming the edit, instead of quietly keeping the bytes;
 * scripts/lit-for-supported-browsers.test.ts checks every edit against the installed Lit. And
 * when a module of ours starts to use a template part taken out, the build fails too, naming it.
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
    why: 'only our own modules make CSSResults, through css`` (this bundle exports no Lit API, so no page can call the constructor)',
    file: '@lit/reactive-element/css-tag.js',
    find: /if\(this\._\$cssResult\$=!0,o!==s\)throw Error\("CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."\);/,
    replace: 'this._$$cssResult$$=!0;',
  },
  {
    why: "a value interpolated into our css`` is ours, written in the source: its mistake shows as the bundle loads in any test, so Lit's advice to page authors can be a name",
    file: '@lit/reactive-element/css-tag.js',
    find: /throw Error\("Value passed to 'css' function must be a 'css' function result: "\+t\+"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."\)/,
    replace: 'throw Error("css: "+t)',
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
    why: 'a shadow root the page declared (<template shadowrootmode>, the first paint a snippet carries) is attached again, which empties it, instead of rendered into beside its copy; no other shadow root exists before the first render',
    file: '@lit/reactive-element/reactive-element.js',
    find: /(?<=createRenderRoot\(\)\{const t=)this\.shadowRoot\?\?(?=this\.attachShadow\(this\.constructor\.shadowRootOptions\))/,
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
  // Our templates are the only ones this bundle's lit-html ever renders (it exports no Lit API),
  // and they bind attributes, text and events only; templateUses below stops the build if one
  // starts to need what these edits take out.
  {
    why: 'no template of ours binds a property (.name=${…}) or a boolean attribute (?name=${…})',
    file: 'lit-html/lit-html.js',
    find: /(?<=ctor:)"\."===e\[1\]\?I:"\?"===e\[1\]\?L:(?="@"===e\[1\]\?z:H\})/,
    replace: '',
  },
  {
    why: 'the property and boolean attribute parts, unused since the edit above',
    file: 'lit-html/lit-html.js',
    find: /class I extends H\{constructor\(\)\{super\(\.\.\.arguments\),this\.type=3\}j\(t\)\{this\.element\[this\.name\]=t===A\?void 0:t\}\}class L extends H\{constructor\(\)\{super\(\.\.\.arguments\),this\.type=4\}j\(t\)\{this\.element\.toggleAttribute\(this\.name,!!t&&t!==A\)\}\}/,
    replace: '',
  },
  {
    why: 'no template of ours binds an element (<div ${…}>: only a directive can use that, and we import none)',
    file: 'lit-html/lit-html.js',
    find: /else t\.startsWith\(o\)&&\(d\.push\(\{type:6,index:l\}\),r\.removeAttribute\(t\)\)/,
    replace: '',
  },
  {
    why: 'no element part is made, since the edit above',
    file: 'lit-html/lit-html.js',
    find: /:6===r\.type&&\(i=new Z\(h,this,t\)\)(?=,this\._\$AV\.push\(i\))/,
    replace: ':0',
  },
  {
    why: 'the element part, unused since the edits above',
    file: 'lit-html/lit-html.js',
    find: /class Z\{constructor\(t,i,s\)\{this\.element=t,this\.type=6,this\._\$AN=void 0,this\._\$AM=i,this\.options=s\}get _\$AU\(\)\{return this\._\$AM\._\$AU\}_\$AI\(t\)\{M\(this,t\)\}\}/,
    replace: '',
  },
  {
    why: "the removed parts in lit-html's private exports for server rendering (never imported here)",
    file: 'lit-html/lit-html.js',
    find: /,N:L,U:z,B:I,F:Z\}/,
    replace: ',U:z}',
  },
  {
    why: 'no template of ours is an svg`` or mathml`` one (no wrapper element to add)',
    file: 'lit-html/lit-html.js',
    find: /(?<=let n,l=)2===i\?"<svg>":3===i\?"<math>":""/,
    replace: '""',
  },
  {
    why: 'no template of ours is an svg`` or mathml`` one (no wrapper element to close)',
    file: 'lit-html/lit-html.js',
    find: /\+\(2===i\?"<\/svg>":3===i\?"<\/math>":""\)/,
    replace: '',
  },
  {
    why: 'no template of ours is an svg`` or mathml`` one (no wrapper element to take off)',
    file: 'lit-html/lit-html.js',
    find: /,2===i\|\|3===i\)\{const t=this\.el\.content\.firstChild;t\.replaceWith\(\.\.\.t\.childNodes\)\}/,
    replace: ')',
  },
];

/**
 * What the lit-html edits above take out, as it would appear in a module of ours. A module that
 * imports Lit and uses one of them stops the build (templateUses), instead of rendering wrongly.
 */
export const removedTemplateFeatures = [
  { what: 'a property binding (.name=${…})', find: /\s\.[a-z][\w-]*=\$\{/i },
  { what: 'a boolean attribute binding (?name=${…})', find: /\s\?[a-z][\w-]*=\$\{/i },
  { what: 'an svg`` or mathml`` template', find: /\b(?:svg|mathml)`/ },
  { what: 'a directive (the only use of an element binding)', find: /from\s*['"]lit(?:-html)?\/(?:(?:async-)?directive(?:\.js)?['"]|directives\/(?!if-defined\.js['"]))/ },
];

const importsLit = /from\s*['"](?:lit|lit-html|lit-element)(?:\/[\w./-]*)?['"]/;

/** The template features of removedTemplateFeatures that a module uses (none, for a module that does not import Lit). */
export function templateUses(code: string): string[] {
  return importsLit.test(code) ? removedTemplateFeatures.filter((feature) => feature.find.test(code)).map((feature) => feature.what) : [];
}

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
    transform: {
      // Before any other plugin, so the template check reads each module as it was written.
      order: 'pre',
      handler(code, id) {
        const path = id.replaceAll('\\', '/');
        const file = files.find((f) => path.endsWith(`/node_modules/${f}`));
        if (file) return { code: editLit(file, code), map: null };
        const uses = templateUses(code);
        if (uses.length > 0) {
          throw new Error(`lit-for-supported-browsers: ${id} uses ${uses.join(', ')}, which this build takes out of lit-html; remove that edit from scripts/lit-for-supported-browsers.ts`);
        }
        return undefined;
      },
    },
  };
}
