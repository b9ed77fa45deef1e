/**
 * A cascade: two offers of the same kind where the later one is smaller and something like
 * "?", "or", "even" or "if not" stands between them. Amounts the pack marks as the earlier ask
 * ("instead of $1,000", "25% is a lot") are not offers, so "$100 instead of $1,000" is one step.
 */
import { expandSource } from './match.js';
import type { DescendingQuantities } from './pack.js';
import { findQuantities } from './quantities.js';
import type { Span } from './spans.js';

// Offers further apart than this are separate thoughts, not one run of retreats.
const REACH = 160;
const cache = new WeakMap<DescendingQuantities, [RegExp, RegExp, RegExp]>();

export function descendingOffers(
  text: string,
  detector: DescendingQuantities,
  terms: Record<string, string>,
  /** Amounts that aren't the speaker's (quoted) are not offers. */
  skip: (start: number, end: number) => boolean,
): Span[] {
  let compiled = cache.get(detector);
  if (!compiled) {
    const regex = (source: string, wrap: (s: string) => string, flags: string) => new RegExp(wrap(expandSource(source, terms)), flags);
    // Sticky, tried exactly at the amount's start / end: what stands just before is read
    // backwards by a lookbehind, instead of trying the phrase at every place in a slice.
    compiled = [
      regex(detector.notOfferBefore, (s) => `(?<=${s})`, 'uy'),
      regex(detector.notOfferAfter, (s) => `(?:${s})`, 'uy'),
      regex(detector.between, (s) => s, 'u'),
    ];
    cache.set(detector, compiled);
  }
  const [before, after, between] = compiled;
  const at = (re: RegExp, pos: number) => ((re.lastIndex = pos), re.test(text));
  const offers = findQuantities(text).filter((q) => !skip(q.start, q.end) && !at(before, q.start) && !at(after, q.end));
  const steps: Span[] = [];
  offers.forEach((later, j) => {
    for (let i = j - 1; i >= 0 && later.start - offers[i]!.end <= REACH; i--) {
      const earlier = offers[i]!;
      if (earlier.kind === later.kind && earlier.value > later.value && between.test(text.slice(earlier.end, later.start))) {
        steps.push([earlier.start, earlier.end], [later.start, later.end]);
        break;
      }
    }
  });
  return steps;
}
