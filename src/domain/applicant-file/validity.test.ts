import { describe, it, expect } from 'vitest';
import {
  addMonthsUtc,
  applicationValidity,
  type ApplicationValidity,
  type ValidityInput,
} from './validity.js';

const ACTIVE: ValidityInput = { status: 'active', validUntil: '2026-10-15', struckOffAt: null };
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe('addMonthsUtc', () => {
  it.each<[string, number, string]>([
    ['2026-10-15', 1, '2026-11-15'],
    ['2026-10-15', -1, '2026-09-15'],
    ['2026-10-15', 6, '2027-04-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-10-15T08:00:00Z', 0, '2026-10-15'],
  ])('%s %+d months → %s', (date, months, expected) => {
    expect(addMonthsUtc(date, months)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => addMonthsUtc('15/10/2026', 1)).toThrow(RangeError);
  });
});

describe('applicationValidity: an application not struck off', () => {
  it.each<[string, ApplicationValidity['state'], number | null, string | null]>([
    ['2025-10-15', 'active', 365, null],
    ['2026-09-14', 'active', 31, null],
    ['2026-09-15', 'expiring_soon', 30, null],
    ['2026-10-14', 'expiring_soon', 1, null],
    ['2026-10-15', 'expiring_soon', 0, null],
    ['2026-10-16', 'expired', null, '2027-04-15'],
    ['2026-11-14', 'expired', null, '2027-04-15'],
    ['2026-11-15', 'struck_off', null, '2027-04-15'],
    ['2027-04-15', 'struck_off', null, '2027-04-15'],
    ['2027-04-16', 'struck_off', null, null],
  ])(
    'on %s: %s, %j days left, reactivable until %j',
    (day, state, daysLeft, canReactivateUntil) => {
      expect(applicationValidity(ACTIVE, at(day))).toEqual({
        state,
        validUntil: '2026-10-15',
        daysLeft,
        canReactivateUntil,
      });
    },
  );

  it('reads today in UTC: 23:30 UTC on the last day is still valid', () => {
    expect(applicationValidity(ACTIVE, new Date('2026-10-15T23:30:00Z')).state).toBe(
      'expiring_soon',
    );
    expect(applicationValidity(ACTIVE, new Date('2026-10-16T00:00:00Z')).state).toBe('expired');
  });

  it('computes the same for an application marked to renew', () => {
    expect(applicationValidity({ ...ACTIVE, status: 'to_renew' }, at('2026-10-01')).state).toBe(
      'expiring_soon',
    );
    expect(applicationValidity({ ...ACTIVE, status: 'to_renew' }, at('2026-06-01')).state).toBe(
      'active',
    );
  });

  it('clamps month ends: valid until 31 March, reminder from 28 February', () => {
    const app = { ...ACTIVE, validUntil: '2027-03-31' };
    expect(applicationValidity(app, at('2027-02-27')).state).toBe('active');
    expect(applicationValidity(app, at('2027-02-28')).state).toBe('expiring_soon');
    expect(applicationValidity(app, at('2027-04-30')).state).toBe('struck_off');
    expect(applicationValidity(app, at('2027-04-29')).state).toBe('expired');
  });
});

describe('applicationValidity: an application the site struck off', () => {
  const struck = (overrides: Partial<ValidityInput>): ValidityInput => ({
    ...ACTIVE,
    status: 'struck_off',
    ...overrides,
  });
  it.each<[string, ValidityInput, string, string | null]>([
    [
      'not renewed, within 18 months',
      struck({ struckOffReason: 'not_renewed', struckOffAt: '2026-11-15' }),
      '2027-01-10',
      '2027-04-15',
    ],
    [
      'not renewed, struck off late: still 18 months from filing',
      struck({ struckOffReason: 'not_renewed', struckOffAt: '2026-12-20' }),
      '2027-01-10',
      '2027-04-15',
    ],
    [
      'not renewed, past 18 months',
      struck({ struckOffReason: 'not_renewed', struckOffAt: '2026-11-15' }),
      '2027-04-16',
      null,
    ],
    [
      'lease signed',
      struck({ struckOffReason: 'lease_signed', struckOffAt: '2026-03-01' }),
      '2026-04-01',
      null,
    ],
    [
      'renunciation',
      struck({ struckOffReason: 'renunciation', struckOffAt: '2026-03-01' }),
      '2026-04-01',
      null,
    ],
    [
      'inadmissible',
      struck({ struckOffReason: 'inadmissible', struckOffAt: '2026-03-01' }),
      '2026-04-01',
      null,
    ],
    [
      'no reason, struck off after the end: non-renewal',
      struck({ struckOffAt: '2026-11-15' }),
      '2027-01-10',
      '2027-04-15',
    ],
    [
      'no reason, struck off before the end: another reason',
      struck({ struckOffAt: '2026-06-01' }),
      '2026-07-01',
      null,
    ],
    [
      'no reason and no date: nothing promised',
      struck({ struckOffReason: null }),
      '2026-07-01',
      null,
    ],
  ])('%s', (_label, app, day, canReactivateUntil) => {
    expect(applicationValidity(app, at(day))).toEqual({
      state: 'struck_off',
      validUntil: '2026-10-15',
      daysLeft: null,
      canReactivateUntil,
    });
  });
});
