/**
 * Compiles the checker's rule packs (content/checkers/*.yaml|yml|json) into
 * src/generated/checker-packs.ts (compact runtime data: regex sources as strings) and
 * src/generated/checker-pack-examples.ts (each rule's examples, for the generic test only, so
 * they never reach the bundle). A broken pack — bad shape, unknown term, a pattern that doesn't
 * compile or matches the empty string — stops the build with ContentError(file, field, problem).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { expandSource, TERM, wrapPhrase } from '../../src/checker/match.js';
import type { CompiledPack, CompiledRule, Detector, Phrases } from '../../src/checker/pack.js';
import { ContentError } from './content-error.js';
import { classSource } from './lexicon.js';
import type { GeneratedModule } from './generators.js';

const ruleId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case-kebab id');
const patternList = z.array(z.string().min(1)).min(1);
const example = z.union([
  z.string().min(1),
  z.strictObject({ script: z.string().min(1), firstRequest: z.string().min(1).optional() }),
]);

const detectorSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('descending-quantities'),
    notOfferBefore: z.string().min(1),
    notOfferAfter: z.string().min(1),
    between: z.string().min(1),
  }),
  z.strictObject({
    kind: z.literal('echoes-option'),
    option: z.literal('firstRequest'),
    outsideEvidenceOf: ruleId.optional(),
    outsideSentencesWith: z.string().min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('evidence-of'), rule: ruleId }),
]);

const ruleSchema = z
  .strictObject({
    id: ruleId,
    passWhen: z.enum(['found', 'absent']),
    patterns: patternList.optional(),
    mentions: patternList.optional(),
    exceptions: patternList.optional(),
    detectors: z.array(detectorSchema).min(1).optional(),
    pass: z.string().min(1),
    fail: z.string().min(1),
    fix: z.string().min(1).optional(),
    examples: z.strictObject({ mustMatch: z.array(example).min(1), mustNotMatch: z.array(example).min(1) }),
  })
  .refine((r) => r.patterns || r.mentions || r.detectors, {
    message: 'a rule needs patterns, mentions or detectors',
  });

const lexiconClass = z.strictObject({
  senses: z.array(z.string().regex(/^[a-z_]+#[1-9]\d*$/, 'expected a WordNet verb sense, "lemma#n"')).min(1),
  hyponyms: z.number().int().min(0).max(3).optional(),
  add: z.array(z.string().regex(/^[a-z]+$/)).optional(),
  drop: z.array(z.string().regex(/^[a-z]+$/)).optional(),
});

const packSchema = z.strictObject({
  technique: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected the technique slug'),
  terms: z.record(z.string().regex(/^\w+$/), z.string()).optional(),
  lexicon: z.record(z.string().regex(/^\w+$/), lexiconClass).optional(),
  rules: z.array(ruleSchema).min(1),
  verdicts: z
    .array(
      z.strictObject({
        verdict: z.enum(['deliberate', 'partial', 'invisible']),
        allPass: z.union([z.literal('*'), z.array(ruleId).min(1)]).optional(),
        allFail: z.array(ruleId).min(1).optional(),
      }),
    )
    .min(1),
});

type Pack = z.infer<typeof packSchema>;
export type PackExample = { script: string; firstRequest?: string };
export interface RuleExamples {
  technique: string;
  rule: string;
  mustMatch: PackExample[];
  mustNotMatch: PackExample[];
}

function issuePath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Spaces inside [...] would be read as "any whitespace run" by the engine; refuse them. */
function spaceInClass(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === ' ' && inClass) return true;
  }
  return false;
}

/**
 * A back-reference (\1, \k<name>). WebKit's regex engine, under the u flag the engine uses,
 * fails a back-reference to a group captured in a lookahead whenever the text holds a character
 * outside Latin-1 (a dash, a curly quote): Safari would then judge a script differently from
 * Chrome and Firefox. No pattern needs one, so the build refuses them. (Inside [...] the u flag
 * already refuses \1 and \k.)
 */
/** A capturing group: the compiled pack writes non-capturing groups as a bare "(" (see expandSource). */
function hasCapturingGroup(source: string): boolean {
  return /\((?!\?)/.test(source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/g, ''));
}

/** The compiled form of a source: "(?:" written "(", which expandSource reads back. */
const compact = (source: string) => source.replace(/\\.|\[(?:\\.|[^\]\\])*\]|\(\?:/g, (m) => (m === '(?:' ? '(' : m));

function hasBackReference(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\' && /[1-9k]/.test(source[++i] ?? '')) return true;
  }
  return false;
}

/** Compiles one authored pack into runtime data, or throws ContentError naming the field. */
export function compilePack(file: string, raw: unknown): { pack: CompiledPack; examples: RuleExamples[] } {
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError(file, issuePath(issue.path) || '(pack)', issue.message);
  }
  const pack: Pack = parsed.data;
  const terms = { ...pack.terms };
  // Word classes become terms like any other ({reduce}); only their inflected words ship.
  for (const [name, cls] of Object.entries(pack.lexicon ?? {})) {
    if (name in terms) throw new ContentError(file, `lexicon.${name}`, `"${name}" is already a term`);
    try {
      terms[name] = classSource(cls);
    } catch (error) {
      throw new ContentError(file, `lexicon.${name}`, (error as Error).message);
    }
  }
  const ids = new Set<string>();

  // Terms are pieces (often optional), so they may match the empty string on their own.
  for (const [name, source] of Object.entries(terms)) check(source, `terms.${name}`, undefined, true);

  /** Throws ContentError unless `source` expands and compiles exactly as the engine will. */
  function check(source: string, field: string, wrap: (s: string) => string = (s) => s, allowEmpty = false) {
    const fail = (problem: string): never => {
      throw new ContentError(file, field, problem);
    };
    for (const [, name] of source.matchAll(TERM)) {
      if (!(name! in terms)) fail(`unknown term {${name}} (define it under terms)`);
    }
    if (spaceInClass(source)) fail('a space inside [...] — write \\s there');
    if (hasBackReference(source)) fail('a back-reference (\\1 or \\k<name>): WebKit (Safari) can match it differently under the u flag; write the pattern without one');
    const body = expandSource(source, terms);
    try {
      new RegExp(wrap(body), 'u');
    } catch (error) {
      fail(`pattern does not compile: ${(error as Error).message}`);
    }
    if (!allowEmpty && new RegExp(body, 'u').test('')) fail('pattern matches the empty string, so it would match everywhere');
    // After the compile check, so a broken group is reported as not compiling.
    if (hasCapturingGroup(source)) fail('a capturing group "(…)": write "(?:…)"; the engine reads no captures');
    return source;
  }
  // A leading ^ means "only where a sentence or clause starts": those phrases are compiled apart
  // (without the ^), so the engine tries just them at each start. A ^ elsewhere is plain regex.
  const alternation = (list: string[] | undefined, field: string, atStart: boolean) =>
    list
      ?.map((p, i) => [p, i] as const)
      .filter(([p]) => p.startsWith('^') === atStart)
      .map(([p, i]) => check(atStart ? p.slice(1) : p, `${field}[${i}]`, wrapPhrase))
      .join('|') || undefined;

  const rules = pack.rules.map((rule, r): CompiledRule => {
    const at = `rules[${r}]`;
    if (ids.has(rule.id)) throw new ContentError(file, `${at}.id`, `duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
    const detectors = rule.detectors?.map((d, i): Detector => {
      const field = `${at}.detectors[${i}]`;
      if (d.kind === 'echoes-option' && d.outsideSentencesWith) check(d.outsideSentencesWith, `${field}.outsideSentencesWith`, wrapPhrase);
      if (d.kind !== 'descending-quantities') return d;
      check(d.notOfferBefore, `${field}.notOfferBefore`);
      check(d.notOfferAfter, `${field}.notOfferAfter`);
      // "between" may rightly match an empty gap ("X, Y" lists), so it may match ''.
      check(d.between, `${field}.between`, undefined, true);
      return d;
    });
    const out: CompiledRule = { id: rule.id, passWhenFound: rule.passWhen === 'found', pass: rule.pass, fail: rule.fail };
    const atStart: Phrases = {};
    for (const kind of ['patterns', 'mentions', 'exceptions'] as const) {
      const anywhere = alternation(rule[kind], `${at}.${kind}`, false);
      const starting = alternation(rule[kind], `${at}.${kind}`, true);
      if (anywhere) out[kind] = anywhere;
      if (starting) atStart[kind] = starting;
    }
    if (Object.keys(atStart).length) out.atStart = atStart;
    if (detectors) out.detectors = detectors;
    if (rule.fix) out.fix = rule.fix;
    return out;
  });

  pack.rules.forEach((rule, r) =>
    rule.detectors?.forEach((d, i) => {
      const [field, id] = d.kind === 'echoes-option' ? ['outsideEvidenceOf', d.outsideEvidenceOf] : d.kind === 'evidence-of' ? ['rule', d.rule] : [];
      if (id && !ids.has(id)) throw new ContentError(file, `rules[${r}].detectors[${i}].${field}`, `no rule "${id}" in this pack`);
    }),
  );
  pack.verdicts.forEach((v, i) => {
    for (const key of ['allPass', 'allFail'] as const) {
      const list = v[key];
      if (!Array.isArray(list)) continue;
      list.forEach((id, j) => {
        if (!ids.has(id)) throw new ContentError(file, `verdicts[${i}].${key}[${j}]`, `no rule "${id}" in this pack`);
      });
    }
  });
  const last = pack.verdicts[pack.verdicts.length - 1]!;
  if (last.allPass || last.allFail) {
    throw new ContentError(file, `verdicts[${pack.verdicts.length - 1}]`, 'the last verdict must have no conditions (it is the fallback)');
  }

  const asExample = (e: z.infer<typeof example>): PackExample => (typeof e === 'string' ? { script: e } : e);
  const examples = pack.rules.map((rule) => ({
    technique: pack.technique,
    rule: rule.id,
    mustMatch: rule.examples.mustMatch.map(asExample),
    mustNotMatch: rule.examples.mustNotMatch.map(asExample),
  }));
  const compactPhrases = <T extends Phrases>(phrases: T): T => {
    const out = { ...phrases };
    for (const kind of ['patterns', 'mentions', 'exceptions'] as const) if (out[kind]) out[kind] = compact(out[kind]);
    return out;
  };
  const compiledRules = rules.map((rule) => ({
    ...compactPhrases(rule),
    ...(rule.atStart ? { atStart: compactPhrases(rule.atStart) } : {}),
    ...(rule.detectors
      ? {
          detectors: rule.detectors.map((d) =>
            d.kind === 'descending-quantities' ? { ...d, notOfferBefore: compact(d.notOfferBefore), notOfferAfter: compact(d.notOfferAfter), between: compact(d.between) } : d,
          ),
        }
      : {}),
  }));
  const compiledTerms = Object.fromEntries(Object.entries(terms).map(([name, source]) => [name, compact(source)]));
  return { pack: { technique: pack.technique, terms: compiledTerms, rules: compiledRules, verdicts: pack.verdicts }, examples };
}

export async function loadPacks(contentDir: string) {
  const dir = join(contentDir, 'checkers');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => /\.(?:ya?ml|json)$/.test(f)).sort();
  const packs: Record<string, CompiledPack> = {};
  const examples: RuleExamples[] = [];
  for (const name of files) {
    const file = `content/checkers/${name}`;
    const text = await readFile(join(dir, name), 'utf8');
    let raw: unknown;
    try {
      raw = name.endsWith('.json') ? JSON.parse(text) : parse(text);
    } catch (error) {
      throw new ContentError(file, '(file)', `not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
    }
    const compiled = compilePack(file, raw);
    if (packs[compiled.pack.technique]) {
      throw new ContentError(file, 'technique', `"${compiled.pack.technique}" already has a pack`);
    }
    packs[compiled.pack.technique] = compiled.pack;
    examples.push(...compiled.examples);
  }
  return { packs, examples };
}

export async function generateCheckerPacks(contentDir: string): Promise<GeneratedModule[]> {
  const { packs, examples } = await loadPacks(contentDir);
  const header = '// Generated by scripts/content/checker-packs.ts from content/checkers/. Do not edit.\n';
  return [
    {
      file: 'checker-packs.ts',
      source:
        `${header}import type { CompiledPack } from '../checker/pack.js';\n\n` +
        `export const checkerPacks: Record<string, CompiledPack> = ${JSON.stringify(packs)};\n`,
    },
    {
      file: 'checker-pack-examples.ts',
      source:
        `${header}// Test-only: every rule's must-match / must-not-match examples.\n\n` +
        `export const checkerPackExamples: {\n  technique: string;\n  rule: string;\n` +
        `  mustMatch: { script: string; firstRequest?: string }[];\n` +
        `  mustNotMatch: { script: string; firstRequest?: string }[];\n}[] = ${JSON.stringify(examples, null, 1)};\n`,
    },
  ];
}
