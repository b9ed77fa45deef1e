/**
 * The rule pack cut into the pieces pruning may remove, and the labelled samples it is scored on:
 * shared by `npm run checker:tradeoff` (greedy, bytes against accuracy) and `npm run checker:prune`
 * (leave-one-out, then the free pieces removed from the YAML).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseDocument, type YAMLMap, type YAMLSeq, type Scalar } from 'yaml';
import type { CompiledPack } from '../../src/checker/pack.js';
import type { CheckOptions, Verdict } from '../../src/checker/types.js';
import { expectedVerdict, readRows } from '../eval-checker.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACK_FILE = 'content/checkers/make-the-step-down-visibly-deliberate.yaml';

// ---------------------------------------------------------------------------------------------
// Splitting regex sources into top-level alternatives

/** Each character of `src` outside [...] classes and escapes, with the group depth after it. */
export function* scan(src: string): Generator<{ i: number; ch: string; depth: number }> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      yield { i, ch, depth };
    }
  }
}

/** `src` split at each `|` outside groups and [...] classes (escapes honoured). */
export function splitTopLevel(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const { i, ch, depth } of scan(src)) {
    if (ch === '|' && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** A source that is one non-capturing group (optionally `?`): its inside, else undefined. */
export function wholeGroup(src: string): { open: string; inner: string; close: string } | undefined {
  const close = src.endsWith(')?') ? ')?' : src.endsWith(')') ? ')' : '';
  if (!src.startsWith('(?:') || !close) return undefined;
  for (const { i, ch, depth } of scan(src)) {
    if (ch === ')' && depth === 0 && i !== src.length - close.length) return undefined;
  }
  return { open: '(?:', inner: src.slice(3, src.length - close.length), close };
}

// ---------------------------------------------------------------------------------------------
// The pack as removable pieces

export const KINDS = ['patterns', 'mentions', 'exceptions'] as const;
export type Kind = (typeof KINDS)[number];

export interface RawRule {
  id: string;
  detectors?: { kind: string; outsideEvidenceOf?: string }[];
  [key: string]: unknown;
}
export interface RawPack {
  terms?: Record<string, string>;
  rules: RawRule[];
  [key: string]: unknown;
}

export interface Entry {
  anchored: boolean;
  alts: string[];
  alive: boolean[];
}
export interface Term {
  name: string;
  /** Set when the term is one group whose alternatives may go one by one. */
  group?: { open: string; close: string; alts: string[]; alive: boolean[] };
  source: string;
  alive: boolean;
}
export interface State {
  lists: Record<Kind, Entry[] | undefined>[];
  terms: Term[];
}

export function initialState(raw: RawPack): State {
  const lists = raw.rules.map((rule) => {
    const out = {} as Record<Kind, Entry[] | undefined>;
    for (const kind of KINDS) {
      const list = rule[kind] as string[] | undefined;
      out[kind] = list?.map((p) => {
        const anchored = p.startsWith('^');
        const alts = splitTopLevel(anchored ? p.slice(1) : p);
        return { anchored, alts, alive: alts.map(() => true) };
      });
    }
    return out;
  });
  const terms = Object.entries(raw.terms ?? {}).map(([name, source]): Term => {
    const g = wholeGroup(source);
    const alts = g && splitTopLevel(g.inner);
    return {
      name,
      source,
      alive: true,
      ...(g && alts && alts.length > 1 ? { group: { open: g.open, close: g.close, alts, alive: alts.map(() => true) } } : {}),
    };
  });
  return { lists, terms };
}

export const cloneState = (s: State): State => structuredClone(s);
export const entryText = (e: Entry) => (e.anchored ? '^' : '') + e.alts.filter((_, i) => e.alive[i]).join('|');
export const termText = (t: Term) => (t.group ? t.group.open + t.group.alts.filter((_, i) => t.group!.alive[i]).join('|') + t.group.close : t.source);

/** The authored pack with only the live pieces; everything else (detectors, messages…) as read. */
export function rebuild(raw: RawPack, s: State): RawPack {
  const out = structuredClone(raw);
  out.rules.forEach((rule, r) => {
    for (const kind of KINDS) {
      const entries = s.lists[r]![kind];
      if (!entries) continue;
      const list = entries.filter((e) => e.alive.some(Boolean)).map(entryText);
      if (list.length) rule[kind] = list;
      else delete rule[kind];
    }
  });
  if (raw.terms) out.terms = Object.fromEntries(s.terms.filter((t) => t.alive).map((t) => [t.name, termText(t)]));
  return out;
}

export interface Unit {
  /** Stable while its text is unchanged, so a cached cost can be reused. */
  key: string;
  label: string;
  text: string;
  /** The rule it lives in, or undefined for a term (which may change every rule). */
  rule?: number;
  apply(s: State): void;
}

export function listUnits(s: State, raw: RawPack): Unit[] {
  const units: Unit[] = [];
  s.lists.forEach((lists, r) => {
    const rule = raw.rules[r]!;
    // Never leave a rule with nothing to find: count what it would keep.
    const finders = (['patterns', 'mentions'] as const).reduce((n, k) => n + (lists[k]?.filter((e) => e.alive.some(Boolean)).length ?? 0), 0);
    const hasDetectors = !!rule.detectors?.length;
    for (const kind of KINDS) {
      lists[kind]?.forEach((entry, e) => {
        const live = entry.alive.filter(Boolean).length;
        if (!live) return;
        const lastFinder = kind !== 'exceptions' && finders === 1 && !hasDetectors;
        const where = `${rule.id}.${kind}[${e}]`;
        if (live > 1) {
          entry.alts.forEach((alt, a) => {
            if (!entry.alive[a]) return;
            units.push({
              key: `${where}|${a}`,
              label: `${where} alt ${a}`,
              text: alt,
              rule: r,
              apply: (st) => void (st.lists[r]![kind]![e]!.alive[a] = false),
            });
          });
        }
        if (lastFinder) return;
        const text = entryText(entry);
        units.push({
          key: `${where}=${text}`,
          label: live > 1 ? `${where} (whole entry)` : `${where}`,
          text,
          rule: r,
          apply: (st) => void st.lists[r]![kind]![e]!.alive.fill(false),
        });
      });
    }
  });
  // Terms: their group's alternatives (never the last), and a term nothing refers to any more.
  const used = JSON.stringify(rebuild(raw, s).rules);
  const termsText = s.terms.filter((t) => t.alive).map(termText).join('\n');
  s.terms.forEach((term, t) => {
    if (!term.alive) return;
    const ref = `{${term.name}}`;
    if (!used.includes(ref) && !termsText.includes(ref)) {
      units.push({ key: `term ${term.name}`, label: `terms.${term.name} (unused)`, text: termText(term), apply: (st) => void (st.terms[t]!.alive = false) });
      return;
    }
    const g = term.group;
    if (!g || g.alive.filter(Boolean).length < 2) return;
    g.alts.forEach((alt, a) => {
      if (!g.alive[a]) return;
      units.push({
        key: `terms.${term.name}|${a}`,
        label: `terms.${term.name} alt ${a}`,
        text: alt,
        apply: (st) => void (st.terms[t]!.group!.alive[a] = false),
      });
    });
  });
  return units;
}

// ---------------------------------------------------------------------------------------------
// Scoring

export interface Sample {
  script: string;
  options: CheckOptions;
  /** Labels per rule id; pack examples label only their own rule. */
  labels: Record<string, boolean>;
  verdict?: Verdict;
}

export function loadSet(file: string): Sample[] {
  return readRows(join(root, file)).map((row) => ({
    script: row.script,
    options: row.firstRequest ? { firstRequest: row.firstRequest } : {},
    labels: row.labels,
    verdict: expectedVerdict(row.script, row.labels),
  }));
}

/** Each example is a one-rule sample: "must match" means the rule finds something. */
export function exampleSamples(raw: RawPack): Sample[] {
  const asSample = (ex: unknown, ruleId: string, found: boolean, passWhenFound: boolean): Sample => {
    const e = typeof ex === 'string' ? { script: ex } : (ex as { script: string; firstRequest?: string });
    return { script: e.script, options: e.firstRequest ? { firstRequest: e.firstRequest } : {}, labels: { [ruleId]: found === passWhenFound } };
  };
  return raw.rules.flatMap((rule) => {
    const ex = rule.examples as { mustMatch: unknown[]; mustNotMatch: unknown[] };
    const pwf = rule.passWhen === 'found';
    return [...ex.mustMatch.map((x) => asSample(x, rule.id, true, pwf)), ...ex.mustNotMatch.map((x) => asSample(x, rule.id, false, pwf))];
  });
}

export const sizeOf = (pack: CompiledPack) => {
  const json = JSON.stringify(pack);
  return { gzip: gzipSync(json, { level: 9 }).length, json: Buffer.byteLength(json) };
};

/**
 * Writes `state` back into the pack's YAML file: removed entries go with their comments, trimmed
 * ones are rewritten in place, and every other byte of the file (comments, examples, order) stays.
 */
export function writePack(raw: RawPack, s: State, file = PACK_FILE) {
  const path = join(root, file);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const rules = doc.get('rules') as YAMLSeq<YAMLMap>;
  raw.rules.forEach((_, r) => {
    const rule = rules.items[r]!;
    for (const kind of KINDS) {
      const entries = s.lists[r]![kind];
      const seq = rule.get(kind) as YAMLSeq<Scalar> | undefined;
      if (!entries || !seq) continue;
      // Backwards, so a deletion leaves the indexes still to visit where they were.
      for (let e = entries.length - 1; e >= 0; e--) {
        const entry = entries[e]!;
        if (!entry.alive.some(Boolean)) seq.delete(e);
        else if (entry.alive.some((a) => !a)) seq.items[e]!.value = entryText(entry);
      }
      if (!seq.items.length) rule.delete(kind);
    }
  });
  const terms = doc.get('terms') as YAMLMap;
  for (const t of s.terms) {
    if (!t.alive) terms.delete(t.name);
    else if (t.group?.alive.some((a) => !a)) (terms.get(t.name, true) as Scalar).value = termText(t);
  }
  writeFileSync(path, doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
}
