/**
 * The reader's system preferences a browser is launched with: colour scheme, reduced motion and
 * forced colours.
 *
 * Only Chromium can change them on a running page (CDP). Firefox over WebDriver BiDi and WebKitGTK
 * over classic WebDriver read them once, at launch, from prefs, flags and GTK settings. So the
 * suite sets them the same way in every engine: each preset below is a group of test files
 * (named `*.<preset>.test.ts`) run in browsers launched with that preset, and every other file
 * runs under `default`. A file checks on load that it got the preferences it was written for
 * (tests/support/system-media.ts), so a launch setting that stops working fails loudly.
 */

/** @typedef {{ colorScheme: 'light' | 'dark', reducedMotion: 'no-preference' | 'reduce', forcedColors: 'none' | 'active' }} Preferences */

/** @type {Record<string, Preferences>} */
export const mediaPresets = {
  default: { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' },
  dark: { colorScheme: 'dark', reducedMotion: 'no-preference', forcedColors: 'none' },
  'reduced-motion': { colorScheme: 'light', reducedMotion: 'reduce', forcedColors: 'none' },
  'forced-colors': { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'active' },
  // Launched light; the files switch the OS setting while a page is open (Chromium's CDP only).
  'os-switch': { colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' },
};

/**
 * Presets an engine cannot be launched with, and why. The files of such a group are listed by
 * name as not run in that engine (scripts/wtr-summary-reporter.mjs), never dropped silently.
 */
const noLiveSwitch =
  'the OS light/dark setting cannot change while a page is open: Firefox over WebDriver BiDi and WebKitGTK over WebDriver read it only at launch (the *.dark files test a dark OS at load in every engine)';

export const unsupported = {
  firefox: { 'os-switch': noLiveSwitch },
  webkit: {
    'os-switch': noLiveSwitch,
    'forced-colors':
      'WebKitGTK has no forced-colours mode: (forced-colors: active) never matches, and no MiniBrowser flag, GTK setting or WebDriver command turns it on',
  },
};

/** The launch knobs of one preset, for each engine. */
export function mediaFor(presetName) {
  const preset = mediaPresets[presetName];
  if (!preset) throw new Error(`unknown media preset "${presetName}"`);
  const dark = preset.colorScheme === 'dark';
  const reduce = preset.reducedMotion === 'reduce';
  const forced = preset.forcedColors === 'active';
  const features = [
    { name: 'prefers-color-scheme', value: preset.colorScheme },
    { name: 'prefers-reduced-motion', value: preset.reducedMotion },
    { name: 'forced-colors', value: preset.forcedColors },
  ];
  return {
    preset: presetName,
    ...preset,
    label: (browser) => (presetName === 'default' ? browser : `${browser} (${presetName})`),

    chromiumArgs: [],
    /**
     * Chromium: CDP emulation on each new page, before the test file loads. puppeteer's
     * emulateMediaFeatures refuses forced-colors, so this talks CDP itself; the session is kept
     * open because Chromium drops the emulation when the session that set it detaches.
     */
    async applyToPuppeteerPage(page) {
      const session = await page.createCDPSession();
      await session.send('Emulation.setEmulatedMedia', { features });
      page.__ixMediaSession = session;
    },

    /** Firefox: prefs read at launch (dark and reduced motion are the ones about:config shows). */
    firefoxPrefs: {
      // 0 dark, 1 light: content sees this scheme whatever the desktop's theme.
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
      'ui.prefersReducedMotion': reduce ? 1 : 0,
      // 2 = never use the page's colours: Firefox's forced-colours mode.
      'browser.display.document_color_use': forced ? 2 : 0,
    },

    /** WebKitGTK: MiniBrowser's flag for dark, GTK's animation setting for reduced motion. */
    miniBrowserArgs: dark ? ['--dark-mode'] : [],
    gtkSettings: [`gtk-enable-animations=${reduce ? 'false' : 'true'}`, `gtk-application-prefer-dark-theme=${dark}`],
  };
}
