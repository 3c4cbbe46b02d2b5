import { createHash, randomBytes } from 'node:crypto';

/** A new random secret for a cookie or an e-mailed link (256 bits, URL-safe). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored in the database in place of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random code of readable characters (no 0/O, 1/I/L), e.g. a personal access code. */
export function newReadableCode(length = 10): string {
  const bytes = randomBytes(length);
  return [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}
