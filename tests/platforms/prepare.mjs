/**
 * Installs what the platform tests run on — Debian's WordPress, MariaDB and PHP, and Ghost from
 * npm — without running them. `.ci/run` starts this in the background before `npm test`, so the
 * slow first install (minutes of apt-get and native builds for Ghost) overlaps the browser tests
 * instead of following them; `npm run test:platforms` installs whatever is still missing itself.
 */
import { ensureGhost } from './ghost.mjs';
import { ensurePackages, wordpressNeeds } from './system-packages.mjs';

const started = Date.now();
const aptMs = ensurePackages(wordpressNeeds);
const { installMs } = ensureGhost();
console.log(`platforms ready in ${Math.round((Date.now() - started) / 1000)} s (apt-get ${Math.round(aptMs / 1000)} s, Ghost ${Math.round(installMs / 1000)} s)`);
