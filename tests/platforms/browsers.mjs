/**
 * One small interface over the three engines, for tests that open a real site's pages at the top
 * level (web-test-runner cannot: its tests live inside its own page):
 *
 * - Chromium and Firefox through puppeteer-core (CDP, and WebDriver BiDi for stock Firefox);
 * - WebKit through WebKitGTK's WebDriver driving MiniBrowser on an Xvfb display of its own.
 *
 *   const browser = await openBrowser('firefox', { width: 390, height: 900 });   the page's viewport
 *   await browser.goto(url);
 *   await browser.evaluate(fn, ...args)         in the top page
 *   await browser.evaluateInFrame(selector, fn, ...args)  in the frame `selector` finds
 *   await browser.clickInFrame(selector, fn)     a real click on the element fn returns in that frame
 *   await browser.navigations()                  the addresses the top page was sent to
 *   await browser.screenshot(file); await browser.close();
 *
 * Functions given to evaluate run in the page: they must not close over anything.
 */
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { chromeFlags, findChrome, findFirefox, findWebKit, findXvfb } from '../../scripts/find-browsers.mjs';
import { freePort, isListening, waitUntil } from './processes.mjs';

async function openPuppeteer(engine, viewport) {
  const executablePath = engine === 'chromium' ? findChrome() : findFirefox();
  if (!executablePath) throw new Error(`${engine} not found: run \`node scripts/find-browsers.mjs ${engine}\``);
  const browser = await puppeteer.launch(
    engine === 'chromium' ? { executablePath, headless: true, args: chromeFlags } : { browser: 'firefox', executablePath, headless: true },
  );
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const navigations = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
  });
  const frameOf = async (selector) => {
    const handle = await page.waitForSelector(selector, { timeout: 15_000 });
    const frame = await handle.contentFrame();
    if (!frame) throw new Error(`${selector} has no frame`);
    return frame;
  };
  return {
    engine,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    url: () => page.url(),
    navigations: async () => [...navigations],
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    evaluateInFrame: async (selector, fn, ...args) => (await frameOf(selector)).evaluate(fn, ...args),
    async clickInFrame(selector, fn) {
      const frame = await frameOf(selector);
      const handle = (await frame.evaluateHandle(fn)).asElement();
      if (!handle) throw new Error(`nothing to click in ${selector}`);
      await handle.click();
    },
    screenshot: (path, fullPage = true) => page.screenshot({ path, fullPage }),
    close: () => browser.close(),
  };
}

async function openWebKit({ width, height }) {
  const webkit = findWebKit();
  const xvfb = findXvfb();
  if (!webkit || !xvfb) throw new Error('WebKitGTK (WebKitWebDriver, MiniBrowser) or Xvfb not found: run `node scripts/find-browsers.mjs webkit`');
  const children = [];
  const stopChildren = () => children.forEach((child) => child.kill());
  try {
    const display = await new Promise((resolve, reject) => {
      const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
      children.push(child);
      child.stdio[3].once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before giving a display`)));
    });
    const port = await freePort();
    const driver = spawn(webkit.driver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '' } });
    children.push(driver);
    await waitUntil(() => isListening(port), { ms: 10_000, what: 'WebKitWebDriver', child: driver });
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 1,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation', '--full-screen'] },
      },
    });
    // MiniBrowser's window will not shrink below its toolbar (~450 px wide). In full-screen mode
    // it shows none, and with no window manager on the display the window keeps the size it is
    // given: the page gets exactly width × height.
    await browser.setWindowSize(width, height);
    const inFrame = async (selector, run) => {
      const frame = await browser.$(selector);
      await frame.waitForExist({ timeout: 15_000 });
      await browser.switchToFrame(await frame);
      try {
        return await run();
      } finally {
        await browser.switchToParentFrame();
      }
    };
    // WebDriver classic reports no requests, and takes one command at a time: the top page's
    // address is read each time the test asks, so a test polls until the one it expects shows.
    const navigations = [];
    const readAddress = async () => {
      const url = await browser.getUrl();
      if (navigations.at(-1) !== url) navigations.push(url);
    };
    return {
      engine: 'webkit',
      goto: (url) => browser.url(url),
      url: () => browser.getUrl(),
      async navigations() {
        await readAddress();
        return [...navigations];
      },
      evaluate: (fn, ...args) => browser.execute(fn, ...args),
      evaluateInFrame: (selector, fn, ...args) => inFrame(selector, () => browser.execute(fn, ...args)),
      clickInFrame: (selector, fn) =>
        inFrame(selector, async () => {
          const element = await browser.execute(fn);
          if (!element) throw new Error(`nothing to click in ${selector}`);
          await (await browser.$(element)).click();
        }),
      screenshot: (path) => browser.saveScreenshot(path),
      async close() {
        try {
          await browser.deleteSession();
        } finally {
          stopChildren();
        }
      },
    };
  } catch (error) {
    stopChildren();
    throw error;
  }
}

export function openBrowser(engine, viewport = { width: 1280, height: 900 }) {
  if (engine === 'webkit') return openWebKit(viewport);
  if (engine === 'chromium' || engine === 'firefox') return openPuppeteer(engine, viewport);
  throw new Error(`unknown engine "${engine}"`);
}
