import { expectedDocuments } from '../../../domain/applicant-file/expected-documents.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { requireFileOfUser, updateFileInStates, type FileRow } from '../file.repo.js';
import { EDITABLE_STATES } from './company-step.js';

/** Keys of the documents this file currently expects (computed from the imported situation). */
export function expectedKeys(file: Pick<FileRow, 'snapshot'>, today: Date): string[] {
  return expectedDocuments(file.snapshot, today).map((d) => d.key);
}

/** Whether every expected document is confirmed (the list may grow when the situation changes). */
export function areDocumentsConfirmed(
  file: Pick<FileRow, 'snapshot' | 'confirmedDocuments' | 'documentsConfirmedAt'>,
  today: Date,
): boolean {
  if (!file.documentsConfirmedAt) return false;
  const confirmed = new Set(file.confirmedDocuments);
  return expectedKeys(file, today).every((key) => confirmed.has(key));
}

/** "Les pièces justificatives de mon NUR-NUD": each expected document must be confirmed by a box. */
export async function confirmDocuments(
  deps: AppDeps,
  user: SessionUser,
  keys: string[],
): Promise<FileRow> {
  const { db } = deps.database;
  const file = await requireFileOfUser(db, user.id);
  const today = deps.clock.now();
  const given = new Set(keys);
  const missing = expectedKeys(file, today).filter((key) => !given.has(key));
  if (missing.length > 0) {
    throw new AppError('documents.incomplete', {
      fields: missing.map((key) => ({ path: key, code: 'documents.not_confirmed' })),
    });
  }
  return updateFileInStates(
    db,
    file.id,
    EDITABLE_STATES,
    { confirmedDocuments: expectedKeys(file, today), documentsConfirmedAt: today },
    today,
  );
}
