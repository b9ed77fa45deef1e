// Run by `npm run bench` (bench/checker.bench.ts) through web-test-runner in Chromium, Firefox
// and WebKit, not by the test suite: measures checkScript in this engine (checker-measure.ts)
// and hands the figures to the bench's server command, which writes them to bench-results/.
import { executeServerCommand } from '@web/test-runner-commands';
import type { Attack } from '../../src/checker/adversarial-text.js';
import { checkScript } from '../../src/checker/index.js';
import { measureAdversarial, measureProse } from './checker-measure.js';

/** write-good is CommonJS written for sloppy mode: the bench serves it bundled as a classic script. */
async function loadWriteGood(): Promise<(text: string) => unknown> {
  // One of its checks assigns to an undeclared `match`, which throws in the bundle's strict
  // mode unless a global of that name exists.
  (globalThis as Record<string, unknown>).match = undefined;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/bench-results/write-good.iife.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  // esbuild's global is the module's exports: write-good exports the function itself.
  return (window as unknown as { writeGood: (text: string) => unknown }).writeGood;
}

it('measures checkScript in this engine', async function () {
  this.timeout(15 * 60_000);
  const writeGood = await loadWriteGood();
  const { attacks } = (await (await fetch('/data/redos/checker-attacks.json')).json()) as { attacks: Attack[] };
  const prose = measureProse(checkScript, writeGood);
  const adversarial = measureAdversarial(checkScript, attacks);
  await executeServerCommand('ix-checker-bench-result', { userAgent: navigator.userAgent, prose, adversarial });
});
