// Unsubscribe links that work without logging in: the alert id and an HMAC-SHA256 of it under
// ALERTS_SECRET (required in production; a fixed development key elsewhere). Nothing is stored;
// changing the secret invalidates every link already sent.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config/env.js';

const DEVELOPMENT_SECRET = 'alin-development-alerts-secret-not-for-production';

function keyOf(config: Pick<Config, 'ALERTS_SECRET' | 'NODE_ENV'>): string {
  if (config.ALERTS_SECRET) return config.ALERTS_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('ALERTS_SECRET is required in production');
  return DEVELOPMENT_SECRET;
}

function mac(key: string, alertId: string): string {
  return createHmac('sha256', key).update(`alert-unsubscribe:${alertId}`).digest('base64url');
}

/** The unsubscribe token of an alert. */
export function signUnsubscribeToken(
  config: Pick<Config, 'ALERTS_SECRET' | 'NODE_ENV'>,
  alertId: string,
): string {
  return `${alertId}.${mac(keyOf(config), alertId)}`;
}

/** The alert id of a genuine token, or null. */
export function readUnsubscribeToken(
  config: Pick<Config, 'ALERTS_SECRET' | 'NODE_ENV'>,
  token: string,
): string | null {
  const match = /^([0-9a-f-]{36})\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return null;
  const expected = Buffer.from(mac(keyOf(config), match[1]));
  const given = Buffer.from(match[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
}
