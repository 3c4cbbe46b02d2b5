import { describe, expect, it } from 'vitest';
import {
  changedEligibilityFields,
  isoToday,
  offerProblems,
  type OfferFigures,
} from './offer.rules.js';

const valid: OfferFigures = {
  surfaceM2: 45,
  rentCents: 55_000,
  chargesCents: 8_000,
  availableOn: '2027-02-01',
  applicationDeadline: '2026-12-15',
};
const today = '2026-11-24';
const codes = (o: Partial<OfferFigures>) =>
  offerProblems({ ...valid, ...o }, today).map((p) => `${p.path}:${p.code}`);

describe('offer rules', () => {
  it('accepts a plausible offer', () => {
    expect(codes({})).toEqual([]);
  });

  it.each([
    [{ surfaceM2: 8.9 }, 'surfaceM2:offer.surface_implausible'],
    [{ surfaceM2: 300.5 }, 'surfaceM2:offer.surface_implausible'],
    [{ rentCents: 4_999, chargesCents: 0 }, 'rentCents:offer.rent_implausible'],
    [{ rentCents: 300_001, chargesCents: 0 }, 'rentCents:offer.rent_implausible'],
    [{ chargesCents: 100_001, rentCents: 200_000 }, 'chargesCents:offer.charges_implausible'],
    [{ chargesCents: 60_000 }, 'chargesCents:offer.charges_implausible'],
    [{ applicationDeadline: today }, 'applicationDeadline:offer.deadline_not_after_publication'],
    [
      { availableOn: valid.applicationDeadline },
      'availableOn:offer.availability_not_after_deadline',
    ],
    [{ latitude: 48.8 }, 'longitude:field.required'],
    [{ longitude: 2.3 }, 'latitude:field.required'],
  ])('%j → %s', (change, expected) => {
    expect(codes(change)).toEqual([expected]);
  });

  it('accepts the bounds themselves', () => {
    expect(codes({ surfaceM2: 9, rentCents: 5_000, chargesCents: 5_000 })).toEqual([]);
    expect(codes({ surfaceM2: 300, rentCents: 300_000, chargesCents: 100_000 })).toEqual([]);
    expect(codes({ applicationDeadline: '2026-11-25', availableOn: '2026-11-26' })).toEqual([]);
  });

  it('reads today in Paris', () => {
    expect(isoToday(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('lists the eligibility fields that changed', () => {
    const before = {
      communeInsee: '75112',
      typology: 'T2',
      rentCents: 500,
      chargesCents: 50,
      financing: 'PLUS',
    };
    expect(
      changedEligibilityFields(before, { ...before, rentCents: 510, financing: 'PLS' }),
    ).toEqual(['rentCents', 'financing']);
    expect(changedEligibilityFields(before, { ...before })).toEqual([]);
  });
});
