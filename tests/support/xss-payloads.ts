/**
 * Hostile strings for the XSS tests: script tags, event-handler attributes, javascript:/data:/
 * vbscript: URLs, SVG and MathML tricks, entity and case tricks, attribute and element break-outs.
 * Each payload, if it ever ran, would call `window.__ixXss(id)`; `installXssTrap` records those
 * calls, so a test proves both that the text shows as text and that nothing executed.
 */
const call = (id: number) => `__ixXss(${id})`;

export const xssPayloads: readonly string[] = [
  `<script>${call(1)}</script>`,
  `<img src=x onerror=${call(2)}>`,
  `<svg onload=${call(3)}>`,
  `<svg><script>${call(4)}</script></svg>`,
  `javascript:${call(5)}`,
  `JaVaScRiPt:${call(6)}`,
  ` javascript:${call(7)}`,
  `java\tscript:${call(8)}`,
  `java&#x09;script:${call(9)}`,
  `&#106;avascript:${call(10)}`,
  `data:text/html,<script>${call(11)}</script>`,
  `data:text/html;base64,${btoa(`<script>${call(12)}</script>`)}`,
  `vbscript:msgbox(13)`,
  `"><img src=x onerror=${call(14)}>`,
  `'><svg/onload=${call(15)}>`,
  `<iframe src="javascript:parent.${call(16)}"></iframe>`,
  `<iframe srcdoc="<script>parent.${call(17)}</script>"></iframe>`,
  `<body onload=${call(18)}>`,
  `<details open ontoggle=${call(19)}>`,
  `<input autofocus onfocus=${call(20)}>`,
  `<a href="javascript:${call(21)}">click me</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${call(22)}>`,
  `<object data="javascript:${call(23)}"></object>`,
  `<embed src="javascript:${call(24)}">`,
  `<video><source onerror=${call(25)}></video>`,
  `<audio src=x onerror=${call(26)}>`,
  `<marquee onstart=${call(27)}>x</marquee>`,
  `<style>@import 'javascript:${call(28)}';</style>`,
  `<link rel=stylesheet href="javascript:${call(29)}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${call(30)}">`,
  `<form><button formaction=javascript:${call(31)}>go</button></form>`,
  `<isindex action=javascript:${call(32)} type=image>`,
  `<img src="x\` \`<script>${call(33)}</script>"\`>`,
  `<IMG SRC=x OnErRoR=${call(34)}>`,
  `<img src=x onerror="&#95;&#95;ixXss(35)">`,
  `<scr<script>ipt>${call(36)}</scr</script>ipt>`,
  `\${${call(37)}}`,
  `{{constructor.constructor('${call(38)}')()}}`,
  `</textarea><img src=x onerror=${call(39)}>`,
  `</title><img src=x onerror=${call(40)}>`,
  `</script><script>${call(41)}</script>`,
  `<!--<img src="--><img src=x onerror=${call(42)}>-->`,
  `<svg><animate onbegin=${call(43)} attributeName=x dur=1s>`,
  `<svg><a xlink:href="javascript:${call(44)}"><text x=20 y=20>x</text></a></svg>`,
  `<base href="javascript:${call(45)}//">`,
  `<div style="background:url(javascript:${call(46)})">x</div>`,
  `<x onclick=${call(47)}>click</x>`,
  `\\u003cimg src=x onerror=${call(48)}\\u003e`,
  `%3Cimg%20src%3Dx%20onerror%3D${call(49)}%3E`,
  `<img src=x onerror=${call(50)}//`,
  `" onmouseover="${call(51)}`,
  `' onfocus='${call(52)}' autofocus='`,
  `<select autofocus onfocus=${call(53)}></select>`,
  `<textarea autofocus onfocus=${call(54)}></textarea>`,
  `<noscript><p title="</noscript><img src=x onerror=${call(55)}>">`,
  `https://example.com/"><img src=x onerror=${call(56)}>`,
  `javascript&colon;${call(57)}`,
  `\u0000javascript:${call(58)}`,
  `<img src=x:alert onerror=${call(59)}>`,
  `<svg><style><img src=x onerror=${call(60)}></style></svg>`,
  `<template><img src=x onerror=${call(61)}></template><img src=x onerror=${call(62)}>`,
  `<a href="&#x6A;avascript:${call(63)}">entity href</a>`,
];

export interface XssTrap {
  /** Ids of payloads that executed. */
  readonly executed: number[];
  restore(): void;
}

export function installXssTrap(): XssTrap {
  const executed: number[] = [];
  const target = window as unknown as { __ixXss?: (id: number) => void };
  target.__ixXss = (id: number) => {
    executed.push(id);
  };
  return {
    executed,
    restore: () => {
      delete target.__ixXss;
    },
  };
}
