/**
 * Scores checkScript against labelled scripts (one JSON object a line, see
 * data/checker/README.md): per-rule balanced accuracy, confusion counts, verdict accuracy,
 * and every misclassified script with a short reason.
 *
 *   npm run eval:checker                    every set in data/checker/: the dev sample, our held-out set, and the blind
 *                                           sets written by people who never saw the engine. Those that
 *                                           have informed fixes are TUNING_SETS; JUDGING_SETS never have:
 *                                           they are the honest estimate for unseen scripts, so fix
 *                                           nothing from their misses without writing a fresh set
 *   npm run eval:checker -- path/a.jsonl …  the given files instead
 *
 * Exits non-zero only when a file is missing or malformed — low scores are information.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkScript, type CheckResult, type RuleId, type Verdict } from '../src/checker/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Every labelled set in data/checker/, the dev sample first, then in name order. */
export function labelledSets(): string[] {
  const names = readdirSync(join(root, 'data/checker')).filter((name) => name.endsWith('.jsonl'));
  return names.sort((a, b) => Number(b.startsWith('dev-')) - Number(a.startsWith('dev-')) || a.localeCompare(b, 'en', { numeric: true }));
}

/** Sets fixes have been drawn from: scripts that prune or tune the pack read only these. */
export const TUNING_SETS = ['dev-set', 'holdout', 'blind-set', 'blind-set-2', 'blind-set-4', 'blind-set-5', 'blind-set-6', 'blind-set-8', 'blind-set-9', 'blind-set-10', 'blind-set-11', 'blind-set-12', 'blind-set-13', 'blind-set-14', 'blind-set-15', 'blind-set-19', 'blind-set-24', 'blind-set-25', 'blind-set-26', 'blind-set-27', 'blind-set-28', 'blind-set-29', 'blind-set-30', 'blind-set-31', 'blind-set-32', 'blind-set-33'].map(
  (name) => `data/checker/${name}.jsonl`,
);
/** Sets no fix was ever drawn from: the honest estimate, never allowed to steer a choice. */
export const JUDGING_SETS = ['blind-set-3', 'blind-set-7', 'blind-set-16', 'blind-set-17', 'blind-set-18', 'blind-set-20', 'blind-set-21', 'blind-set-22', 'blind-set-23', 'blind-set-34', 'blind-set-35', 'blind-set-36', 'blind-set-37'].map((name) => `data/checker/${name}.jsonl`);

const RULES: RuleId[] = [
  'acknowledges-refusal',
  'names-concession',
  'references-first-request',
  'single-step-down',
  'makes-smaller-ask',
];

const rowSchema = z.object({
  id: z.string().min(1),
  script: z.string(),
  firstRequest: z.string().optional(),
  labels: z.object(Object.fromEntries(RULES.map((r) => [r, z.boolean()])) as Record<RuleId, z.ZodBoolean>),
});
type Row = z.infer<typeof rowSchema>;

/** The verdict the issue defines, from the labels. */
export function expectedVerdict(script: string, l: Partial<Record<string, boolean>>): Verdict {
  if (!script.trim()) return 'empty';
  if (RULES.every((r) => l[r])) return 'deliberate';
  if (!l['acknowledges-refusal'] && !l['names-concession'] && !l['references-first-request']) return 'invisible';
  return 'partial';
}

export function readRows(file: string): Row[] {
  const text = readFileSync(file, 'utf8');
  return text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line)
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${n}: not JSON: ${(error as Error).message}`, { cause: error });
      }
      const parsed = rowSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}:${n}: ${issue.path.join('.') || '(row)'}: ${issue.message}`);
      }
      return parsed.data;
    });
}

export interface Confusion {
  tp: number;
  fn: number;
  tn: number;
  fp: number;
}

/** Adds one judgement (the label `want`, the checker's `got`) to a rule's counts. */
export function tally(c: Confusion, want: boolean, got: boolean): void {
  if (want && got) c.tp++;
  else if (want) c.fn++;
  else if (got) c.fp++;
  else c.tn++;
}

/** (true-positive rate + true-negative rate) / 2; with no cases on one side, the other alone. */
export function balancedAccuracy({ tp, fn, tn, fp }: Confusion): { tpr: number; tnr: number; balanced: number } {
  const tpr = tp / (tp + fn);
  const tnr = tn / (tn + fp);
  return { tpr, tnr, balanced: Number.isNaN(tpr) ? tnr : Number.isNaN(tnr) ? tpr : (tpr + tnr) / 2 };
}

const pct = (n: number) => (Number.isNaN(n) ? '  n/a' : n.toFixed(3));

function evidenceText(script: string, result: CheckResult, rule: RuleId) {
  const r = result.rules.find((x) => x.id === rule)!;
  return r.evidence.map((e) => `“${script.slice(e.start, e.end)}”`).join(', ') || 'nothing found';
}

export function score(file: string) {
  const rows = readRows(file);
  const counts = Object.fromEntries(RULES.map((r): [RuleId, Confusion] => [r, { tp: 0, fn: 0, tn: 0, fp: 0 }]));
  let verdictsRight = 0;
  const misses: string[] = [];
  const readAsOther: string[] = [];
  for (const row of rows) {
    const result = checkScript(row.script, row.firstRequest ? { firstRequest: row.firstRequest } : {});
    // Every labelled script is English: one read as another language shows no checks at all,
    // so each rule counts as failed and the verdict as wrong.
    const otherLanguage = result.verdict === 'other-language';
    if (otherLanguage) readAsOther.push(`${row.id} (${result.language})`);
    for (const rule of RULES) {
      const got = result.rules.find((x) => x.id === rule)?.passed ?? false;
      const want = row.labels[rule];
      tally(counts[rule]!, want, got);
      if (got !== want) {
        const why = otherLanguage ? `read as another language (${result.language}), no checks shown` : got ? `passed on ${evidenceText(row.script, result, rule)}` : 'found nothing that counts';
        misses.push(`  ${row.id} ${rule}: expected ${want ? 'pass' : 'fail'}, ${why}\n      ${JSON.stringify(row.script)}`);
      }
    }
    if (result.verdict === expectedVerdict(row.script, row.labels)) verdictsRight++;
  }

  console.log(`\n${relative(process.cwd(), file) || file}: ${rows.length} scripts`);
  console.log('rule                        balanced   TPR    TNR    TP  FN  TN  FP');
  const balanced: number[] = [];
  for (const rule of RULES) {
    const { tp, fn, tn, fp } = counts[rule]!;
    const { tpr, tnr, balanced: ba } = balancedAccuracy(counts[rule]!);
    balanced.push(ba);
    console.log(
      `${rule.padEnd(27)} ${pct(ba)}    ${pct(tpr)}  ${pct(tnr)}  ${[tp, fn, tn, fp].map((n) => String(n).padStart(3)).join(' ')}`,
    );
  }
  console.log(`verdict accuracy: ${pct(verdictsRight / rows.length)} (${verdictsRight}/${rows.length})`);
  console.log(`lowest rule: ${pct(Math.min(...balanced))}`);
  if (readAsOther.length) console.log(`read as another language: ${readAsOther.length} (${readAsOther.join(', ')})`);
  console.log(misses.length ? `misclassified (${misses.length}):\n${misses.join('\n')}` : 'misclassified: none');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const files = args.length ? args : labelledSets().map((name) => join(root, 'data/checker', name));
  try {
    for (const file of files) score(file);
  } catch (error) {
    console.error(`eval:checker: ${(error as Error).message}`);
    process.exit(1);
  }
}
