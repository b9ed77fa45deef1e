/**
 * The servers a platform test starts, and their end: every child is remembered, and stopped
 * when the test stops it, when the process exits, or on Ctrl-C, so a failing or interrupted run
 * leaves nothing listening.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { connect, createServer } from 'node:net';

const children = new Set();

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

function killAll(signal = 'SIGTERM') {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) signalGroup(child, signal);
  }
}
process.once('exit', () => killAll('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}

/**
 * Starts `command` with its output appended to `logFile`; returns the child, with `stop()`
 * (SIGTERM, then SIGKILL after `graceMs`) and `exited` (a promise of the exit code).
 */
export function startProcess(command, args, { logFile, env, cwd, graceMs = 5000 } = {}) {
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group, so stopping it also stops what it forked (PHP's server workers).
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  exited.then(() => children.delete(child));
  child.once('error', (error) => log.write(`\n${command} could not start: ${error.message}\n`));
  return Object.assign(child, {
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  });
}

/** A free TCP port on `host` (the OS picks it). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Whether something accepts connections on host:port right now. */
export function isListening(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = connect(port, host);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Polls `ready()` until it resolves true; rejects after `ms`, or as soon as `child` exits, with
 * `what` and the end of its log in the message.
 */
export async function waitUntil(ready, { ms, what, child, logTail = () => '' }) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${what} stopped before it was ready (exit ${child.exitCode ?? child.signalCode}):\n${logTail()}`);
    }
    if (await ready().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} was not ready within ${ms / 1000} s:\n${logTail()}`);
}
