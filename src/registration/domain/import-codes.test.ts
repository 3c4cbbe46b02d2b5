import { describe, expect, it } from 'vitest';
import {
  CODE_TTL_MS,
  MAX_ATTEMPTS,
  MAX_CODES_PER_DAY,
  generateCode,
  hashCode,
  judgeAttempt,
  resendDelaySeconds,
  type CodeState,
} from './import-codes.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);
const state = (overrides: Partial<CodeState> = {}): CodeState => ({
  codeHash: hashCode('123456'),
  expiresAt: at(CODE_TTL_MS),
  attempts: 0,
  usedAt: null,
  ...overrides,
});

describe('generateCode', () => {
  it.each([
    [0, '000000'],
    [42, '000042'],
    [999_999, '999999'],
  ])('random %i → %s', (value, code) => {
    expect(generateCode(() => value)).toBe(code);
  });

  it('asks the random source for a number below one million', () => {
    let asked = 0;
    generateCode((max) => {
      asked = max;
      return 0;
    });
    expect(asked).toBe(1_000_000);
  });
});

describe('judgeAttempt', () => {
  it('accepts the right code, spaces allowed', () => {
    expect(judgeAttempt(state(), '123456', NOW)).toEqual({ kind: 'accepted' });
    expect(judgeAttempt(state(), '123 456', NOW)).toEqual({ kind: 'accepted' });
  });

  it('counts down the remaining attempts, and the fifth wrong try locks the code', () => {
    const outcomes = [0, 1, 2, 3, 4].map((attempts) =>
      judgeAttempt(state({ attempts }), '000000', NOW),
    );
    expect(outcomes).toEqual([
      { kind: 'invalid', remainingAttempts: 4, countsAsFailure: true },
      { kind: 'invalid', remainingAttempts: 3, countsAsFailure: true },
      { kind: 'invalid', remainingAttempts: 2, countsAsFailure: true },
      { kind: 'invalid', remainingAttempts: 1, countsAsFailure: true },
      { kind: 'locked', countsAsFailure: true },
    ]);
  });

  it('keeps a locked code locked, even for the right code', () => {
    expect(judgeAttempt(state({ attempts: MAX_ATTEMPTS }), '123456', NOW)).toEqual({
      kind: 'locked',
      countsAsFailure: false,
    });
  });

  it('refuses a code at its 24-hour expiry but not a millisecond before', () => {
    expect(judgeAttempt(state({ expiresAt: at(1) }), '123456', NOW)).toEqual({ kind: 'accepted' });
    expect(judgeAttempt(state({ expiresAt: NOW }), '123456', NOW)).toEqual({ kind: 'expired' });
  });

  it('treats a missing or already used code as expired', () => {
    expect(judgeAttempt(null, '123456', NOW)).toEqual({ kind: 'expired' });
    expect(judgeAttempt(state({ usedAt: at(-1000) }), '123456', NOW)).toEqual({ kind: 'expired' });
  });
});

describe('resendDelaySeconds', () => {
  it('lets the first code go', () => {
    expect(resendDelaySeconds([], NOW)).toBeNull();
  });

  it('asks to wait for the rest of the minute after the last code', () => {
    expect(resendDelaySeconds([at(-1000)], NOW)).toBe(59);
    expect(resendDelaySeconds([at(-59_500)], NOW)).toBe(1);
    expect(resendDelaySeconds([at(-60_000)], NOW)).toBeNull();
  });

  it('allows 10 codes in 24 hours, then waits until the oldest leaves the window', () => {
    const hour = 60 * 60 * 1000;
    const nine = Array.from({ length: MAX_CODES_PER_DAY - 1 }, (_, i) => at(-(i + 1) * hour));
    expect(resendDelaySeconds(nine, NOW)).toBeNull();
    const ten = [...nine, at(-20 * hour)];
    expect(resendDelaySeconds(ten, NOW)).toBe(4 * 60 * 60);
  });

  it('forgets codes older than 24 hours', () => {
    const old = Array.from({ length: 20 }, (_, i) => at(-25 * 60 * 60 * 1000 - i));
    expect(resendDelaySeconds(old, NOW)).toBeNull();
  });
});
