/*
 * Injected as the first script of a page opened by tests/support/page-frame.ts (the test server
 * adds it when the URL carries `ix-probe`). It runs before anything else on the page, so the test
 * sees every uncaught error, console error and CSP violation of the page from its very start — in
 * every engine, without a browser-specific protocol. A plain external script: a strict CSP with
 * `script-src 'self'` and Trusted Types allows it.
 */
(() => {
  const probe = { errors: [], warnings: [], violations: [], loaded: false };
  window.__ixProbe = probe;
  const describe = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  window.addEventListener('error', (event) => {
    // A failed subresource (a refused script, say) fires `error` on the element, not uncaught.
    if (event.target !== window && event.target instanceof Element) return;
    probe.errors.push(`uncaught: ${describe(event.error ?? event.message)}`);
  });
  window.addEventListener('unhandledrejection', (event) => probe.errors.push(`unhandled rejection: ${describe(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) =>
    probe.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim()),
  );
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      (level === 'error' ? probe.errors : probe.warnings).push(args.map(describe).join(' '));
      original(...args);
    };
  }
  window.addEventListener('load', () => (probe.loaded = true));
})();
