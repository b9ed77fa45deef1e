import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findChrome, findFirefox, findWebKit, howToInstall, missingFor, selectedEngines } from './find-browsers.mjs';

function fakeExecutable(name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ix-browser-')), name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

/** Runs `fn` with environment variables set (undefined = unset), then restores them. */
function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const originalWarn = console.warn;
  console.warn = () => undefined;
  try {
    for (const [key, value] of Object.entries(vars)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    return fn();
  } finally {
    console.warn = originalWarn;
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

test('CHROME_PATH wins over the usual places when it is an executable', () => {
  const fake = fakeExecutable('chrome');
  assert.equal(withEnv({ CHROME_PATH: fake }, findChrome), fake);
});

test('a CHROME_PATH that is not executable is skipped, not trusted', () => {
  assert.notEqual(withEnv({ CHROME_PATH: '/nonexistent/chrome' }, findChrome), '/nonexistent/chrome');
});

test('FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH and MINIBROWSER_PATH are honoured the same way', () => {
  const firefox = fakeExecutable('firefox');
  const driver = fakeExecutable('WebKitWebDriver');
  const browser = fakeExecutable('MiniBrowser');
  assert.equal(withEnv({ FIREFOX_PATH: firefox }, findFirefox), firefox);
  assert.deepEqual(withEnv({ WEBKIT_WEBDRIVER_PATH: driver, MINIBROWSER_PATH: browser }, findWebKit), { driver, browser });
  assert.notEqual(withEnv({ FIREFOX_PATH: '/nonexistent/firefox' }, findFirefox), '/nonexistent/firefox');
});

test('all three engines run unless IX_BROWSERS names fewer; an unknown name is refused', () => {
  assert.deepEqual(selectedEngines(''), ['chromium', 'firefox', 'webkit']);
  assert.deepEqual(selectedEngines(' WebKit, chromium '), ['chromium', 'webkit']);
  assert.throws(() => selectedEngines('chromium,safari'), /"safari".*chromium, firefox, webkit/);
});

test('what is missing names the programs, the Debian packages and the overrides', () => {
  const nothingInstalled = { find: () => undefined, missingFonts: () => ['Liberation Sans'] };
  const missing = missingFor(['chromium', 'webkit'], nothingInstalled);
  assert.deepEqual(
    missing.map((m) => m.name),
    ['chromium', 'webkitDriver', 'miniBrowser', 'xvfb', 'fonts'],
  );
  const message = howToInstall(missing);
  assert.match(message, /sudo apt-get update && sudo apt-get install -y chromium webkit2gtk-driver xvfb fontconfig fonts-liberation fonts-dejavu-core/);
  for (const variable of ['CHROME_PATH', 'WEBKIT_WEBDRIVER_PATH', 'MINIBROWSER_PATH', 'XVFB_PATH']) assert.match(message, new RegExp(`export ${variable}=`));
  assert.match(message, /IX_BROWSERS=chromium npm test/);
  assert.deepEqual(missingFor(['firefox'], { find: () => '/x', missingFonts: () => [] }), []);
});

test('--optional never fails, and names only the engines asked for', () => {
  const out = execFileSync(process.execPath, [new URL('./find-browsers.mjs', import.meta.url).pathname, '--optional', 'firefox'], {
    encoding: 'utf8',
    env: { ...process.env, FIREFOX_PATH: '/nonexistent/firefox' },
  });
  assert.match(out, /^firefox: /m);
  assert.doesNotMatch(out, /chromium|webkit/);
});
