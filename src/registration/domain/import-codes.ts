import { createHash, timingSafeEqual } from 'node:crypto';

/** How long an e-mailed import code is valid (DOMAIN.md §8: 24 hours). */
export const CODE_TTL_MS = 24 * 60 * 60 * 1000;
/** Wrong tries allowed on one code; the last one locks it until a new code is requested. */
export const MAX_ATTEMPTS = 5;
/** Minimum time between two codes for the same number. */
export const RESEND_INTERVAL_MS = 60 * 1000;
/** Codes allowed per number in any 24-hour window. */
export const MAX_CODES_PER_DAY = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A fresh 6-digit code from a uniform random integer source (crypto.randomInt in production). */
export function generateCode(randomInt: (max: number) => number): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

/** What is stored in place of a code. */
export function hashCode(code: string): string {
  return createHash('sha256').update(code.replace(/\s/gu, '')).digest('hex');
}

/** Seconds to wait before another code may be sent, or null when one may be sent now. */
export function resendDelaySeconds(
  previousCodesCreatedAt: readonly Date[],
  now: Date,
): number | null {
  const t = now.getTime();
  const recent = previousCodesCreatedAt
    .map((d) => d.getTime())
    .filter((c) => c > t - DAY_MS && c <= t);
  const waits: number[] = [];
  const newest = Math.max(...recent);
  if (recent.length > 0 && t - newest < RESEND_INTERVAL_MS)
    waits.push(newest + RESEND_INTERVAL_MS - t);
  if (recent.length >= MAX_CODES_PER_DAY) {
    // The window frees up when the oldest code that keeps it full leaves it.
    const sorted = [...recent].sort((a, b) => b - a);
    const blocking = sorted[MAX_CODES_PER_DAY - 1] ?? newest;
    waits.push(blocking + DAY_MS - t);
  }
  return waits.length ? Math.max(1, Math.ceil(Math.max(...waits) / 1000)) : null;
}

/** The current code of a number as the verification sees it. */
export type CodeState = {
  codeHash: string;
  expiresAt: Date;
  attempts: number;
  usedAt: Date | null;
};

/** The result of one verification attempt; `countsAsFailure` says whether to add one to the attempts. */
export type AttemptOutcome =
  | { kind: 'accepted' }
  | { kind: 'invalid'; remainingAttempts: number; countsAsFailure: true }
  | { kind: 'locked'; countsAsFailure: boolean }
  | { kind: 'expired' };

/** Judges a submitted code against the number's current code (pure: the caller persists the outcome). */
export function judgeAttempt(
  current: CodeState | null,
  submitted: string,
  now: Date,
): AttemptOutcome {
  // No code, or a code already used: a new one must be requested, as for an expired one.
  if (!current || current.usedAt) return { kind: 'expired' };
  if (current.attempts >= MAX_ATTEMPTS) return { kind: 'locked', countsAsFailure: false };
  if (now.getTime() >= current.expiresAt.getTime()) return { kind: 'expired' };
  const expected = Buffer.from(current.codeHash, 'hex');
  const given = Buffer.from(hashCode(submitted), 'hex');
  if (expected.length === given.length && timingSafeEqual(expected, given))
    return { kind: 'accepted' };
  const remainingAttempts = MAX_ATTEMPTS - (current.attempts + 1);
  return remainingAttempts <= 0
    ? { kind: 'locked', countsAsFailure: true }
    : { kind: 'invalid', remainingAttempts, countsAsFailure: true };
}
