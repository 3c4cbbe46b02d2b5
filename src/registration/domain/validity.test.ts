import { describe, expect, it } from 'vitest';
import { addDays, addMonths, checkRenewal, currentValidity, parisDate, renew } from './validity.js';

const base = {
  status: 'active' as const,
  struckOffReason: null,
  struckOffAt: null,
  lastRenewedAt: null,
  validUntil: '2026-12-15',
};

describe('dates', () => {
  it('reads today in Paris time', () => {
    expect(parisDate(new Date('2026-11-24T22:30:00Z'))).toBe('2026-11-24');
    expect(parisDate(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    expect(parisDate(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-24', 12, '2027-11-24'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('adds days across months', () => {
    expect(addDays('2026-11-24', 14)).toBe('2026-12-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('currentValidity', () => {
  it.each([
    ['2026-11-14', 'active'],
    ['2026-11-15', 'to_renew'],
    ['2026-12-15', 'to_renew'],
    ['2027-01-14', 'to_renew'],
    ['2027-01-15', 'struck_off'],
  ])('on %s the application valid until 2026-12-15 is %s', (today, status) => {
    expect(currentValidity(base, today).status).toBe(status);
  });

  it('records the strike-off for lack of renewal at 13 months', () => {
    expect(currentValidity(base, '2027-02-01')).toMatchObject({
      struckOffReason: 'not_renewed',
      struckOffAt: '2027-01-15',
    });
  });

  it('keeps a struck-off application struck off', () => {
    const struck = {
      ...base,
      status: 'struck_off' as const,
      struckOffReason: 'lease_signed' as const,
      struckOffAt: '2026-06-01',
    };
    expect(currentValidity(struck, '2026-01-01')).toBe(struck);
  });
});

describe('checkRenewal and renew', () => {
  it('refuses before the last month and says when it opens', () => {
    expect(checkRenewal(base, '2026-10-01')).toEqual({
      ok: false,
      reason: 'too_early',
      opensOn: '2026-11-15',
    });
  });

  it('renews in the last month, keeping the filing date out of it', () => {
    expect(checkRenewal(base, '2026-11-24')).toEqual({ ok: true, reactivation: false });
    expect(renew(base, '2026-11-24')).toEqual({
      ...base,
      lastRenewedAt: '2026-11-24',
      validUntil: '2027-11-24',
    });
  });

  it('reactivates a file struck off for lack of renewal until 18 months, not after', () => {
    expect(checkRenewal(base, '2027-03-01')).toEqual({ ok: true, reactivation: true });
    expect(checkRenewal(base, '2027-06-15')).toEqual({ ok: true, reactivation: true });
    expect(checkRenewal(base, '2027-06-16')).toEqual({ ok: false, reason: 'struck_off' });
    const struck = {
      ...base,
      status: 'struck_off' as const,
      struckOffReason: 'not_renewed' as const,
      struckOffAt: '2027-01-15',
    };
    expect(renew(struck, '2027-03-01')).toMatchObject({
      status: 'active',
      struckOffAt: null,
      struckOffReason: null,
      validUntil: '2028-03-01',
    });
  });

  it('never reactivates a file struck off for another reason', () => {
    const renounced = {
      ...base,
      status: 'struck_off' as const,
      struckOffReason: 'renunciation' as const,
      struckOffAt: '2026-10-01',
    };
    expect(checkRenewal(renounced, '2026-11-24')).toEqual({ ok: false, reason: 'struck_off' });
  });
});
