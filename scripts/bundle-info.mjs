/**
 * The release facts a snippet pins: the package version and the Subresource Integrity hash
 * (`sha384-…`) of the BUILT dist/ix-widgets.js, the exact bytes the CDN serves. Read from the file
 * on every call, so a rebuilt bundle is never described by an old hash.
 *
 * Used by `npm run embed`, the README check, the embed builder's page (the dev server and the test
 * server answer `/ix-widgets.json` with it; scripts/build-demo.mjs writes it into dist-demo/).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `sha384-<base64>` of some bytes, as the `integrity` attribute wants it. */
export function integrityOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export function bundleInfo(projectRoot = root) {
  const file = join(projectRoot, 'dist/ix-widgets.js');
  if (!existsSync(file)) {
    throw new Error('dist/ix-widgets.js is missing, so its integrity hash is unknown: run `npm run build:bundle` first.');
  }
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
  return { version, integrity: integrityOf(readFileSync(file)) };
}
