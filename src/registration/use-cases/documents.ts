import type { DocumentCategory, SupportingDocument } from '../contract.js';
import type { RegistrationDeps } from '../context.js';
import { findApplication, insertDocument } from '../db/repo.js';
import { checkDocument, type DocumentProblem } from '../domain/files.js';

/** An upload as received: bytes plus what the applicant said about them. */
export type DocumentUpload = {
  uniqueNumber: string;
  person: SupportingDocument['person'];
  category: DocumentCategory;
  period: string | null;
  fileName: string;
  content: Buffer;
};

/** Why an upload was refused (nothing is stored then). */
export type UploadProblem = DocumentProblem | 'document.no_co_applicant' | 'application.not_found';

/** Stores a supporting document after checking its size and its type from its content; status "received". */
export async function uploadDocument(
  deps: Pick<RegistrationDeps, 'database' | 'clock'>,
  upload: DocumentUpload,
): Promise<{ ok: true; id: string } | { ok: false; problems: UploadProblem[] }> {
  const application = await findApplication(deps.database.db, upload.uniqueNumber);
  if (!application) return { ok: false, problems: ['application.not_found'] };
  const checked = checkDocument(upload);
  const problems: UploadProblem[] = checked.ok ? [] : [...checked.problems];
  if (upload.person === 'co_applicant' && !application.coApplicant)
    problems.unshift('document.no_co_applicant');
  if (!checked.ok || problems.length > 0) return { ok: false, problems };
  const id = await insertDocument(deps.database.db, {
    uniqueNumber: upload.uniqueNumber,
    person: upload.person,
    category: upload.category,
    period: upload.period,
    fileName: checked.fileName,
    mimeType: checked.mimeType,
    sizeBytes: upload.content.length,
    status: 'received',
    content: upload.content,
    uploadedAt: deps.clock.now(),
  });
  return { ok: true, id };
}
