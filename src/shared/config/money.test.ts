import { expect } from '@open-wc/testing';
import { builtInConfig, type ResolvedSettings } from './defaults.js';
import { formatCount, formatMoney, minorDigits, perDayPrice } from './money.js';
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

describe('money in the built-in locale and currency (en-US, USD), written without Intl', () => {
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const usdWhole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0 });
  const intl = (amount: number, dropWholeDecimals = false) => (dropWholeDecimals && Number.isInteger(amount) ? usdWhole : usd).format(amount);

  it('matches Intl for every amount in whole cents up to $2,000, as plan and as per-day price', () => {
    for (let cents = 0; cents <= 200_000; cents++) {
      const amount = cents / 100;
      if (formatMoney(amount, 'en-US', 'USD', true) !== intl(amount, true)) expect(formatMoney(amount, 'en-US', 'USD', true)).to.equal(intl(amount, true));
      if (formatMoney(amount, 'en-US', 'USD') !== intl(amount)) expect(formatMoney(amount, 'en-US', 'USD')).to.equal(intl(amount));
    }
  });

  it('matches Intl for large, fractional, binary-noisy, negative and huge amounts', () => {
    const amounts = [1234567.5, 999_999_999.99, 1e9, 1e9 + 0.01, 12345678901234, 1.005, 2.675, 0.1 + 0.2, 39.999, 1e-7, -0, -5, 1e21, Number.MAX_VALUE];
    for (let i = 0; i < 2000; i++) amounts.push(Math.round(Math.random() * 10 ** (2 + (i % 10))) / 100, Math.random() * 10 ** (i % 12));
    for (const amount of amounts) {
      expect(formatMoney(amount, 'en-US', 'USD', true), `${amount} as a plan price`).to.equal(intl(amount, true));
      expect(formatMoney(amount, 'en-US', 'USD'), String(amount)).to.equal(intl(amount));
    }
  });

  it('writes trial days as Intl does, in en-US and elsewhere', () => {
    for (let days = 0; days <= 2000; days++) expect(formatCount(days, 'en-US')).to.equal(new Intl.NumberFormat('en-US').format(days));
    expect(formatCount(7, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(7));
    expect(formatCount(1000, 'de-DE')).to.equal('1.000');
  });

  it('leaves other locales and currencies to Intl', () => {
    expect(formatMoney(1234.5, 'en-GB', 'USD')).to.equal(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(1234.5));
    expect(formatMoney(40, 'en-US', 'CAD', true)).to.equal('CA$40');
    expect(minorDigits('USD')).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).resolvedOptions().maximumFractionDigits);
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
