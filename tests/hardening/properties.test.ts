import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkScript } from '../../src/checker/index.js';
import { evidenceStrengths, type TechniqueCard } from '../../src/catalog/schema.js';
import { inlineCard, manifestAttributes, mount, seedSlug, settle, unmountAll, watchPage, type IxTag, type PageWatch } from './harness.js';
import { isHttpLink } from './hostile-card.js';
import { shadowRoots, shownText } from './inspect.js';

/**
 * Property tests: random cards through the renderer (valid ones show every field's text,
 * invalid ones a specific error), random values in every attribute of every element (never a
 * throw, a blank box or "NaN"/"undefined"/"[object Object]"), random strings through
 * `checkScript` (never throws, offsets in bounds, the verdict follows the rules).
 * Run counts stay modest: the whole hardening run shares two cores with the rest of the suite.
 */

let page: PageWatch;
beforeEach(() => (page = watchPage()));
afterEach(() => {
  page.restore();
  unmountAll();
});

// Random `src` values are mostly relative addresses: the "server" answers 404, on this machine.
const realFetch = window.fetch.bind(window);
before(() => (window.fetch = () => Promise.resolve(new Response('not here', { status: 404, statusText: 'Not Found' }))));
after(() => (window.fetch = realFetch));

/** Text a renderer must never produce from its own logic (values given by the test are removed first). */
const brokenWords = /NaN|undefined|\[object Object\]|Infinity|∞/;

function brokenWordsIn(text: string, given: readonly string[]): string | undefined {
  let rest = text;
  // Longest first: removing "-" before "-Infinity" would leave an "Infinity" the page wrote.
  const forms = given.flatMap((value) => [value, value.trim()]).sort((a, b) => b.length - a.length);
  for (const form of forms) if (form) rest = rest.split(form).join('');
  return brokenWords.exec(rest)?.[0];
}

// ---------------------------------------------------------------------------------------------
// Cards

/** Mostly readable text with markup characters, paragraph breaks and any Unicode mixed in. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '<', '>', '&', '"', "'", '\n\n', '{', '}', '—', '’', '🙂', 'ש'), maxLength: 30 }),
);
const prose = anyText.filter((text) => /\S/.test(text));

const validSource = fc.record(
  {
    authors: fc.array(prose, { minLength: 1, maxLength: 4 }),
    year: fc.integer({ min: 1500, max: 2100 }),
    title: prose,
    venue: prose,
    doi: fc.stringMatching(/^10\.\d{4,9}\/\S{1,20}$/),
    url: fc.oneof(fc.webUrl(), prose),
  },
  { requiredKeys: ['authors', 'year', 'title', 'venue'] },
);

const validCard: fc.Arbitrary<TechniqueCard> = fc.record(
  {
    slug: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/),
    title: prose,
    summary: prose,
    why: prose,
    how: fc.array(prose, { minLength: 1, maxLength: 5 }),
    evidence: fc.record({ strength: fc.constantFrom(...evidenceStrengths), body: prose, caveat: prose }, { requiredKeys: ['strength', 'body'] }),
    sources: fc.array(validSource, { minLength: 1, maxLength: 3 }),
    mistake: prose,
    cta: fc.record({
      product: prose,
      pitch: prose,
      trialDays: fc.integer({ min: 0, max: 365 }),
      price: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e15, noNaN: true })),
      currency: fc.oneof(fc.constantFrom('USD', 'EUR', 'JPY', 'GBP', 'KWD', 'CHF'), fc.stringMatching(/^[A-Z]{3}$/)),
      interval: fc.constantFrom('month' as const, 'year' as const),
    }),
  },
  { requiredKeys: ['slug', 'title', 'summary', 'why', 'how', 'evidence', 'sources', 'mistake', 'cta'] },
);

/** What a reader must find for each field of a valid card (`where`: the card or its call to action). */
function expectedCardTexts(card: TechniqueCard): [field: string, text: string, where: 'card' | 'cta'][] {
  const paragraphs = (field: string, text: string) => text.split('\n\n').map((p, i): [string, string, 'card'] => [`${field} ¶${i + 1}`, p, 'card']);
  const expected: [string, string, 'card' | 'cta'][] = [
    ['title', card.title, 'card'],
    ['summary', card.summary, 'card'],
    ...paragraphs('why', card.why),
    ...card.how.map((step, i): [string, string, 'card'] => [`how[${i}]`, step, 'card']),
    ...paragraphs('evidence.body', card.evidence.body),
    ...(card.evidence.caveat ? paragraphs('evidence.caveat', card.evidence.caveat) : []),
    ['evidence.strength', card.evidence.strength.replace('-', ' '), 'card'],
    ...paragraphs('mistake', card.mistake),
    ['cta.product', card.cta.product.trim(), 'cta'],
  ];
  // The call to action fills {price}-style placeholders in its texts, the card's pitch included.
  if (!/\{\w+\}/.test(card.cta.pitch)) expected.push(['cta.pitch', card.cta.pitch.trim(), 'cta']);
  card.sources.forEach((source, i) => {
    expected.push([`sources[${i}].title`, source.title, 'card'], [`sources[${i}].venue`, source.venue, 'card'], [`sources[${i}].year`, String(source.year), 'card']);
    // In-text authors: surnames (the part before a comma); "et al." after the first of three or more.
    const cited = source.authors.length > 2 ? source.authors.slice(0, 1) : source.authors;
    cited.forEach((author, j) => expected.push([`sources[${i}].authors[${j}]`, author.split(',')[0]!.trim(), 'card']));
    if (source.doi) expected.push([`sources[${i}].doi`, `doi:${source.doi}`, 'card']);
  });
  return expected;
}

async function renderInline(content: unknown, attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const host = mount('ix-technique-card', attributes, [inlineCard(content)]);
  await settle(host);
  return host;
}

describe('property: random cards through the renderer', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  it('a valid card shows every field as text, links only http(s) urls, and warns for the rest', async () => {
    await fc.assert(
      fc.asyncProperty(validCard, fc.integer({ min: 2, max: 6 }), async (card, level) => {
        page.warnings.length = 0;
        const host = await renderInline(card, { 'heading-level': String(level) });
        try {
          const root = host.shadowRoot!;
          expect(root.querySelector('[role="alert"]')?.textContent ?? '', 'no error').to.equal('');
          expect(root.querySelector(`h${level}[part~="title"]`)?.textContent, 'title heading at the level asked').to.equal(card.title);
          const cardText = root.textContent;
          const ctaText = root.querySelector('ix-trial-cta')?.shadowRoot?.textContent ?? '';
          for (const [field, text, where] of expectedCardTexts(card)) {
            expect((where === 'cta' ? ctaText : cardText).includes(text), `${field} ${JSON.stringify(text)} shown`).to.be.true;
          }
          const linked = [...root.querySelectorAll('a')].map((a) => a.href);
          // A DOI wins over a url.
          const urls = card.sources.filter((source) => !source.doi && source.url).map((source) => source.url!);
          for (const url of urls.filter(isHttpLink)) expect(linked, `link to ${url}`).to.include(new URL(url, document.baseURI).href);
          const dropped = page.warnings.filter((warning) => warning.includes('dropped the link')).length;
          expect(dropped, 'a warning per dropped link').to.equal(urls.filter((url) => !isHttpLink(url)).length);
          expect(brokenWordsIn(ctaText, [card.cta.product, card.cta.pitch]), 'call to action terms').to.equal(undefined);
          expect(page.errors).to.deep.equal([]);
        } finally {
          host.remove();
        }
      }),
      { numRuns: 80 },
    );
  });

  type Path = (string | number)[];
  const pathName = (path: Path) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

  const notString = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({ a: 1 }));
  const notArray = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant({}));
  const notObject = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant([1]));
  const blank = fc.constantFrom('', ' ', '\n\t ');
  const notMatching = (pattern: RegExp) => fc.oneof(notString, fc.string().filter((s) => !pattern.test(s)));
  const notInteger = (min: number, max: number) =>
    fc.oneof(fc.integer().filter((n) => n < min || n > max), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)), fc.string(), fc.constant(null));

  /** Every field of a card with values its schema refuses (`required`: deleting it is an error too). */
  const fields: [Path, fc.Arbitrary<unknown>, required: boolean][] = [
    [['slug'], notMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), true],
    [['title'], fc.oneof(blank, notString), true],
    [['summary'], fc.oneof(blank, notString), true],
    [['why'], fc.oneof(blank, notString), true],
    [['how'], fc.oneof(fc.constant([]), notArray), true],
    [['how', 0], fc.oneof(blank, notString), false],
    [['evidence'], notObject, true],
    [['evidence', 'strength'], fc.oneof(notString, fc.string().filter((s) => !(evidenceStrengths as readonly string[]).includes(s))), true],
    [['evidence', 'body'], fc.oneof(blank, notString), true],
    [['evidence', 'caveat'], fc.oneof(blank, notString), false],
    [['sources'], fc.oneof(fc.constant([]), notArray), true],
    [['sources', 0], notObject, false],
    [['sources', 0, 'authors'], fc.oneof(fc.constant([]), notArray), true],
    [['sources', 0, 'authors', 0], fc.oneof(blank, notString), false],
    [['sources', 0, 'year'], notInteger(1500, 2100), true],
    [['sources', 0, 'title'], fc.oneof(blank, notString), true],
    [['sources', 0, 'venue'], fc.oneof(blank, notString), true],
    [['sources', 0, 'doi'], notMatching(/^10\.\d{4,9}\/\S+$/), false],
    [['sources', 0, 'url'], notString, false],
    [['mistake'], fc.oneof(blank, notString), true],
    [['cta'], notObject, true],
    [['cta', 'product'], fc.oneof(blank, notString), true],
    [['cta', 'pitch'], fc.oneof(blank, notString), true],
    [['cta', 'trialDays'], notInteger(0, 365), true],
    [['cta', 'price'], fc.oneof(fc.double({ max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }), fc.string(), fc.constant(null)), true],
    [['cta', 'currency'], notMatching(/^[A-Z]{3}$/), true],
    [['cta', 'interval'], fc.oneof(notString, fc.string().filter((s) => s !== 'month' && s !== 'year')), true],
  ];

  /** One mutation of a valid card and the words its error message must contain. */
  type Mutation = { content: unknown; names: string; given: string };
  const mutation: fc.Arbitrary<(card: TechniqueCard) => Mutation> = fc.oneof(
    fc.constantFrom(...fields).chain(([path, bad, required]) =>
      fc.oneof(
        bad.map((value) => (card: TechniqueCard): Mutation => ({ content: setAt(card, path, value), names: pathName(path), given: JSON.stringify(value) ?? '' })),
        ...(required ? [fc.constant((card: TechniqueCard): Mutation => ({ content: setAt(card, path, undefined), names: pathName(path), given: '' }))] : []),
      ),
    ),
    fc
      .tuple(fc.constantFrom<Path>([], ['evidence'], ['sources', 0], ['cta']), fc.string({ minLength: 1, maxLength: 12 }).filter((key) => /^[\w-]+$/.test(key)))
      .map(([at, key]) => (card: TechniqueCard): Mutation => {
        const path = [...at, `x-${key}`];
        return { content: setAt(card, path, 'extra'), names: pathName(path), given: '' };
      }),
    notObject.map((value) => (): Mutation => ({ content: value, names: 'is not a valid technique card', given: JSON.stringify(value) })),
    fc.double({ min: 0, max: 0.999, noNaN: true }).map((cut) => (card: TechniqueCard): Mutation => {
      const text = JSON.stringify(card);
      return { content: text.slice(0, Math.floor(text.length * cut)), names: 'is not valid JSON', given: text };
    }),
  );

  it('an invalid card shows an alert naming the field, warns once, and is never blank or thrown', async () => {
    await fc.assert(
      fc.asyncProperty(validCard, mutation, async (card, mutate) => {
        const { content, names, given } = mutate(card);
        page.warnings.length = 0;
        const errors: Event[] = [];
        document.addEventListener('ix-card-error', (event) => errors.push(event), { once: true });
        // A string is the script's text as is (broken JSON); anything else is serialised.
        const host = await renderInline(typeof content === 'string' && names === 'is not valid JSON' ? content : JSON.stringify(content));
        try {
          const alert = host.shadowRoot!.querySelector('[role="alert"]');
          expect(alert, 'an alert').to.not.equal(null);
          expect(alert!.textContent, 'the alert names the field').to.contain(names);
          expect(brokenWordsIn(alert!.textContent, [given]), 'broken words in the message').to.equal(undefined);
          expect(host.getBoundingClientRect().height, 'not a blank box').to.be.above(0);
          expect(page.warnings.filter((warning) => warning.includes('<ix-technique-card')), 'one warning').to.have.length(1);
          expect(errors, 'one ix-card-error').to.have.length(1);
          expect(page.errors).to.deep.equal([]);
        } finally {
          host.remove();
        }
      }),
      { numRuns: 100 },
    );
  });
});

/** A deep copy of `value` with `path` set (undefined: deleted). */
function setAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  if (replacement === undefined) delete target[path.at(-1)!];
  else target[path.at(-1)!] = replacement;
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Attributes

/** Attribute values a page might write: any text, numbers in every form, huge, empty, templates. */
const attributeValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom(
    '', ' ', 'NaN', 'Infinity', '-Infinity', '-0', '1e309', '1e308', '9'.repeat(308), '9'.repeat(400), 'x'.repeat(5000),
    '0', '-1', '1', '2', '6', '7', '365', '366', '0x10', ' 40 ', '40.', '.5', '1e3', '1.5', 'true', 'null', 'undefined',
    '{product}', '{price}/{perDay}', 'light', 'dark', 'compact', 'banner', 'year', 'EUR', 'de-DE', 'none', 'why,how', seedSlug,
  ),
);

describe('property: random values in every attribute of every element', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  let attributes: Map<IxTag, string[]>;
  before(async () => {
    const manifest = await manifestAttributes();
    attributes = new Map([...manifest].map(([tag, list]) => [tag, list.map(({ name }) => name)]));
  });

  /** The element the page sees: a provider draws nothing itself, so its call to action counts. */
  const visibleBox = (tag: IxTag, host: HTMLElement) => (tag === 'ix-provider' ? host.firstElementChild! : host);

  for (const tag of ['ix-technique-card', 'ix-concession-checker', 'ix-trial-cta', 'ix-provider'] as const) {
    it(`<${tag}>: renders text, never throws, never shows NaN/undefined/[object Object] — first render and updates`, async () => {
      const names = attributes.get(tag)!;
      // A random subset of the attributes, each with a random value (absent keys are left out).
      const entries = Object.fromEntries(names.map((name) => [name, attributeValue]));
      const someAttributes = fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<Record<string, string>>;
      await fc.assert(
        fc.asyncProperty(someAttributes, someAttributes, async (first, second) => {
          const base: Record<string, string> = tag === 'ix-technique-card' ? { technique: seedSlug } : {};
          const children = tag === 'ix-provider' ? [document.createElement('ix-trial-cta')] : [];
          const host = mount(tag, { ...base, ...first }, children);
          try {
            for (const [step, set] of [['first render', first], ['after changing attributes', second]] as const) {
              if (step !== 'first render') {
                for (const name of Object.keys(first)) if (!(name in set)) host.removeAttribute(name);
                for (const [name, value] of Object.entries(set)) host.setAttribute(name, value);
              }
              await settle(host);
              const given = [...Object.values(first), ...Object.values(second)];
              const text = shownText(host);
              expect(text.trim(), `${step}: shows text`).to.not.equal('');
              expect(visibleBox(tag, host).getBoundingClientRect().height, `${step}: not a blank box`).to.be.above(0);
              expect(brokenWordsIn(text, given), `${step}: broken words`).to.equal(undefined);
              const links = shadowRoots(host).flatMap((root) => [...root.querySelectorAll('a')]);
              for (const a of links) expect(a.protocol, `${step}: link ${a.getAttribute('href')}`).to.match(/^https?:$/);
              expect(page.errors, step).to.deep.equal([]);
            }
          } finally {
            host.remove();
            localStorage.removeItem('ix-widgets:concession-checker:draft');
          }
        }),
        { numRuns: 60 },
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// The checker's analysis

const scriptPieces = [
  'I understand.', 'I don’t understand why.', 'Fair enough —', 'no worries', 'that was a big ask', 'I’m coming down from what I asked',
  'let me scale that back', 'I won’t scale back', 'instead of the full weekend,', 'rather than $500,', 'could you give me an hour?',
  'Would that work?', '$200? Or $100? Even $20 would help.', 'anything at all', 'Tuesday or Wednesday', '"I understand"', 'u', 'np',
  'lol', 'OK.', '\n', '…', '🙂', 'ש', '\u200b', '\u0000', '\uD800', '\uDFFF', '’', "'", '?', ',',
];
const anyScript = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...scriptPieces), fc.string({ maxLength: 8 })), { maxLength: 25 }).map((parts) => parts.join(' ')),
);
const ruleIds = ['acknowledges-refusal', 'names-concession', 'references-first-request', 'single-step-down', 'makes-smaller-ask'];

describe('property: checkScript on any string', function () {
  // Sweeps of hundreds of renders: generous under load on two shared cores.
  this.timeout(60_000);
  it('never throws, returns the five rules in order with offsets inside the script, and a verdict that follows them', () => {
    fc.assert(
      fc.property(anyScript, fc.option(anyScript, { nil: undefined }), (script, firstRequest) => {
        const result = checkScript(script, firstRequest === undefined ? undefined : { firstRequest });
        // Random text is often mostly letters of other alphabets: named, not judged.
        if (result.verdict === 'other-language') {
          expect(result.language).to.match(/^[a-z]{2,3}$/).and.not.equal('en');
          expect(result.rules).to.deep.equal([]);
          return;
        }
        expect(result.language).to.equal('en');
        expect(result.rules.map((rule) => rule.id)).to.deep.equal(ruleIds);
        for (const rule of result.rules) {
          expect(rule.message, rule.id).to.be.a('string').and.not.equal('');
          for (const { start, end } of rule.evidence) {
            expect(Number.isInteger(start) && Number.isInteger(end), `${rule.id} integer offsets`).to.be.true;
            expect(0 <= start && start < end && end <= script.length, `${rule.id} [${start}, ${end}) inside ${script.length}`).to.be.true;
          }
        }
        const passed = result.rules.map((rule) => rule.passed);
        const expected = !/\S/.test(script)
          ? 'empty'
          : passed.every(Boolean)
            ? 'deliberate'
            : passed.slice(0, 3).every((pass) => !pass)
              ? 'invisible'
              : 'partial';
        expect(result.verdict, JSON.stringify(passed)).to.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('in the element: any value renders a verdict, five rows or none, and marks that spell the text back', async () => {
    await fc.assert(
      fc.asyncProperty(anyScript, anyScript, async (script, firstRequest) => {
        const host = mount<HTMLElement & { value: string }>('ix-concession-checker', { 'show-first-request': '', 'first-request': firstRequest });
        try {
          host.value = script;
          await settle(host);
          const root = host.shadowRoot!;
          // A textarea reports line breaks as "\n" whatever was set (the HTML value API does).
          expect(root.querySelector('textarea')!.value, 'the field keeps the text').to.equal(script.replace(/\r\n?/g, '\n'));
          const rows = root.querySelectorAll('[part~="rule"]').length;
          // Rows for English text; none when blank or in another language (said in the verdict instead).
          expect(rows, 'rule rows').to.equal(/\S/.test(script) && checkScript(script).language === 'en' ? 5 : 0);
          expect(root.querySelector('[part~="verdict"]')!.textContent.trim(), 'a verdict in words').to.not.equal('');
          expect(brokenWordsIn(shownText(host), [script, firstRequest]), 'broken words').to.equal(undefined);
          const words = root.querySelector('.words')?.cloneNode(true) as HTMLElement | undefined;
          if (words) {
            words.querySelectorAll('.tag, .vh').forEach((label) => label.remove());
            expect(words.textContent, 'the marked view shows exactly the text').to.equal(script);
          }
          expect(page.errors).to.deep.equal([]);
        } finally {
          host.remove();
        }
      }),
      { numRuns: 80 },
    );
  });

  it('handles a 200 KB script of mixed pieces within bounds', () => {
    const script = Array.from({ length: 9000 }, (_, i) => scriptPieces[i % scriptPieces.length]).join(' ').slice(0, 200_000);
    const result = checkScript(script, { firstRequest: 'the full weekend' });
    expect(result.rules).to.have.length(5);
    for (const rule of result.rules) for (const { start, end } of rule.evidence) expect(end).to.be.at.most(script.length).and.above(start);
  });
});
