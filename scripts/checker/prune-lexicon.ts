/**
 * Measures every word of the rule pack's WordNet classes on the tuning sets: for each lemma, the
 * per-rule errors with it and without it, on the scripts that contain one of its forms (no other
 * script can change). A lemma whose removal removes errors is a candidate for the class's `drop`
 * list; one that fixes errors earns its bytes; the rest are carried for text nobody tuned on.
 *
 *   npm run checker:lexicon
 *
 * Only tuning sets are read: the untouched blind sets (3 and 7, and any set newer than the last
 * fix) must never decide what the pack keeps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compilePack } from '../content/checker-packs.js';
import { classLemmas, verbForms, type LexiconClass } from '../content/lexicon.js';
import { checkWithPack } from '../../src/checker/engine.js';
import { readRows, TUNING_SETS } from '../eval-checker.js';

const root = join(import.meta.dirname, '../..');
const file = 'content/checkers/make-the-step-down-visibly-deliberate.yaml';
const raw = parse(await readFile(join(root, file), 'utf8')) as { lexicon: Record<string, LexiconClass> };
const rows = TUNING_SETS.flatMap((file) => readRows(join(root, file)));

function errors(pack: ReturnType<typeof compilePack>['pack'], subset: typeof rows): number {
  let wrong = 0;
  for (const row of subset) {
    const result = checkWithPack(pack, row.script, row.firstRequest ? { firstRequest: row.firstRequest } : undefined);
    for (const rule of result.rules) if (rule.passed !== row.labels[rule.id as keyof typeof row.labels]) wrong++;
  }
  return wrong;
}

const withAll = compilePack(file, raw).pack;
for (const [name, cls] of Object.entries(raw.lexicon)) {
  const verdicts: string[] = [];
  for (const lemma of classLemmas(cls)) {
    const forms = new RegExp(`\\b(?:${verbForms(lemma).join('|')})\\b`, 'i');
    const subset = rows.filter((row) => forms.test(row.script));
    if (!subset.length) {
      verdicts.push(`${lemma} (unseen)`);
      continue;
    }
    const without = structuredClone(raw);
    without.lexicon[name]!.drop = [...(cls.drop ?? []), lemma];
    const delta = errors(compilePack(file, without).pack, subset) - errors(withAll, subset);
    verdicts.push(`${lemma} ${delta > 0 ? `fixes ${delta}` : delta < 0 ? `COSTS ${-delta} → drop` : 'neutral'} (${subset.length} scripts)`);
  }
  console.log(`${name}:\n  ${verdicts.join('\n  ')}`);
}
