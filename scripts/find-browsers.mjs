#!/usr/bin/env node
/**
 * Finds what the browser tests run in: Chromium, Firefox, and WebKit (WebKitGTK's WebDriver and
 * MiniBrowser, shown on an Xvfb display), plus the fonts the layout tests assume.
 *
 *   node scripts/find-browsers.mjs             print what was found; when something is missing,
 *                                              install it on Debian as root with apt-get (saying
 *                                              so first), else say how to install it and exit 1
 *   node scripts/find-browsers.mjs --optional  never install and never fail
 *   node scripts/find-browsers.mjs chromium    only what the named engines need
 *
 * Which engines: all three, or the comma-separated list in $IX_BROWSERS (e.g. `chromium,firefox`
 * on a Mac, where WebKitGTK does not exist). Each program can be pointed at with an environment
 * variable, which wins over the usual places: $CHROME_PATH, $FIREFOX_PATH,
 * $WEBKIT_WEBDRIVER_PATH, $MINIBROWSER_PATH, $XVFB_PATH.
 *
 * Also importable: `findChrome()`, `findFirefox()`, `findWebKit()`, `findXvfb()` return paths
 * (or undefined), `selectedEngines()` the engines to run.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const allEngines = ['chromium', 'firefox', 'webkit'];

/** Each program the suite needs: where to look, and the Debian packages that provide it. */
const programs = {
  chromium: {
    what: 'Chromium or Chrome',
    env: 'CHROME_PATH',
    apt: ['chromium'],
    places: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/snap/bin/chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ],
    elsewhere: 'macOS: install Google Chrome, or: brew install --cask chromium',
  },
  firefox: {
    what: 'Firefox',
    env: 'FIREFOX_PATH',
    apt: ['firefox-esr'],
    places: [
      '/usr/bin/firefox-esr',
      '/usr/bin/firefox',
      '/usr/lib/firefox-esr/firefox-esr',
      '/usr/lib/firefox/firefox',
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
    ],
    elsewhere: 'macOS: install Firefox, or: brew install --cask firefox',
  },
  webkitDriver: {
    what: "WebKitGTK's WebDriver (WebKitWebDriver)",
    env: 'WEBKIT_WEBDRIVER_PATH',
    apt: ['webkit2gtk-driver'],
    places: ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'],
    elsewhere: 'Fedora: dnf install webkit2gtk4.1-devel; not available on macOS or Windows (set IX_BROWSERS=chromium,firefox)',
  },
  miniBrowser: {
    what: "WebKitGTK's MiniBrowser",
    env: 'MINIBROWSER_PATH',
    // MiniBrowser ships with the WebKitGTK library, which webkit2gtk-driver depends on.
    apt: ['webkit2gtk-driver'],
    places: [
      '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
    ],
    elsewhere: 'not available on macOS or Windows (set IX_BROWSERS=chromium,firefox)',
  },
  xvfb: {
    what: 'Xvfb (MiniBrowser has no headless mode)',
    env: 'XVFB_PATH',
    apt: ['xvfb'],
    places: ['/usr/bin/Xvfb'],
    elsewhere: 'Fedora: dnf install xorg-x11-server-Xvfb',
  },
};

/** Which programs each engine needs. */
const needs = { chromium: ['chromium'], firefox: ['firefox'], webkit: ['webkitDriver', 'miniBrowser', 'xvfb'] };

/**
 * Fonts the tests assume on Linux, where each engine picks its own default face from fontconfig.
 * Layout assertions name one of these families so every engine measures the same glyphs.
 */
export const testFonts = { families: ['Liberation Sans', 'DejaVu Sans'], apt: ['fontconfig', 'fonts-liberation', 'fonts-dejavu-core'] };

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find(name) {
  const program = programs[name];
  const fromEnv = process.env[program.env];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`${program.env} is set to "${fromEnv}", which is not an executable file; looking elsewhere.`);
  }
  return program.places.find(isExecutable);
}

export const findChrome = () => find('chromium');
export const findFirefox = () => find('firefox');
export const findXvfb = () => find('xvfb');
/** WebKitGTK's WebDriver and the MiniBrowser it drives, or undefined unless both are there. */
export function findWebKit() {
  const driver = find('webkitDriver');
  const browser = find('miniBrowser');
  return driver && browser ? { driver, browser } : undefined;
}

/** The engines to run: $IX_BROWSERS (comma-separated), else all three. Unknown names throw. */
export function selectedEngines(value = process.env.IX_BROWSERS) {
  if (!value?.trim()) return [...allEngines];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !allEngines.includes(name));
  if (unknown.length > 0) {
    throw new Error(`IX_BROWSERS names ${unknown.map((n) => `"${n}"`).join(', ')}; the engines are ${allEngines.join(', ')}.`);
  }
  return allEngines.filter((name) => names.includes(name));
}

/**
 * The font families from `families` that fontconfig does not know. On Linux without fc-list all
 * of them count as missing (fontconfig comes with them); elsewhere the system's own fonts are
 * used and nothing is reported missing.
 */
export function missingFonts(families = testFonts.families) {
  let listed;
  try {
    listed = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return process.platform === 'linux' ? [...families] : [];
  }
  const known = new Set(listed.split('\n').flatMap((line) => line.split(',')).map((family) => family.trim()));
  return families.filter((family) => !known.has(family));
}

/** Flags that let Chromium run headless as root on a machine without outside network. */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * What is missing for `engines`: one entry per program (and one for fonts), with its packages.
 * `lookup` replaces the file-system checks (tests use it).
 */
export function missingFor(engines, lookup = { find, missingFonts }) {
  const missing = [];
  for (const engine of engines) {
    for (const name of needs[engine]) {
      if (!lookup.find(name) && !missing.some((m) => m.name === name)) missing.push({ name, ...programs[name] });
    }
  }
  const fonts = lookup.missingFonts();
  if (fonts.length > 0) missing.push({ name: 'fonts', what: `the fonts ${fonts.join(', ')}`, apt: testFonts.apt, places: [] });
  return missing;
}

export function howToInstall(missing) {
  const apt = [...new Set(missing.flatMap((m) => m.apt))];
  const lines = [`Missing for the browser tests: ${missing.map((m) => m.what).join('; ')}.`, 'Install, then run the command again:'];
  lines.push(`  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y ${apt.join(' ')}`);
  for (const m of missing) {
    if (m.elsewhere) lines.push(`  ${m.what}: ${m.elsewhere}`);
    if (m.env) lines.push(`  or point at it: export ${m.env}=/path/to/it  (looked at ${m.places.slice(0, 3).join(', ')}, …)`);
  }
  lines.push('  or run fewer engines, e.g.: IX_BROWSERS=chromium npm test');
  return lines.join('\n');
}

function report(engines) {
  for (const engine of engines) {
    const paths = needs[engine].map(find);
    console.log(`${engine}: ${paths.every(Boolean) ? paths.join(' + ') : 'not found'}`);
  }
  const fonts = missingFonts();
  console.log(`fonts: ${fonts.length ? `missing ${fonts.join(', ')}` : testFonts.families.join(', ')}`);
}

function main() {
  const args = process.argv.slice(2);
  const optional = args.includes('--optional');
  const named = args.filter((arg) => !arg.startsWith('--'));
  const engines = selectedEngines(named.length > 0 ? named.join(',') : undefined);
  let missing = missingFor(engines);
  if (missing.length === 0 || optional) {
    report(engines);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const packages = [...new Set(missing.flatMap((m) => m.apt))];
    console.log(`Missing ${missing.map((m) => m.what).join('; ')}: installing ${packages.join(' ')} with apt-get (running as root on Debian)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    missing = missingFor(engines);
  }
  if (missing.length > 0) {
    console.error(howToInstall(missing));
    process.exit(1);
  }
  report(engines);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
