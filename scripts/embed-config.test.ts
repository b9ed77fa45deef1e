/**
 * The embed builder's configuration, without a browser: options read from custom-elements.json,
 * the query string both ways, the elements' own validation, and which values the snippet writes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { checkConfig, configFromQuery, configToQuery } from '../src/embed/embed-config.js';
import { elementOptions, type ManifestLike } from '../src/embed/element-options.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as ManifestLike;
const options = elementOptions(manifest);
const slug = 'make-the-step-down-visibly-deliberate';

describe('element options from custom-elements.json', () => {
  it('reads each attribute’s kind, allowed values and default, and each token’s kind and default', () => {
    const cta = options.get('ix-trial-cta')!;
    const attribute = (name: string) => cta.attributes.find((a) => a.name === name);
    assert.deepEqual(attribute('interval'), {
      name: 'interval',
      field: 'interval',
      kind: 'enum',
      values: ['month', 'year'],
      default: 'month',
      description: 'Billing interval: `month` or `year` (default `month`).',
    });
    assert.equal(attribute('price')?.kind, 'number');
    assert.equal(attribute('price')?.default, 40);
    assert.equal(attribute('trial-days')?.field, 'trialDays');
    assert.equal(attribute('layout')?.default, 'inline');
    assert.equal(attribute('theme')?.default, undefined);
    assert.deepEqual(
      cta.tokens.find((t) => t.name === '--ix-color-accent'),
      { name: '--ix-color-accent', kind: 'color', default: 'light-dark(#2f5bd3, #9db9ff)', description: 'Button background and focus ring.' },
    );
    assert.equal(cta.tokens.find((t) => t.name === '--ix-font-family')?.kind, 'font');
    assert.equal(cta.tokens.find((t) => t.name === '--ix-radius')?.kind, 'length');
    const checker = options.get('ix-concession-checker')!;
    assert.equal(checker.attributes.find((a) => a.name === 'debounce')?.default, 150, 'a default named by a module constant is its value');
    assert.equal(checker.attributes.find((a) => a.name === 'remember')?.kind, 'boolean');
  });

  it('takes an attribute added to the manifest into the options, the link and the snippet, with no other change', () => {
    const grown = structuredClone(manifest) as { modules: { declarations?: { tagName?: string; attributes?: unknown[] }[] }[] };
    const cta = grown.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ix-trial-cta')!;
    cta.attributes!.push({ name: 'badge-style', fieldName: 'badgeStyle', type: { text: "'pill' | 'square'" }, default: "'pill'", description: 'How the badge looks.' });
    const grownOptions = elementOptions(grown as ManifestLike);
    assert.deepEqual(grownOptions.get('ix-trial-cta')!.attributes.at(-1), {
      name: 'badge-style',
      field: 'badgeStyle',
      kind: 'enum',
      values: ['pill', 'square'],
      default: 'pill',
      description: 'How the badge looks.',
    });
    const { config, problems } = configFromQuery('element=ix-trial-cta&badge-style=square', grownOptions);
    assert.deepEqual(problems, []);
    assert.deepEqual(checkConfig(config, grownOptions).spec.attributes, [['badge-style', 'square']]);
    assert.deepEqual(checkConfig({ ...config, attributes: { 'badge-style': 'round' } }, grownOptions).problems, [
      { scope: 'element', name: 'badge-style', message: '<ix-trial-cta> badge-style="round": must be "pill" or "square"; ignored' },
    ]);
  });
});

describe('embed configuration', () => {
  it('goes to a link and back unchanged, invalid values included (so the recipient sees the same messages)', () => {
    const query =
      'element=ix-trial-cta&price=-5&currency=EUR&layout=banner&provider=&provider.locale=de-DE&provider.theme=dark&--ix-color-accent=%23b00020&page=dark';
    const { config, problems } = configFromQuery(query, options);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      element: 'ix-trial-cta',
      attributes: { price: '-5', currency: 'EUR', layout: 'banner' },
      provider: { locale: 'de-DE', theme: 'dark' },
      tokens: { '--ix-color-accent': '#b00020' },
      page: 'dark',
    });
    assert.equal(configToQuery(config, options), query);
  });

  it('keeps the preview page’s look (my background, text colour, font) in the link, and reports an unknown one', () => {
    const query = 'element=ix-trial-cta&page=yours&page.background=%2315171c&page.text=%23e8e6e3&page.font=Georgia%2C+serif';
    const { config, problems } = configFromQuery(`${query}&page.shadow=none`, options);
    assert.deepEqual(config.pageLook, { background: '#15171c', text: '#e8e6e3', font: 'Georgia, serif' });
    assert.deepEqual(problems, [{ key: 'page.shadow', value: 'none', message: 'the preview\'s page has no "shadow"; known: background, text, font' }]);
    assert.equal(configToQuery(config, options), query);
    // The look is the builder's preview only: the snippet is the same without it.
    assert.deepEqual(checkConfig(config, options).spec, checkConfig({ ...config, pageLook: undefined }, options).spec);
  });

  it('reads switches as present, "true" or "false", and reports anything else', () => {
    const { config, problems } = configFromQuery('element=ix-concession-checker&examples&remember=false&cta=yes', options);
    assert.deepEqual(config.attributes, { examples: true, remember: false });
    assert.deepEqual(problems, [{ key: 'cta', value: 'yes', message: 'cta is a switch: give no value (on) or "false"' }]);
    assert.equal(configToQuery(config, options), 'element=ix-concession-checker&examples=');
  });

  it('starts a card on the first catalog technique when the link names none', () => {
    assert.equal(configFromQuery('', options, slug).config.attributes.technique, slug);
    assert.equal(configFromQuery('src=https://example.com/card.json', options, slug).config.attributes.technique, undefined);
  });

  it('leaves out values equal to what the element would use anyway, but keeps one that overrides its provider', () => {
    const alone = checkConfig({ element: 'ix-trial-cta', attributes: { price: '40', currency: 'usd', interval: 'month', layout: 'compact' }, tokens: {} }, options);
    assert.deepEqual(alone.spec.attributes, [['layout', 'compact']]);
    const inside = checkConfig({ element: 'ix-trial-cta', attributes: { price: '40' }, provider: { price: '30', currency: 'USD' }, tokens: {} }, options);
    assert.deepEqual(inside.spec.attributes, [['price', '40']], 'the element’s 40 wins over the provider’s 30');
    assert.deepEqual(inside.spec.provider, [['price', '30']], 'the provider’s USD is the default already');
    const tokens = checkConfig({ element: 'ix-trial-cta', attributes: {}, tokens: { '--ix-radius': '0.5em', '--ix-space': '2rem' } }, options);
    assert.deepEqual(tokens.spec.tokens, [['--ix-space', '2rem']]);
    const sections = checkConfig({ element: 'ix-technique-card', attributes: { technique: slug, sections: 'why,how,evidence,sources,mistake,cta' }, tokens: {} }, options);
    assert.deepEqual(sections.spec.attributes, [['technique', slug]], 'every section in the authored order is the default');
  });

  it('says what the elements say about a bad value, using the value the element falls back to', () => {
    const { problems, spec } = checkConfig(
      { element: 'ix-trial-cta', attributes: { price: '-5', 'trial-days': '1.5' }, provider: { price: '30', href: 'javascript:alert(1)' }, tokens: {} },
      options,
    );
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        '<ix-provider> href="javascript:alert(1)": must be an http(s) or relative link; using https://ixcoach.com/signup',
        '<ix-trial-cta> trial-days="1.5": must be a whole number of days from 0 to 365; using 7',
        '<ix-trial-cta> price="-5": must be a number ≥ 0; using 30',
      ],
    );
    assert.deepEqual(spec.attributes, []);
    assert.deepEqual(spec.provider, [['price', '30']]);
    const card = checkConfig({ element: 'ix-technique-card', attributes: { technique: 'nope', sections: 'why,intro' }, tokens: {} }, options);
    assert.match(card.problems[0]!.message, /^<ix-technique-card> technique="nope": there is no technique "nope"; known techniques: /);
    assert.match(card.problems[1]!.message, /sections="why,intro": unknown section intro/);
    assert.equal(card.spec.card, undefined, 'no fallback for a card that does not exist');
  });

  it('never writes a token value that could break out of its declaration', () => {
    const { problems, spec } = checkConfig(
      { element: 'ix-trial-cta', attributes: {}, tokens: { '--ix-color-accent': 'red; } body { display: none', '--ix-color-text': '</style><script>' } },
      options,
    );
    assert.deepEqual(spec.tokens, []);
    assert.equal(problems.length, 2);
  });

  it('formats the call to action’s terms as the element will, with provider and card layers', () => {
    const { settings } = checkConfig({ element: 'ix-technique-card', attributes: { technique: slug }, provider: { price: '30', currency: 'EUR', locale: 'de-DE' }, tokens: {} }, options);
    assert.equal(settings.campaign, slug);
    assert.equal(settings.price, 30);
  });
});
