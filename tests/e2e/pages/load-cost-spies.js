// Counts what the page builds, installed before the bundle (tests/e2e/load-cost.test.ts): number
// formats (a page's first Intl.NumberFormat loads ICU's number data), Unicode regular expressions
// built with the RegExp constructor, and the text of every constructed stylesheet.
(() => {
  const built = { numberFormats: [], unicodePatterns: 0, sheets: [] };
  window.__built = built;
  const count = (args) => built.numberFormats.push(JSON.stringify(args));
  Intl.NumberFormat = new Proxy(Intl.NumberFormat, {
    construct: (target, args) => (count(args), Reflect.construct(target, args)),
    apply: (target, self, args) => (count(args), Reflect.apply(target, self, args)),
  });
  window.RegExp = new Proxy(RegExp, {
    construct: (target, args) => {
      if (String(args[1] ?? '').includes('u')) built.unicodePatterns++;
      return Reflect.construct(target, args);
    },
  });
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function (text) {
    built.sheets.push(text);
    return replaceSync.call(this, text);
  };
})();
