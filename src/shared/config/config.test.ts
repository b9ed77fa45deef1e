import { expect } from '@open-wc/testing';
import { builtInConfig } from './defaults.js';
import { mergeConfig } from './merge.js';
import { readConfig } from './read-config.js';
import { ConfigWarnings } from './warnings.js';

describe('readConfig', () => {
  it('turns attribute strings into settings', () => {
    const { config, problems } = readConfig({ price: ' 30 ', trialDays: '0', currency: 'eur', locale: 'de-DE', interval: 'year' });
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.equal({ price: 30, trialDays: 0, currency: 'EUR', locale: 'de-DE', interval: 'year' });
  });

  it('drops each bad value with a specific problem and keeps the good ones', () => {
    const raw = {
      price: '-5',
      trialDays: 'abc',
      currency: 'XYZ',
      locale: 'not a locale',
      interval: 'weekly',
      layout: 'sidebar',
      href: 'javascript:alert(1)',
      headingLevel: '9',
      product: 'Acme',
    };
    const { config, problems } = readConfig(raw);
    expect(config).to.deep.equal({ product: 'Acme' });
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    expect(Object.keys(byKey)).to.have.members(['price', 'trialDays', 'currency', 'locale', 'interval', 'layout', 'href', 'headingLevel']);
    expect(problems).to.have.length(8);
    expect(byKey.price!.problem).to.equal('must be a number ≥ 0');
    expect(byKey.price!.value).to.equal('-5');
    expect(byKey.trialDays!.problem).to.equal('must be a whole number of days from 0 to 365');
    expect(byKey.interval!.problem).to.equal('must be "month" or "year"');
    expect(byKey.layout!.problem).to.equal('must be "inline" or "banner" or "compact"');
    expect(byKey.currency!.problem).to.contain('ISO 4217');
  });

  it('refuses non-finite numbers set as properties', () => {
    expect(readConfig({ price: Number.NaN }).problems).to.have.length(1);
    expect(readConfig({ price: Infinity }).problems).to.have.length(1);
    expect(readConfig({ trialDays: 1.5 }).problems).to.have.length(1);
  });

  it('accepts the built-in defaults', () => {
    expect(readConfig(builtInConfig).problems).to.deep.equal([]);
  });
});

describe('mergeConfig', () => {
  it('takes each field from the first layer that sets it', () => {
    const own = { price: 10 };
    const nearest = { price: 20, currency: 'EUR' as string | undefined };
    const outer = { currency: 'GBP', locale: 'en-GB' };
    expect(mergeConfig<Record<string, unknown>>(own, nearest, undefined, outer, { locale: 'en-US', interval: 'month' })).to.deep.equal({
      price: 10,
      currency: 'EUR',
      locale: 'en-GB',
      interval: 'month',
    });
    expect(mergeConfig<Record<string, unknown>>({ price: undefined }, { price: 5 })).to.deep.equal({ price: 5 });
  });
});

describe('ConfigWarnings', () => {
  it('warns once per bad value, names element, attribute, value and fallback, and re-warns a new bad value', () => {
    const host = document.createElement('ix-probe');
    const warnings = new ConfigWarnings(host);
    const seen: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => seen.push(message);
    try {
      const bad = readConfig({ price: '-5', trialDays: 'abc' }).problems;
      warnings.report(bad, { price: 40, trialDays: 7 });
      warnings.report(bad, { price: 40, trialDays: 7 });
      warnings.report(readConfig({ price: 'x', trialDays: 'abc' }).problems, { price: 40, trialDays: 7 });
    } finally {
      console.warn = original;
    }
    expect(seen).to.deep.equal([
      '<ix-probe> price="-5": must be a number ≥ 0; using 40',
      '<ix-probe> trial-days="abc": must be a whole number of days from 0 to 365; using 7',
      '<ix-probe> price="x": must be a number ≥ 0; using 40',
    ]);
  });
});
