import { describe, it, expect } from 'vitest';
import { TOKEN_LIFETIMES, tokenExpiry, tokenStatus, type TokenStatus } from './tokens.js';

const issuedAt = new Date('2026-03-10T09:30:00.000Z');

describe('TOKEN_LIFETIMES and tokenExpiry', () => {
  it.each([
    ['activation', '2026-03-12T09:30:00.000Z'],
    ['password_reset', '2026-03-10T10:30:00.000Z'],
    ['invitation', '2026-03-17T09:30:00.000Z'],
  ] as const)('%s expires at %s', (purpose, expected) => {
    expect(tokenExpiry(purpose, issuedAt).toISOString()).toBe(expected);
  });

  it('uses the seed lifetime of 2 days for activation links', () => {
    expect(TOKEN_LIFETIMES.activation).toBe(172_800_000);
    expect(TOKEN_LIFETIMES.password_reset).toBe(3_600_000);
    expect(TOKEN_LIFETIMES.invitation).toBe(604_800_000);
  });

  it('does not mutate the issue date', () => {
    const before = issuedAt.getTime();
    tokenExpiry('invitation', issuedAt);
    expect(issuedAt.getTime()).toBe(before);
  });
});

describe('tokenStatus', () => {
  const expiresAt = new Date('2026-03-12T09:30:00.000Z');
  const at = (iso: string): Date => new Date(iso);
  const cases: [string, { expiresAt: Date; usedAt: Date | null } | null, Date, TokenStatus][] = [
    ['unknown token', null, at('2026-03-11T00:00:00Z'), 'invalid'],
    ['fresh token', { expiresAt, usedAt: null }, at('2026-03-11T00:00:00Z'), 'valid'],
    ['one ms before expiry', { expiresAt, usedAt: null }, at('2026-03-12T09:29:59.999Z'), 'valid'],
    ['exactly at expiry', { expiresAt, usedAt: null }, at('2026-03-12T09:30:00.000Z'), 'expired'],
    ['after expiry', { expiresAt, usedAt: null }, at('2026-04-01T00:00:00Z'), 'expired'],
    [
      'used before expiry',
      { expiresAt, usedAt: at('2026-03-11T10:00:00Z') },
      at('2026-03-11T11:00:00Z'),
      'used',
    ],
    [
      'used and expired: used wins',
      { expiresAt, usedAt: at('2026-03-11T10:00:00Z') },
      at('2026-05-01T00:00:00Z'),
      'used',
    ],
    [
      'corrupt expiry',
      { expiresAt: new Date(Number.NaN), usedAt: null },
      at('2026-03-11T00:00:00Z'),
      'invalid',
    ],
  ];

  it.each(cases)('%s', (_label, token, now, expected) => {
    expect(tokenStatus(token, now)).toBe(expected);
  });

  it('accepts a token built with tokenExpiry until its last millisecond', () => {
    const token = { expiresAt: tokenExpiry('password_reset', issuedAt), usedAt: null };
    expect(tokenStatus(token, new Date(issuedAt.getTime() + 3_599_999))).toBe('valid');
    expect(tokenStatus(token, new Date(issuedAt.getTime() + 3_600_000))).toBe('expired');
  });
});
