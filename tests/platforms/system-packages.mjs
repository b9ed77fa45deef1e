/**
 * The Debian packages the WordPress test runs on, installed when missing the way
 * scripts/find-browsers.mjs installs browsers: with apt-get, as root on Debian, saying so first;
 * anywhere else it stops and says what to install.
 *
 * Each need is a program (or file) to look for and the packages that provide it. `wordpress`
 * pulls in Apache too, which the test never starts (it serves WordPress with PHP's own server).
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

export const wordpressNeeds = [
  { what: 'WordPress', file: '/usr/share/wordpress/wp-settings.php', apt: ['wordpress'] },
  { what: 'the Twenty Twenty-Three theme', file: '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', apt: ['wordpress-theme-twentytwentythree'] },
  { what: 'MariaDB', file: '/usr/sbin/mariadbd', apt: ['mariadb-server'] },
  { what: 'PHP on the command line', file: '/usr/bin/php', apt: ['php-cli'] },
  { what: "PHP's MySQL driver", check: phpHasMysqli, apt: ['php-mysql'] },
];

function phpHasMysqli() {
  try {
    return execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' }) === 'yes';
  } catch {
    return false;
  }
}

function present(need) {
  if (need.check) return need.check();
  try {
    accessSync(need.file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs what is missing of `needs` (as root on Debian) and returns how long that took in ms
 * (0 when nothing was missing); throws with the command to run when it cannot install.
 */
export function ensurePackages(needs, { log = console.log } = {}) {
  const missing = needs.filter((need) => !present(need));
  if (missing.length === 0) return 0;
  const packages = [...new Set(missing.flatMap((need) => need.apt))];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    throw new Error(
      `Missing for the platform tests: ${missing.map((need) => need.what).join('; ')}.\n` +
        `Install, then run the command again:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    );
  }
  log(`Missing ${missing.map((need) => need.what).join('; ')}: installing ${packages.join(' ')} with apt-get (running as root on Debian)…`);
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  // Recommends would add the other default themes and a mail server: nothing the test uses.
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = needs.filter((need) => !present(need));
  if (still.length > 0) throw new Error(`apt-get installed ${packages.join(' ')}, yet still missing: ${still.map((need) => need.what).join('; ')}`);
  return Date.now() - started;
}
