import type { FastifyReply, FastifyRequest } from 'fastify';

/** Name of the signed cookie that opens one application's pages (distinct from the platform's cookies on the same host). */
export const ACCESS_COOKIE = 'reg_access';
/** How long an access by number and birth date lasts. */
export const ACCESS_TTL_MS = 2 * 60 * 60 * 1000;

/** Opens an application's pages to this browser for two hours (signed, httpOnly cookie). */
export function grantAccess(
  reply: FastifyReply,
  uniqueNumber: string,
  now: Date,
  secure: boolean,
): void {
  const expires = now.getTime() + ACCESS_TTL_MS;
  reply.setCookie(ACCESS_COOKIE, `${uniqueNumber}.${expires}`, {
    signed: true,
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: ACCESS_TTL_MS / 1000,
  });
}

/** Closes the access. */
export function revokeAccess(reply: FastifyReply): void {
  reply.clearCookie(ACCESS_COOKIE, { path: '/' });
}

/** The unique number this browser may see, or null (no cookie, bad signature, or expired by the clock). */
export function accessedNumber(request: FastifyRequest, now: Date): string | null {
  const raw = request.cookies[ACCESS_COOKIE];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) return null;
  const [uniqueNumber, expires] = unsigned.value.split('.');
  if (!uniqueNumber || !expires || Number(expires) <= now.getTime()) return null;
  return uniqueNumber;
}

/** The local path to go back to after access, only one of this application's pages. */
export function safeReturnPath(path: string | undefined, uniqueNumber: string): string {
  const prefix = `/demandes/${uniqueNumber}`;
  if (
    path &&
    /^\/demandes\/[A-Z0-9]+(\/(modifier|pieces|renouveler))?$/.test(path) &&
    path.startsWith(prefix)
  )
    return path;
  return prefix;
}
