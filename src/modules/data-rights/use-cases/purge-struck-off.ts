import { eq, sql } from 'drizzle-orm';
import { applicantFiles } from '../../../db/schema/index.js';
import { addMonthsUtc } from '../../../domain/applicant-file/validity.js';
import { parisDay } from '../../../domain/calendar/working-days.js';
import type { RegistrationApplication } from '../../../registration/contract.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { PERSONAL_DATA_CONTRIBUTORS } from '../contributors.js';

/** Months after the strike-off when the personal data are erased (DOMAIN.md §2). */
export const PURGE_AFTER_MONTHS = 12;

/**
 * The day an application was struck off: the site's date when it says so, else the day an
 * application not renewed is struck off (validity end + 1 month, as `applicationValidity` reads it).
 */
export function struckOffOn(
  app: Pick<RegistrationApplication, 'status' | 'struckOffAt' | 'validUntil'>,
): string {
  if (app.status === 'struck_off' && app.struckOffAt) return app.struckOffAt.slice(0, 10);
  return addMonthsUtc(app.validUntil.slice(0, 10), 1);
}

/**
 * Daily job: erases the files whose application was struck off more than a year ago. A file our
 * copy only presumes struck off (never renewed as far as we know) is first checked with the
 * registration site, outside any transaction: if it was renewed, its copy is refreshed and it is
 * kept; if the site cannot answer, it waits for the next run. Each file is erased in its own short
 * transaction (history and certificates go with it), with an audit row.
 */
export async function purgeStruckOffFiles(
  deps: AppDeps,
): Promise<{ purged: number; kept: number }> {
  const { db } = deps.database;
  const today = parisDay(deps.clock.now());
  const cutoff = addMonthsUtc(today, -PURGE_AFTER_MONTHS);
  // Cheap pre-filter in SQL (validity ended over 12 months ago, or struck off over 12 months ago); exact rule below.
  const candidates = await db
    .select({
      id: applicantFiles.id,
      userId: applicantFiles.userId,
      uniqueNumber: applicantFiles.uniqueNumber,
      token: applicantFiles.registrationToken,
      snapshot: applicantFiles.snapshot,
    })
    .from(applicantFiles)
    .where(
      sql`coalesce((${applicantFiles.snapshot}->>'struckOffAt')::date, (${applicantFiles.snapshot}->>'validUntil')::date) <= ${cutoff}::date`,
    );
  let purged = 0;
  let kept = 0;
  for (const file of candidates) {
    let app = file.snapshot;
    if (app.status !== 'struck_off') {
      try {
        app = await deps.registration.fetchApplication(file.uniqueNumber, file.token);
        await db
          .update(applicantFiles)
          .set({ snapshot: app, refreshedAt: deps.clock.now() })
          .where(eq(applicantFiles.id, file.id));
      } catch (error) {
        // The site no longer knows the application (access revoked, deleted): our copy decides.
        if (!(error instanceof AppError) || error.code === 'registration.unavailable') {
          kept += 1;
          continue;
        }
      }
    }
    if (struckOffOn(app) > cutoff) {
      kept += 1;
      continue;
    }
    await db.transaction(async (tx) => {
      for (const contributor of PERSONAL_DATA_CONTRIBUTORS)
        await contributor.beforeFilePurge({ deps, tx, now: deps.clock.now() }, file.id);
      await tx.delete(applicantFiles).where(eq(applicantFiles.id, file.id));
      await audit(tx, {
        action: 'file.purged',
        subjectUserId: file.userId,
        details: { uniqueNumber: file.uniqueNumber, struckOffOn: struckOffOn(app) },
      });
    });
    purged += 1;
  }
  return { purged, kept };
}
