import { expect } from '@open-wc/testing';
import { builtInConfig, type ResolvedSettings } from './defaults.js';
import { formatMoney, minorDigits, perDayPrice } from './money.js';
import { linkLabel, termsLine } from './terms.js';

const settings = (over: Partial<ResolvedSettings>): ResolvedSettings => ({ ...builtInConfig, ...over });
const NBSP = '\u00a0';

describe('money', () => {
  it('knows each currency’s minor digits from Intl', () => {
    expect(minorDigits('USD')).to.equal(2);
    expect(minorDigits('JPY')).to.equal(0);
    expect(minorDigits('KWD')).to.equal(3);
  });

  it('computes the per-day price as monthly × 12 / 365 (yearly: / 365), to the nearest 0.05', () => {
    expect(perDayPrice(40, 'month', 'USD')).to.equal(1.3); // 1.315…
    expect(perDayPrice(400, 'year', 'USD')).to.equal(1.1); // 1.0958…
    expect(perDayPrice(30, 'month', 'EUR')).to.equal(1); // 0.9863…
    expect(perDayPrice(0, 'month', 'USD')).to.equal(0);
  });

  it('rounds values that land exactly between two steps upwards, despite binary fractions', () => {
    expect(perDayPrice(374.125, 'year', 'USD')).to.equal(1.05); // exactly 1.025
    expect(perDayPrice(392.375, 'year', 'USD')).to.equal(1.1); // exactly 1.075
    expect(perDayPrice(29.2, 'year', 'USD')).to.equal(0.1); // exactly 0.08 → 0.10
    expect(perDayPrice(372.3, 'year', 'USD')).to.equal(1); // 1.02 → 1.00
    expect(perDayPrice(383.25, 'year', 'USD')).to.equal(1.05); // exactly on a step
  });

  it('rounds to whole units for currencies without minor units', () => {
    expect(perDayPrice(4000, 'month', 'JPY')).to.equal(132); // 131.5…
    expect(perDayPrice(547.5, 'year', 'JPY')).to.equal(2); // exactly 1.5
    expect(perDayPrice(36500, 'year', 'JPY')).to.equal(100);
  });

  it('formats plan prices without decimals when whole, and per-day prices with the minor digits', () => {
    expect(formatMoney(40, 'en-US', 'USD', true)).to.equal('$40');
    expect(formatMoney(39.5, 'en-US', 'USD', true)).to.equal('$39.50');
    expect(formatMoney(1, 'de-DE', 'EUR')).to.equal(`1,00${NBSP}€`);
    expect(formatMoney(1.3, 'en-US', 'USD')).to.equal('$1.30');
  });
});

describe('terms line', () => {
  it('reads exactly as the issue asks with the defaults', () => {
    expect(termsLine(settings({}))).to.equal('7 days free, then $40/month (~$1.30/day)');
    expect(linkLabel(settings({}))).to.equal('Start your 7-day free trial');
  });

  it('drops the trial words without a trial and says "day" for one day', () => {
    expect(termsLine(settings({ trialDays: 0 }))).to.equal('$40/month (~$1.30/day)');
    expect(linkLabel(settings({ trialDays: 0 }))).to.equal('Get IX Coach');
    expect(termsLine(settings({ trialDays: 1 }))).to.equal('1 day free, then $40/month (~$1.30/day)');
  });

  it('covers yearly plans and other currencies and locales', () => {
    expect(termsLine(settings({ interval: 'year', price: 400 }))).to.equal('7 days free, then $400/year (~$1.10/day)');
    expect(termsLine(settings({ price: 30, currency: 'EUR', locale: 'de-DE' }))).to.equal(
      `7 days free, then 30${NBSP}€/month (~1,00${NBSP}€/day)`,
    );
    expect(termsLine(settings({ price: 35, currency: 'GBP', locale: 'en-GB' }))).to.equal(
      '7 days free, then £35/month (~£1.15/day)',
    );
    expect(termsLine(settings({ price: 4000, currency: 'JPY', locale: 'ja-JP' }))).to.equal(
      '7 days free, then ￥4,000/month (~￥132/day)',
    );
  });

  it('uses replacement words with the formatted values', () => {
    const german = settings({
      price: 30,
      currency: 'EUR',
      locale: 'de-DE',
      trialDays: 14,
      trialText: '{days} Tage kostenlos, dann',
      priceText: '{price}/Monat',
      perDayText: '(~{perDay}/Tag)',
      label: '{days} Tage testen',
    });
    expect(termsLine(german)).to.equal(`14 Tage kostenlos, dann 30${NBSP}€/Monat (~1,00${NBSP}€/Tag)`);
    expect(linkLabel(german)).to.equal('14 Tage testen');
  });
});
