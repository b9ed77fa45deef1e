/**
 * A real WordPress on this machine: Debian's package, copied once into .cache/platforms/ (its
 * own wp-config.php reads /etc/wordpress/, which a test should not write), a MariaDB server of
 * its own (a private data directory and socket, no network, started as root without systemd),
 * PHP's built-in web server on a free loopback port, installed from scratch each run.
 *
 *   const wp = await startWordPress({ embedOrigin, cacheDir });
 *   wp.origin, wp.author ({ login, applicationPassword, unfilteredHtml }), wp.timings, await wp.stop()
 *
 * `embedOrigin` is the one origin the test-only must-use plugin lets WordPress fetch oEmbed
 * documents from (see ./wordpress/mu-plugins/).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort, isListening, startProcess, waitUntil } from './processes.mjs';

const run = promisify(execFile);
const here = fileURLToPath(new URL('.', import.meta.url));
const debianWordPress = '/usr/share/wordpress';

function tail(file, lines = 15) {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : `(no ${file})`;
}

/** The Debian WordPress tree, copied once per version into the cache. */
function wordpressCopy(cacheDir) {
  const version = /\$wp_version\s*=\s*'([^']+)'/.exec(readFileSync(join(debianWordPress, 'wp-includes/version.php'), 'utf8'))?.[1];
  if (!version) throw new Error(`no $wp_version in ${debianWordPress}/wp-includes/version.php`);
  const dir = join(cacheDir, `wordpress-${version}`);
  if (!existsSync(join(dir, 'wp-settings.php'))) {
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(debianWordPress, partial, { recursive: true, verbatimSymlinks: true });
    // Debian's wp-config.php looks for /etc/wordpress/config-<host>.php; each run writes its own.
    rmSync(join(partial, 'wp-config.php'), { force: true });
    renameSync(partial, dir);
  }
  return { dir, version };
}

function php(value) {
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function wpConfig({ origin, socket, embedOrigin, debugLog }) {
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const random = () => Array.from({ length: 48 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 94))).join('');
  return `<?php
// Written by tests/platforms/wordpress.mjs for one test run.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
${salts.map((name) => `define('${name}', ${php(random())});`).join('\n')}
define('WP_HOME', ${php(origin)});
define('WP_SITEURL', ${php(origin)});
// Application passwords need https, or an environment that says it is local.
define('WP_ENVIRONMENT_TYPE', 'local');
// Offline: no update checks or other calls out (loopback and the site's own host stay allowed).
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', ${php(new URL(embedOrigin).hostname)});
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
// WordPress 6.1 on PHP 8.2 logs deprecations by the hundred under WP_DEBUG; errors still reach the log.
define('WP_DEBUG', false);
ini_set('log_errors', '1');
ini_set('error_log', ${php(debugLog)});
define('WPMU_PLUGIN_DIR', ${php(join(here, 'wordpress/mu-plugins'))});
define('IX_TEST_EMBED_ORIGIN', ${php(embedOrigin)});
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

export async function startWordPress({ embedOrigin, cacheDir, host = '127.0.0.1' }) {
  const timings = {};
  const started = Date.now();
  mkdirSync(cacheDir, { recursive: true });
  const { dir, version } = wordpressCopy(cacheDir);
  const runDir = join(cacheDir, 'wordpress-run');
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  // A Unix socket path may hold only ~100 bytes; the checkout's path can be long.
  const socketDir = mkdtempSync(join(tmpdir(), 'ix-mariadb-'));
  const socket = join(socketDir, 'mysqld.sock');
  const files = { db: join(runDir, 'mariadb'), dbLog: join(runDir, 'mariadb.log'), phpLog: join(runDir, 'php-server.log'), debugLog: join(runDir, 'wp-debug.log') };
  const stack = [];
  const stop = async () => {
    for (const item of stack.reverse()) await item.stop();
    stack.length = 0;
    rmSync(socketDir, { recursive: true, force: true });
  };
  try {
    await run('mariadb-install-db', ['--no-defaults', `--datadir=${files.db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { maxBuffer: 1 << 24 }).catch((error) => {
      throw new Error(`mariadb-install-db failed: ${error.stderr || error.message}`);
    });
    const mariadb = startProcess('mariadbd', [
      '--no-defaults', `--datadir=${files.db}`, `--socket=${socket}`, '--skip-networking', '--user=root',
      `--pid-file=${join(runDir, 'mariadb.pid')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin', '--character-set-server=utf8mb4',
    ], { logFile: files.dbLog, graceMs: 15_000 });
    stack.push(mariadb);
    const sql = (statement) => run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement]);
    await waitUntil(() => sql('SELECT 1').then(() => true), { ms: 30_000, what: 'MariaDB', child: mariadb, logTail: () => tail(files.dbLog) });
    await sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
    timings.database = Date.now() - started;

    const port = await freePort(host);
    const origin = `http://${host}:${port}`;
    writeFileSync(join(dir, 'wp-config.php'), wpConfig({ origin, socket, embedOrigin, debugLog: files.debugLog }));
    const installed = await run('php', [join(here, 'wordpress/install.php'), dir], { maxBuffer: 1 << 24 }).catch((error) => {
      throw new Error(`Installing WordPress failed:\n${error.stderr || error.stdout || error.message}\n${tail(files.debugLog)}`);
    });
    const author = JSON.parse(installed.stdout.slice(installed.stdout.indexOf('{')));

    // Several workers: a page's styles and scripts load side by side, as under Apache.
    const server = startProcess('php', ['-S', `${host}:${port}`, '-t', dir], { logFile: files.phpLog, env: { PHP_CLI_SERVER_WORKERS: '4' } });
    stack.push(server);
    await waitUntil(() => isListening(port, host), { ms: 15_000, what: "PHP's web server for WordPress", child: server, logTail: () => tail(files.phpLog) });
    timings.ready = Date.now() - started;
    return { origin, version, author, timings, files, stop, debugLog: () => tail(files.debugLog, 40) };
  } catch (error) {
    await stop();
    throw error;
  }
}
