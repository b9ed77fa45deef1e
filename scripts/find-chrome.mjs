#!/usr/bin/env node
/**
 * Finds a Chromium or Chrome for the browser tests and benchmarks.
 * Order: $CHROME_PATH, /usr/bin/chromium, then the other usual places.
 *
 *   node scripts/find-chrome.mjs             print the path; when none is found, install it on
 *                                            Debian as root (saying so first), else explain how
 *   node scripts/find-chrome.mjs --optional  never install and never fail (used by `npm start`)
 *
 * Also importable: `findChrome()` returns the path or undefined.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const usualPlaces = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.warn(`CHROME_PATH is set to "${fromEnv}", which is not an executable file; looking elsewhere.`);
  }
  return usualPlaces.find(isExecutable);
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

const howToInstall = `No Chromium or Chrome found (looked at $CHROME_PATH, ${usualPlaces.slice(0, 5).join(', ')}, …).
Install one, then run the command again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          install Google Chrome, or: brew install --cask chromium
  anywhere:       export CHROME_PATH=/path/to/chrome`;

function main() {
  const optional = process.argv.includes('--optional');
  let found = findChrome();
  if (found || optional) {
    if (found) console.log(`browser: ${found}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log('No Chromium found; installing Debian\'s chromium with apt-get (running as root on Debian)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    found = findChrome();
  }
  if (!found) {
    console.error(howToInstall);
    process.exit(1);
  }
  console.log(`browser: ${found}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
