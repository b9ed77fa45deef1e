/** `[start, end)` offsets, like a DOM Range. */
export type Span = [number, number];

/** Index of the last span starting at or before `pos` in a list sorted by start, or -1. */
export function lastStartingBefore(spans: readonly (readonly number[])[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0]! <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The last of ascending offsets that is at or before `pos`, or 0 when none is. */
export function lastAtOrBefore(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= pos) {
      found = sorted[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Whether [start, end) overlaps a span of a merged list (see mergeSpans). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = lastStartingBefore(spans, end - 1);
  return i >= 0 && spans[i]![1] > start;
}

/** Whether [start, end) lies wholly inside one span of a merged list. */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = lastStartingBefore(spans, start);
  return i >= 0 && spans[i]![1] >= end;
}

/** Sorted, with overlapping or touching spans merged. */
export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
