/**
 * The `ix-foreground` test command: brings the calling test's tab to the front.
 *
 * With two test files at once in one Chromium, one tab is hidden, and a hidden page does not
 * render: no animation frames, no CSS transition runs or ends, no media-query change event. Tests
 * of whole pages that wait for those (tests/support/page-frame.ts) ask for the front first.
 * Launchers driven through puppeteer (Chromium, and Firefox over BiDi) can activate a page; the
 * others run one page at a time, which is always in front.
 */
export function foregroundPlugin() {
  return {
    name: 'ix-foreground-command',
    async executeCommand({ command, session }) {
      if (command !== 'ix-foreground') return undefined;
      if (session.browser.type === 'puppeteer' || session.browser.type === 'playwright') {
        await session.browser.getPage(session.id).bringToFront();
      }
      return true;
    },
  };
}
