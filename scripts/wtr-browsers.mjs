/**
 * The three browsers web-test-runner drives, one launcher each:
 *
 * - Chromium: puppeteer-core over CDP (@web/test-runner-chrome).
 * - Firefox: the same launcher given puppeteer-core with `browser: 'firefox'`, which speaks
 *   WebDriver BiDi to a stock Firefox (no geckodriver needed).
 * - WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver (@web/test-runner-webdriver). This
 *   module starts the driver on a free port and an Xvfb display for MiniBrowser, which has no
 *   headless mode, and stops both when the run ends.
 *
 * Each launcher carries `engine` ('chromium' | 'firefox' | 'webkit') for the reporters and
 * commands, and `media` (the system preferences it was launched with, see ./wtr-media.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromeFlags } from './find-browsers.mjs';

/** A free TCP port on loopback (the OS picks it; nothing else is bound to it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on `port`, or rejects after `ms`. */
async function waitForPort(port, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing answered on port ${port} within ${ms} ms`);
}

/** Starts Xvfb on a display it picks itself (-displayfd); resolves with the display name. */
function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display:\n${stderr}`)));
  });
}

/**
 * Notes when a launcher's first test file starts and its last one ends (`launcher.timing`), so
 * the summary can give each engine's wall time.
 */
function timed(launcher) {
  const start = launcher.startSession.bind(launcher);
  const stop = launcher.stopSession.bind(launcher);
  launcher.timing = { first: undefined, last: undefined };
  launcher.startSession = (...args) => {
    launcher.timing.first ??= Date.now();
    return start(...args);
  };
  launcher.stopSession = async (...args) => {
    try {
      return await stop(...args);
    } finally {
      launcher.timing.last = Date.now();
    }
  };
  return launcher;
}

export function chromiumLauncher({ executablePath, media, concurrency }) {
  const launcher = chromeLauncher({
    launchOptions: { executablePath, headless: true, args: [...chromeFlags, ...media.chromiumArgs] },
    concurrency,
    async createPage({ context }) {
      // A window per page, not a tab: Chromium stops painting (and requestAnimationFrame) in
      // background tabs, and two test files run side by side.
      const page = await context.newPage({ type: 'window' });
      await media.applyToPuppeteerPage(page);
      return page;
    },
  });
  return timed(Object.assign(launcher, { name: media.label('Chromium'), engine: 'chromium', media }));
}

export function firefoxLauncher({ executablePath, media, concurrency }) {
  const launcher = chromeLauncher({
    puppeteer,
    concurrency,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: media.firefoxPrefs,
    },
  });
  return timed(Object.assign(launcher, { name: media.label('Firefox'), engine: 'firefox', media }));
}

/**
 * WebKitGTK: WebKitWebDriver (on a free port) launches MiniBrowser on our own Xvfb display, with
 * the media preferences given as MiniBrowser flags and GTK settings. One page at a time: with
 * more, the webdriver launcher runs test files in iframes, where several of ours cannot run.
 */
export function webkitLauncher({ driver, browser, xvfb, media }) {
  const children = new Set();
  let gtkConfigHome;
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for BiDi by default, which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: browser, args: ['--automation', ...media.miniBrowserArgs] },
    },
  };
  const launcher = webdriverLauncher(options);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const killChildren = () => {
    for (const child of children) child.kill();
    children.clear();
    if (gtkConfigHome) rmSync(gtkConfigHome, { recursive: true, force: true });
  };
  process.once('exit', killChildren);

  /** Xvfb and the driver start with the first test file, so a run that needs no WebKit starts none. */
  let started;
  const start = async () => {
    const display = await startXvfb(xvfb, children);
    gtkConfigHome = mkdtempSync(join(tmpdir(), 'ix-webkit-gtk-'));
    mkdirSync(join(gtkConfigHome, 'gtk-3.0'));
    writeFileSync(join(gtkConfigHome, 'gtk-3.0', 'settings.ini'), `[Settings]\n${media.gtkSettings.join('\n')}\n`);
    options.port = await freePort();
    const child = spawn(driver, [`--port=${options.port}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: gtkConfigHome, WAYLAND_DISPLAY: '' },
    });
    children.add(child);
    await waitForPort(options.port, 10_000);
  };
  const startSession = launcher.startSession.bind(launcher);

  return timed(Object.assign(launcher, {
    engine: 'webkit',
    media,
    concurrency: 1,
    async initialize(config, testFiles) {
      // The webdriver launcher picks one page per file only when the run's concurrency is 1.
      await initialize({ ...config, concurrency: 1 }, testFiles);
      launcher.name = media.label('WebKit');
    },
    async startSession(id, url) {
      await (started ??= start());
      return startSession(id, url);
    },
    async stop() {
      try {
        await stop();
      } finally {
        killChildren();
      }
    },
  }));
}
