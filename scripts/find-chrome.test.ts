import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { findChrome } from './find-chrome.mjs';

test('CHROME_PATH wins over the usual places when it is an executable', () => {
  const fake = join(mkdtempSync(join(tmpdir(), 'ix-chrome-')), 'chrome');
  writeFileSync(fake, '#!/bin/sh\n');
  chmodSync(fake, 0o755);
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = fake;
  try {
    assert.equal(findChrome(), fake);
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});

test('a CHROME_PATH that is not executable is skipped, not trusted', () => {
  const saved = process.env.CHROME_PATH;
  process.env.CHROME_PATH = '/nonexistent/chrome';
  const originalWarn = console.warn;
  console.warn = () => undefined;
  try {
    assert.notEqual(findChrome(), '/nonexistent/chrome');
  } finally {
    console.warn = originalWarn;
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});
