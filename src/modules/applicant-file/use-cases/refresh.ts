import { compareIdentity } from '../../../domain/applicant-file/identity-match.js';
import { diffApplications } from '../../../domain/applicant-file/material-change.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { findUserById } from '../../accounts/account.repo.js';
import { enqueueFileEligibility } from '../../offers/use-cases/eligibility-jobs.js';
import { enqueueFileMail } from '../file-mail.js';
import { requireFileOfUser, updateFileInStates, type FileRow } from '../file.repo.js';
import { moveFile } from './submit.js';

const ALL_STATES = [
  'incomplete',
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
] as const;

/**
 * "Mettre à jour": pulls the application again from the registration site and shows what changed.
 * A material change (household, income, employer) sends a submitted or validated file back for
 * validation; the previous states stay in the history.
 */
export async function refreshFile(
  deps: AppDeps,
  user: SessionUser,
  meta: RequestMeta,
): Promise<{
  file: FileRow;
  changes: ReturnType<typeof diffApplications>['changes'];
  sentBackForValidation: boolean;
}> {
  const { db } = deps.database;
  const file = await requireFileOfUser(db, user.id);
  const fresh = await deps.registration.fetchApplication(file.uniqueNumber, file.registrationToken);
  const diff = diffApplications(file.snapshot, fresh);
  const account = await findUserById(db, user.id);
  const identity = compareIdentity(
    {
      lastName: account?.lastName ?? user.lastName,
      firstName: user.firstName,
      birthDate: account?.birthDate ?? null,
    },
    fresh.applicant,
  );
  const now = deps.clock.now();
  const inReview =
    file.status === 'awaiting_company' ||
    file.status === 'awaiting_operator' ||
    file.status === 'validated';
  const sendBack = diff.isMaterial && inReview;
  const updated = await db.transaction(async (tx) => {
    const saved = await updateFileInStates(
      tx,
      file.id,
      ALL_STATES,
      { snapshot: fresh, refreshedAt: now, identityMismatch: identity.mismatches },
      now,
    );
    if (!sendBack) {
      // Income, household or validity (renewed, expired, struck off) may have changed what the
      // file is eligible to; a material change enqueues it through moveFile below.
      await enqueueFileEligibility(deps, tx, file.id);
      return saved;
    }
    const moved = await moveFile(deps, tx, saved, 'material_change', {
      actorUserId: user.id,
      stepsComplete: true,
      details: { changes: diff.changes.filter((c) => c.material).map((c) => c.field) },
      patch: { validatedAt: null },
    });
    await enqueueFileMail(deps, tx, moved, 'back_for_validation', {
      email: user.email,
      locale: meta.locale,
    });
    return moved;
  });
  return { file: updated, changes: diff.changes, sentBackForValidation: sendBack };
}
