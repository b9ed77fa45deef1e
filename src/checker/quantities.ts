/**
 * Amounts in normalised text — money, percentages, durations, counts of things, fractions,
 * and bare numbers that elide the unit ("three days? Two? Just one?") — so that a cascade of
 * successively smaller offers can be told from one step down or same-size alternatives.
 */
export interface Quantity {
  start: number;
  end: number;
  /** Amounts compare only within a kind: 'money', '%', 'time', 'part', or 'count:<noun>'. */
  kind: string;
  value: number;
  /** Multiplier a following bare number inherits ("$300? Or 200?", "3 days? Two?"). */
  unit: number;
}

const WORD_VALUES: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, ninety: 90, hundred: 100, couple: 2, few: 3, dozen: 12, half: 0.5, quarter: 0.25,
  third: 1 / 3,
};
const PARTS = new Set(['half', 'quarter', 'third']);
const MULTIPLIERS: Record<string, number> = { k: 1e3, grand: 1e3, thousand: 1e3, hundred: 100, m: 1e6, million: 1e6 };
const MONEY = /^(?:dollars?|bucks?|pounds?|euros?|quid)$/;
// Minutes; only the order matters (an evening is less than a day, more than an hour).
const TIME: Record<string, number> = {
  min: 1, minute: 1, hour: 60, hr: 60, h: 60, morning: 240, afternoon: 240, evening: 240,
  night: 240, day: 1440, weekend: 2880, week: 10080, fortnight: 20160, month: 43200, year: 525600,
};
// Clock times, dates and ordinals are not amounts.
const NOT_AMOUNT = /^(?:am|pm|st|nd|rd|th|o'clock)$/;
// Words that, right after a number, say nothing about what it counts.
const FUNCTION_WORD =
  /^(?:of|on|in|at|to|for|and|the|is|was|be|are|would|could|will|can|if|with|by|from|per|each|as|that|this|than|more|less|instead|now|next|it|i|you|we|so|but|too|please|left|who|which)$/;
const SIZE_WORD = /^(?:single|short|quick|solid|extra|spare|little|small|brief|measly|tiny)$/;
// A bare number followed by one of these is elliptic: it inherits the previous unit.
const ELLIPTIC_NEXT = /^(?:or|then|maybe|perhaps|even|just|instead|would|could|is|sounds?)$/;

// "third" and "quarter" alone are usually ordinals or calendar words; "a third" is an amount.
const NUMBER_WORDS = Object.keys(WORD_VALUES).filter((w) => w !== 'third' && w !== 'quarter');
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])([$£€¥] ?)?(?:(\d[\d,]*(?:\.\d+)?)|(${NUMBER_WORDS.join('|')})(?![\p{L}\p{N}']))`,
  'gu',
);
const NEXT_WORD = /[ -]*([\p{L}%][\p{L}']*)/uy;

export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const q = read(text, m);
    if (!q) continue;
    if (q.kind === '') {
      // Elliptic: borrow the unit of the amount just before, if it is close.
      const prev = found[found.length - 1];
      if (!prev || q.start - prev.end > 80) continue;
      q.kind = prev.kind;
      q.unit = prev.unit;
      q.value *= prev.unit;
    }
    found.push(q);
  }
  return found;
}

function read(text: string, m: RegExpExecArray | RegExpMatchArray): Quantity | undefined {
  const start = m.index!;
  let end = start + m[0].length;
  const currency = Boolean(m[1]);
  const digits = m[2];
  let word = m[3];
  let value = digits ? Number(digits.replace(/,/g, '')) : WORD_VALUES[word!]!;
  const next = () => {
    NEXT_WORD.lastIndex = end;
    const w = NEXT_WORD.exec(text);
    return w ? { word: w[1]!, end: NEXT_WORD.lastIndex } : undefined;
  };
  let w = next();
  // "a couple of", "a few", "half an hour", "a quarter of an hour"
  if ((word === 'a' || word === 'an') && w && WORD_VALUES[w.word] && w.word.length > 2) {
    word = w.word;
    value = WORD_VALUES[word]!;
    end = w.end;
    w = next();
  }
  while (w && (/^(?:of|an?)$/.test(w.word) && (PARTS.has(word ?? '') || word === 'couple') || SIZE_WORD.test(w.word))) {
    end = w.end;
    w = next();
  }
  const mult = w && MULTIPLIERS[w.word];
  if (mult && (digits || word)) {
    value *= mult;
    end = w!.end;
    w = next();
  }
  const unitWord = w?.word.replace(/s$/, '');
  const take = (kind: string, unit = 1): Quantity => ({ start, end: w ? w.end : end, kind, value: value * unit, unit });
  if (currency) return { start, end, kind: 'money', value, unit: mult || 1 };
  if (w?.word === '%' || unitWord === 'percent') return take('%');
  if (unitWord && MONEY.test(w!.word)) return take('money');
  if (unitWord && TIME[unitWord]) return take('time', TIME[unitWord]);
  if (mult) return { start, end, kind: 'money', value, unit: mult };
  if (w && NOT_AMOUNT.test(w.word)) return undefined;
  // Right after a digit with no space ("2pm", "3rd", "10am") the letters are not a noun.
  if (digits && w && text[end] !== ' ' && text[end] !== '-') return undefined;
  const isPart = PARTS.has(word ?? '');
  // "a"/"an" only count with a unit ("an hour"); "a page" is not an amount worth comparing.
  if (word === 'a' || word === 'an') return undefined;
  const elliptic = w ? ELLIPTIC_NEXT.test(w.word) : /^\s*(?:[?.!,;…—–)]|$)/.test(text.slice(end, end + 4));
  if (elliptic) return { start, end, kind: isPart ? 'part' : '', value, unit: 1 };
  if (!w || FUNCTION_WORD.test(w.word) || SIZE_WORD.test(w.word)) return undefined;
  return take(`count:${unitWord}`);
}
