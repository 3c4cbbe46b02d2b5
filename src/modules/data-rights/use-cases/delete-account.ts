import { eq, sql } from 'drizzle-orm';
import { applicantFiles, auditEvents, throttles, users } from '../../../db/schema/index.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { verifyPassword } from '../../../server/security/passwords.js';
import { findUserById } from '../../accounts/account.repo.js';
import { retractFileProfile } from '../../offers/use-cases/eligibility-jobs.js';
import { PERSONAL_DATA_CONTRIBUTORS } from '../contributors.js';

/** How many records each contributor would keep, summed (candidacies sent to a landlord). */
export async function keptOnDeletion(deps: AppDeps, userId: string): Promise<number> {
  let kept = 0;
  for (const contributor of PERSONAL_DATA_CONTRIBUTORS)
    kept += await contributor.keptOnDeletion(deps.database.db, userId);
  return kept;
}

/**
 * Deletes an applicant's account after the password is confirmed. In one transaction: the
 * contributors detach what the law keeps (candidacies already sent to a landlord) and erase the
 * rest (the other candidacies, an active one being cancelled first); the account row goes, and
 * with it, by cascade, the sessions (logged out everywhere), links, the file and its history,
 * certificates, messages, recovery requests and uploaded files. Fraud reports stay, detached from
 * the account. Audit rows stay as ids without name or e-mail; the IP addresses of the person's
 * own actions are cleared. The registration site's application is not touched.
 */
export async function deleteAccount(
  deps: AppDeps,
  sessionUser: SessionUser,
  password: string,
): Promise<void> {
  const { db } = deps.database;
  const user = await findUserById(db, sessionUser.id);
  if (!user || user.role !== 'applicant') throw new AppError('auth.forbidden');
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('auth.invalid_current_password', {
      fields: [{ path: 'password', code: 'field.invalid' }],
    });
  }
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    const kept: Record<string, number> = {};
    const erased: Record<string, number> = {};
    for (const contributor of PERSONAL_DATA_CONTRIBUTORS) {
      const result = await contributor.beforeAccountDeletion({ deps, tx, now }, user.id);
      kept[contributor.name] = result.kept;
      erased[contributor.name] = result.erased;
    }
    // The file goes with the account (cascade): its eligibility profile leaves the offers' counts.
    const [file] = await tx
      .select({ id: applicantFiles.id })
      .from(applicantFiles)
      .where(eq(applicantFiles.userId, user.id));
    if (file) await retractFileProfile(tx, file.id);
    await tx.update(auditEvents).set({ ip: null }).where(eq(auditEvents.actorUserId, user.id));
    await tx.delete(throttles).where(sql`${throttles.key} like ${`%:${user.email.toLowerCase()}`}`);
    await tx.delete(users).where(eq(users.id, user.id));
    await audit(tx, {
      action: 'account.deleted',
      actorUserId: null,
      subjectUserId: user.id,
      details: { kept, erased },
    });
  });
}
