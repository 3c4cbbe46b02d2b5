/** Failed attempts recorded for one key (account, e-mail or IP address). */
export type Throttle = { failures: number; lastFailureAt: Date | null };

/** Failures older than this (counted from the last one) are forgotten. */
export const THROTTLE_WINDOW_MS = 60 * 60 * 1000;

/** Number of failures allowed without any delay. */
export const FREE_FAILURES = 4;

/** Delay after the first failure that is throttled. */
export const THROTTLE_BASE_DELAY_MS = 1000;

/** Longest delay ever imposed between two attempts. */
export const THROTTLE_MAX_DELAY_MS = 15 * 60 * 1000;

/** Delay imposed after `failures` consecutive failures: none for 4, then 1 s, 2 s, 4 s... up to 15 min. */
export function throttleDelayMs(failures: number): number {
  const count = Math.floor(failures);
  if (!(count > FREE_FAILURES)) return 0;
  const exponent = count - FREE_FAILURES - 1;
  return Math.min(THROTTLE_BASE_DELAY_MS * 2 ** exponent, THROTTLE_MAX_DELAY_MS);
}

/** Failures still counted at `now`: all of them within the window after the last one, else none. */
export function effectiveFailures(throttle: Throttle, now: Date): number {
  if (throttle.lastFailureAt === null) return 0;
  const elapsed = now.getTime() - throttle.lastFailureAt.getTime();
  // Window is exclusive, like token expiry: at exactly one hour the failures are forgotten.
  if (!(elapsed < THROTTLE_WINDOW_MS)) return 0;
  return Math.max(0, throttle.failures);
}

/** Milliseconds to wait at `now` before the next attempt is allowed; 0 when it is allowed. */
export function retryAfterMs(throttle: Throttle, now: Date): number {
  if (throttle.lastFailureAt === null) return 0;
  const delay = throttleDelayMs(effectiveFailures(throttle, now));
  const elapsed = now.getTime() - throttle.lastFailureAt.getTime();
  // A clock that went backwards never extends the wait beyond the full delay.
  return Math.min(delay, Math.max(0, delay - elapsed));
}
