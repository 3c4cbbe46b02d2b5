import { describe, expect, it } from 'vitest';
import { affordability, effortRate } from './affordability.js';

const OFFER = { rentCents: 60_000, chargesCents: 10_000 };

describe('affordability', () => {
  it.each<[string, number, number, number, boolean, number]>([
    ['exactly 3 × rent + charges', 210_000, 0, 3, true, 210_000],
    ['1 cent less', 209_999, 0, 3, false, 210_000],
    ['housing benefit counts as income', 180_000, 30_000, 3, true, 210_000],
    ['housing benefit, 1 cent short', 180_000, 29_999, 3, false, 210_000],
    ['factor 2.5: exactly the threshold', 175_000, 0, 2.5, true, 175_000],
    ['factor 2.5: 1 cent less', 174_999, 0, 2.5, false, 175_000],
    ['factor 2.5: what fails at 3 passes', 200_000, 0, 2.5, true, 175_000],
  ])('%s', (_label, income, benefit, factor, passes, required) => {
    expect(
      affordability({ ...OFFER, monthlyIncomeCents: income, housingBenefitCents: benefit, factor }),
    ).toEqual({ passes, requiredCents: required, availableCents: income + benefit });
  });

  it('rounds the threshold up to the cent, without floating-point noise', () => {
    const odd = { rentCents: 33_333, chargesCents: 0, housingBenefitCents: 0 };
    expect(affordability({ ...odd, monthlyIncomeCents: 0, factor: 2.5 }).requiredCents).toBe(
      83_333,
    );
    const tenth = {
      rentCents: 100,
      chargesCents: 0,
      housingBenefitCents: 0,
      monthlyIncomeCents: 260,
    };
    expect(affordability({ ...tenth, factor: 2.6 })).toMatchObject({
      requiredCents: 260,
      passes: true,
    });
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses the factor %d', (factor) => {
    expect(() =>
      affordability({ ...OFFER, monthlyIncomeCents: 1, housingBenefitCents: 0, factor }),
    ).toThrow(RangeError);
  });

  it('refuses money that is not integer cents', () => {
    expect(() =>
      affordability({ ...OFFER, monthlyIncomeCents: 10.5, housingBenefitCents: 0, factor: 3 }),
    ).toThrow(RangeError);
  });
});

describe('effortRate', () => {
  it.each<[string, number, number, number | null]>([
    ['(rent + charges) / income', 200_000, 0, 0.35],
    ['net of housing benefit', 200_000, 20_000, 0.25],
    ['rounded to 3 decimals', 300_000, 0, 0.233],
    ['never negative', 200_000, 90_000, 0],
    ['null without income', 0, 20_000, null],
  ])('%s', (_label, income, benefit, rate) => {
    expect(effortRate({ ...OFFER, monthlyIncomeCents: income, housingBenefitCents: benefit })).toBe(
      rate,
    );
  });
});
