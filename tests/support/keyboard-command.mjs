/**
 * The `ix-keyboard` test command: real key presses in every engine the suite drives (the test
 * side is tests/support/keyboard.ts).
 *
 * @web/test-runner-commands' sendKeys is not enough outside Chromium: through WebDriver it cannot
 * hold a key (Shift+Tab), and it sends typed text as one chord — every key down, then every key
 * up — which WebKitWebDriver turns into dropped repeated characters. Here each character is its
 * own down/up pair, and a held key stays down between calls (WebDriver keeps input state until
 * released). Key names are the DOM's `KeyboardEvent.key` values; a space is `' '`.
 */

/** WebDriver's code points for the named keys tests use (WebDriver spec, "keyboard actions"). */
const webdriverKeys = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

function webdriverKey(key) {
  if ([...key].length === 1) return key;
  const code = webdriverKeys[key];
  if (!code) throw new Error(`ix-keyboard: no WebDriver code for the key "${key}" (add it to tests/support/keyboard-command.mjs)`);
  return code;
}

function isPayload(payload) {
  return (
    payload &&
    ['press', 'type', 'down', 'up'].includes(payload.action) &&
    typeof payload.keys === 'string' &&
    payload.keys.length > 0
  );
}

export function keyboardPlugin() {
  return {
    name: 'ix-keyboard',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ix-keyboard') return undefined;
      if (!isPayload(payload)) throw new Error('ix-keyboard expects { action: "press" | "type" | "down" | "up", keys: string }');
      const { action, keys } = payload;
      const browser = session.browser;

      if (browser.type === 'puppeteer') {
        const page = browser.getPage(session.id);
        // Chromium runs two files at once, each in its own window; keys sent to the window that is
        // not in front went unanswered for over 20 s on a loaded machine (seen in a clean run).
        if (browser.engine === 'chromium') await page.bringToFront();
        const keyboard = page.keyboard;
        if (action === 'type') await keyboard.type(keys);
        else await keyboard[action](keys);
        return true;
      }

      if (browser.type === 'webdriver') {
        const steps = action === 'type' ? [...keys] : [keys];
        const actions = steps.flatMap((key) => {
          const value = webdriverKey(key);
          if (action === 'down') return [{ type: 'keyDown', value }];
          if (action === 'up') return [{ type: 'keyUp', value }];
          return [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ];
        });
        await browser.driver.performActions([{ type: 'key', id: 'ix-keyboard', actions }]);
        return true;
      }

      throw new Error(`ix-keyboard: browsers of type ${browser.type} are not supported`);
    },
  };
}
