import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { RegistrationApplication } from '../contract.js';
import type { RegistrationDeps } from '../context.js';
import {
  addFailedAttempt,
  codesSentSince,
  currentCode,
  findAccessToken,
  insertAccessToken,
  insertCode,
  lockApplication,
  markCodeUsed,
} from '../db/repo.js';
import { RegistrationError } from '../errors.js';
import {
  CODE_TTL_MS,
  generateCode,
  hashCode,
  judgeAttempt,
  resendDelaySeconds,
} from '../domain/import-codes.js';
import { maskEmail } from '../domain/masking.js';
import { renderImportCodeMail } from '../mail.js';
import { loadApplication, readUniqueNumber } from './applications.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function requireNumber(input: string): string {
  const uniqueNumber = readUniqueNumber(input);
  // An unreadable number matches no application: the platform shows "not found", not an outage.
  if (!uniqueNumber) throw new RegistrationError('application.not_found');
  return uniqueNumber;
}

/** E-mails a new 6-digit import code to the applicant (replacing the previous one), within the resend limits. */
export async function requestImportCode(
  deps: RegistrationDeps,
  input: string,
): Promise<{ maskedEmail: string; expiresAt: string }> {
  const uniqueNumber = requireNumber(input);
  const now = deps.clock.now();
  const code = generateCode(randomInt);
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  const email = await deps.database.db.transaction(async (tx) => {
    // The row lock serialises two requests for the same number, so the throttle cannot be raced.
    const application = await lockApplication(tx, uniqueNumber);
    if (!application) throw new RegistrationError('application.not_found');
    const wait = resendDelaySeconds(
      await codesSentSince(tx, uniqueNumber, new Date(now.getTime() - DAY_MS)),
      now,
    );
    if (wait !== null) throw new RegistrationError('code.throttled', { retryAfterSeconds: wait });
    await insertCode(tx, { uniqueNumber, codeHash: hashCode(code), expiresAt, createdAt: now });
    return application.applicant.email;
  });
  await deps.mailer.send(
    email,
    renderImportCodeMail({
      code,
      uniqueNumber,
      expiresAt,
      siteUrl: deps.config.REGISTRATION_PUBLIC_URL,
    }),
  );
  return { maskedEmail: maskEmail(email), expiresAt: expiresAt.toISOString() };
}

/** Checks a code; on success issues an opaque access token (only its hash is kept) with the application. */
export async function verifyImportCode(
  deps: RegistrationDeps,
  input: { uniqueNumber: string; code: string },
): Promise<{ accessToken: string; application: RegistrationApplication }> {
  const uniqueNumber = requireNumber(input.uniqueNumber);
  const now = deps.clock.now();
  const accessToken = randomBytes(32).toString('base64url');
  // The transaction returns the outcome instead of throwing, so that a wrong try is committed.
  const outcome = await deps.database.db.transaction(async (tx) => {
    if (!(await lockApplication(tx, uniqueNumber))) return { kind: 'not_found' } as const;
    const current = await currentCode(tx, uniqueNumber);
    const judged = judgeAttempt(current, input.code, now);
    if (!current) return judged;
    if (judged.kind === 'accepted') {
      if (!(await markCodeUsed(tx, current.id, now))) return { kind: 'expired' } as const;
      await insertAccessToken(tx, {
        tokenHash: hashToken(accessToken),
        uniqueNumber,
        createdAt: now,
      });
    } else if (judged.kind !== 'expired' && judged.countsAsFailure) {
      await addFailedAttempt(tx, current.id);
    }
    return judged;
  });
  switch (outcome.kind) {
    case 'accepted':
      break;
    case 'not_found':
      throw new RegistrationError('application.not_found');
    case 'invalid':
      throw new RegistrationError('code.invalid', { remainingAttempts: outcome.remainingAttempts });
    case 'locked':
      throw new RegistrationError('code.locked');
    case 'expired':
      throw new RegistrationError('code.expired');
    default: {
      const unreachable: never = outcome;
      throw new Error(`Unknown outcome ${JSON.stringify(unreachable)}`);
    }
  }
  const application = await loadApplication(deps.database.db, uniqueNumber, now);
  if (!application) throw new RegistrationError('application.not_found');
  return { accessToken, application };
}

/** The application an access token opens, read fresh; access.invalid for a wrong, revoked or other number's token. */
export async function readApplicationWithToken(
  deps: RegistrationDeps,
  input: string,
  token: string | null,
): Promise<RegistrationApplication> {
  const uniqueNumber = readUniqueNumber(input);
  if (!uniqueNumber || !token) throw new RegistrationError('access.invalid');
  const tokenNumber = await findAccessToken(deps.database.db, hashToken(token));
  if (tokenNumber !== uniqueNumber) throw new RegistrationError('access.invalid');
  const application = await loadApplication(deps.database.db, uniqueNumber, deps.clock.now());
  if (!application) throw new RegistrationError('application.not_found');
  return application;
}
