import type { EvidenceRange } from '../../checker/types.js';

/**
 * A run of the checked text whose set of highlighting rules is constant. Evidence ranges of
 * different rules may overlap or nest; cutting the text at every range boundary gives runs that
 * each render as one `<mark>` (or plain text), so nothing is nested or drawn twice.
 */
export interface Segment {
  start: number;
  end: number;
  /** Indexes of the rules whose evidence covers this run (empty: plain text). */
  rules: number[];
  /** Rules whose evidence phrase finishes with this run: where the rule's tag is shown. */
  closes: number[];
}

/**
 * Splits `[0, length)` at every evidence boundary. A sweep over sorted boundaries keeps this
 * O(n log n) in the number of ranges, whatever the engine returns for pathological input;
 * ranges outside the text, empty or non-numeric are ignored rather than trusted.
 */
export function segmentEvidence(length: number, evidenceByRule: readonly (readonly EvidenceRange[])[]): Segment[] {
  const events: [position: number, rule: number, delta: 1 | -1][] = [];
  evidenceByRule.forEach((ranges, rule) => {
    for (const { start, end } of ranges) {
      const from = Math.max(0, Math.floor(start));
      const to = Math.min(length, Math.floor(end));
      if (!(from < to)) continue; // also drops NaN
      events.push([from, rule, 1], [to, rule, -1]);
    }
  });
  // At one position, closings sort before openings, so a range ending where another begins splits.
  events.sort((a, b) => a[0] - b[0] || a[2] - b[2]);

  const open = new Array<number>(evidenceByRule.length).fill(0);
  const segments: Segment[] = [];
  let cursor = 0;
  let i = 0;
  while (i < events.length) {
    const position = events[i]![0];
    if (position > cursor) {
      segments.push({ start: cursor, end: position, rules: activeRules(open), closes: [] });
      cursor = position;
    }
    const before = activeRules(open);
    for (; i < events.length && events[i]![0] === position; i++) open[events[i]![1]]! += events[i]![2];
    const last = segments[segments.length - 1];
    if (last && last.end === position) last.closes = before.filter((rule) => open[rule] === 0);
  }
  if (cursor < length) segments.push({ start: cursor, end: length, rules: [], closes: [] });
  return segments;
}

function activeRules(open: readonly number[]): number[] {
  const rules: number[] = [];
  open.forEach((count, rule) => {
    if (count > 0) rules.push(rule);
  });
  return rules;
}
