/**
 * The reader's system preferences in effect, and a guard for test files written for one.
 *
 * Firefox and WebKit take these preferences only at launch, so the suite launches browsers per
 * preset (scripts/wtr-media.mjs) and runs the files named `*.<preset>.test.ts` in them. A file
 * calls `expectSystemMedia` first, so it fails — rather than passing for the wrong reason — if
 * its browser was launched without the preference it relies on.
 */
import { expect } from '@open-wc/testing';

export interface SystemMedia {
  colorScheme: 'light' | 'dark';
  reducedMotion: 'no-preference' | 'reduce';
  forcedColors: 'none' | 'active';
}

export function systemMedia(): SystemMedia {
  const matches = (query: string) => matchMedia(query).matches;
  return {
    colorScheme: matches('(prefers-color-scheme: dark)') ? 'dark' : 'light',
    reducedMotion: matches('(prefers-reduced-motion: reduce)') ? 'reduce' : 'no-preference',
    forcedColors: matches('(forced-colors: active)') ? 'active' : 'none',
  };
}

/** Registers a `before` hook that fails the file unless the browser has `wanted`. */
export function expectSystemMedia(wanted: Partial<SystemMedia>): void {
  before(() => {
    const actual = systemMedia();
    const got = Object.fromEntries(Object.keys(wanted).map((key) => [key, actual[key as keyof SystemMedia]]));
    expect(got, 'the browser was not launched with the system preferences this file is written for (see scripts/wtr-media.mjs)').to.deep.equal(wanted);
  });
}

/** A CSS system colour (`ButtonText`, `Mark`, …) as this browser paints it now, e.g. `rgb(0, 0, 0)`. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}
