import { describe, it, expect } from 'vitest';
import {
  THROTTLE_WINDOW_MS,
  effectiveFailures,
  retryAfterMs,
  throttleDelayMs,
  type Throttle,
} from './backoff.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe('throttleDelayMs', () => {
  it.each([
    [0, 0],
    [1, 0],
    [3, 0],
    [4, 0],
    [5, 1 * SECOND],
    [6, 2 * SECOND],
    [7, 4 * SECOND],
    [8, 8 * SECOND],
    [14, 512 * SECOND],
    [15, 15 * MINUTE],
    [16, 15 * MINUTE],
    [1000, 15 * MINUTE],
    [Number.POSITIVE_INFINITY, 15 * MINUTE],
    [-3, 0],
    [Number.NaN, 0],
    [5.9, 1 * SECOND],
  ])('after %d failures waits %d ms', (failures, delay) => {
    expect(throttleDelayMs(failures)).toBe(delay);
  });

  it('never decreases as failures grow', () => {
    for (let failures = 0; failures < 40; failures += 1) {
      expect(throttleDelayMs(failures + 1)).toBeGreaterThanOrEqual(throttleDelayMs(failures));
    }
  });
});

const last = new Date('2026-01-05T12:00:00.000Z');
const after = (ms: number): Date => new Date(last.getTime() + ms);

describe('effectiveFailures', () => {
  it.each<[string, Throttle, Date, number]>([
    ['no failure yet', { failures: 0, lastFailureAt: null }, after(0), 0],
    ['inconsistent: failures without a date', { failures: 7, lastFailureAt: null }, after(0), 0],
    ['right after the last failure', { failures: 6, lastFailureAt: last }, after(0), 6],
    [
      'just inside the window',
      { failures: 6, lastFailureAt: last },
      after(THROTTLE_WINDOW_MS - 1),
      6,
    ],
    ['exactly one hour later', { failures: 6, lastFailureAt: last }, after(THROTTLE_WINDOW_MS), 0],
    ['a day later', { failures: 6, lastFailureAt: last }, after(24 * 60 * MINUTE), 0],
    ['clock went backwards', { failures: 6, lastFailureAt: last }, after(-5 * SECOND), 6],
  ])('%s', (_label, throttle, now, expected) => {
    expect(effectiveFailures(throttle, now)).toBe(expected);
  });

  it('uses a one-hour window', () => {
    expect(THROTTLE_WINDOW_MS).toBe(3_600_000);
  });
});

describe('retryAfterMs', () => {
  it.each<[string, Throttle, Date, number]>([
    ['never failed', { failures: 0, lastFailureAt: null }, after(0), 0],
    ['four failures: no wait', { failures: 4, lastFailureAt: last }, after(0), 0],
    ['fifth failure, immediately', { failures: 5, lastFailureAt: last }, after(0), 1 * SECOND],
    ['fifth failure, 400 ms later', { failures: 5, lastFailureAt: last }, after(400), 600],
    ['fifth failure, exactly 1 s later', { failures: 5, lastFailureAt: last }, after(SECOND), 0],
    ['seventh failure, 1 s later', { failures: 7, lastFailureAt: last }, after(SECOND), 3 * SECOND],
    [
      'many failures, 5 min later',
      { failures: 30, lastFailureAt: last },
      after(5 * MINUTE),
      10 * MINUTE,
    ],
    ['many failures, 15 min later', { failures: 30, lastFailureAt: last }, after(15 * MINUTE), 0],
    ['window passed', { failures: 30, lastFailureAt: last }, after(THROTTLE_WINDOW_MS), 0],
    ['clock went backwards', { failures: 6, lastFailureAt: last }, after(-10 * SECOND), 2 * SECOND],
  ])('%s', (_label, throttle, now, expected) => {
    expect(retryAfterMs(throttle, now)).toBe(expected);
  });
});
