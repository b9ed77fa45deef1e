/**
 * Amounts in normalised text — money, percentages, durations, counts of things, fractions,
 * and bare numbers that elide the unit ("three days? Two? Just one?") — so that a cascade of
 * successively smaller offers can be told from one step down or same-size alternatives.
 */
import { eachMatch } from './each-match.js';
import { FUNCTION_WORDS } from './echo.js';
import { lazy } from './lazy.js';

export interface Quantity {
  start: number;
  end: number;
  /** Amounts compare only within a kind: 'money', '%', 'time', 'part', 'bare' or 'count:<noun>'. */
  kind: string;
  value: number;
  /** Multiplier a following bare number inherits ("$300? Or 200?", "3 days? Two?"). */
  unit: number;
}

// Lookup tables as plain objects: nothing to build when the bundle is evaluated.
const WORD_VALUES: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100, couple: 2, few: 3, dozen: 12, half: .5, quarter: .25, third: .333 };
const PARTS = /^(?:half|quarter|third)$/;
const MULTIPLIERS: Record<string, number> = { k: 1e3, grand: 1e3, thousand: 1e3, hundred: 100, m: 1e6, million: 1e6 };
const MONEY = /^(?:dollars?|bucks?|pounds?|euros?|quid)$/;
// Minutes; only the order matters (an evening is less than a day, more than an hour).
const TIME: Record<string, number> = { min: 1, minute: 1, hour: 60, hr: 60, h: 60, morning: 240, afternoon: 240, evening: 240, night: 240, day: 1440, weekend: 2880, week: 10080, fortnight: 20160, month: 43200, year: 525600 };
// Clock times, dates and ordinals are not amounts.
const NOT_AMOUNT = /^(?:am|pm|st|nd|rd|th|o'clock)$/;
const SIZE = 'single|short|quick|solid|extra|spare|little|small|brief|measly|tiny';
const SIZE_WORD = new RegExp(`^(?:${SIZE})$`);
// A bare number followed by one of these is elliptic: it inherits the previous unit.
const ELLIPTIC_NEXT = /^(?:or|then|maybe|perhaps|even|just|instead|would|could|is|sounds?)$/;

// "third" and "quarter" alone are usually ordinals or calendar words; "a third" is an amount.
// "a"/"an" are amounts only before a unit or a number word ("an hour", "a few"); matching
// them only there keeps this pass cheap on ordinary prose. Built on the first check (≈ 0.1 ms
// of every page's evaluation otherwise).
const NUMBER = lazy(
  () =>
    new RegExp(
      `(?:([$£€¥]) ?|\\b)(?:(\\d[\\d,]*(?:\\.\\d+)?)|\\b(${Object.keys(WORD_VALUES)
        .filter((w) => w.length > 2 && !/^(?:third|quarter)$/.test(w))
        .join('|')}|an?(?= (?:(?:${SIZE}) )?(?:few|couple|half|quarter|third|dozen|${Object.keys(TIME).join('|')})))\\b)`,
      'gu',
    ),
);
// Built on the first check (see lazy.ts).
const NEXT_WORD = lazy(() => new RegExp(String.raw`[ -]*([\p{L}%][\p{L}']*)`, 'uy'));

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let readUpTo = 0;
  eachMatch(NUMBER(), text, (m) => {
    // "a few days" is one amount, not also "few days".
    const q = m.index < readUpTo ? undefined : read(text, m);
    if (!q) return;
    if (!q.kind) {
      // Elliptic: borrow the unit of the amount just before, if it is close. With none, a number
      // offered as a question ("until ten? Or nine?") is a unitless amount of its own.
      const prev = found[found.length - 1];
      if (prev && q.start - prev.end <= 80) {
        q.kind = prev.kind;
        q.unit = prev.unit;
        q.value *= prev.unit;
      } else if (/^ ?\?/.test(text.slice(q.end, q.end + 2))) q.kind = 'bare';
      else return;
    }
    found.push(q);
    readUpTo = q.end;
  });
  return found;
}

function nextWord(text: string, end: number) {
  const next = NEXT_WORD();
  next.lastIndex = end;
  const w = next.exec(text);
  return w && { word: w[1]!, end: next.lastIndex };
}

// Either half of a clock time ("9:15", "10:30") is not an amount.
const CLOCK = /\d:$|^:\d/;

function read(text: string, m: RegExpMatchArray): Quantity | undefined {
  const start = m.index!;
  let end = start + m[0].length;
  const digits = m[2];
  if (digits && (CLOCK.test(text.slice(start - 2, start)) || CLOCK.test(text.slice(end, end + 2)))) return;
  let word = m[3] ?? '';
  let value = digits ? Number(digits.replace(/,/g, '')) : WORD_VALUES[word]!;
  let w = nextWord(text, end);
  // "a couple of", "a few", "half an hour", "a quarter of an hour"
  if (/^an?$/.test(word) && w && WORD_VALUES[w.word] && w.word.length > 2) {
    word = w.word;
    value = WORD_VALUES[word]!;
    end = w.end;
    w = nextWord(text, end);
  }
  while (w && ((/^(?:of|an?)$/.test(w.word) && /^(?:half|quarter|third|couple)$/.test(word)) || SIZE_WORD.test(w.word))) {
    end = w.end;
    w = nextWord(text, end);
  }
  const mult = w && MULTIPLIERS[w.word];
  if (mult && (digits || word)) {
    value *= mult;
    end = w!.end;
    w = nextWord(text, end);
  }
  const unitWord = w?.word.replace(/s$/, '');
  if (m[1]) return { start, end, kind: 'money', value, unit: mult || 1 };
  const unit = unitWord ? TIME[unitWord] : 0;
  const kind = w?.word === '%' || unitWord === 'percent' ? '%' : unitWord && MONEY.test(w!.word) ? 'money' : unit ? 'time' : '';
  if (kind) return { start, end: w!.end, kind, value: value * (unit || 1), unit: unit || 1 };
  if (mult) return { start, end, kind: 'money', value, unit: mult };
  if (w && NOT_AMOUNT.test(w.word)) return;
  // Right after a digit with no space ("2pm", "3rd", "10am") the letters are not a noun.
  if (digits && w && text[end] !== ' ' && text[end] !== '-') return;
  // "a"/"an" only count with a unit ("an hour"); "a page" is not an amount worth comparing.
  if (/^an?$/.test(word)) return;
  if (w ? ELLIPTIC_NEXT.test(w.word) : /^\s*(?:[?.!,;…—–)]|$)/.test(text.slice(end, end + 4))) {
    return { start, end, kind: PARTS.test(word) ? 'part' : '', value, unit: 1 };
  }
  if (!w || FUNCTION_WORDS.has(w.word) || SIZE_WORD.test(w.word)) return;
  return { start, end: w.end, kind: `count:${unitWord}`, value, unit: 1 };
}
