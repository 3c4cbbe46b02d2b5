import { applicationValidity } from '../../domain/applicant-file/validity.js';
import type { CompanyRow, FileRow } from './file.repo.js';
import { areDocumentsConfirmed } from './use-cases/documents.js';

/** How far the applicant has gone in the three steps, and whether the file may be submitted. */
export type FileProgress = {
  identityOk: boolean;
  companyStepDone: boolean;
  consentChosen: boolean;
  documentsConfirmed: boolean;
  applicationActive: boolean;
  stepsComplete: boolean;
};

/** Computes the progress of a file from its stored state and today's date. */
export function fileProgress(file: FileRow, today: Date): FileProgress {
  const validity = applicationValidity(file.snapshot, today);
  const progress = {
    identityOk: file.identityMismatch.length === 0,
    companyStepDone: file.companyStepDoneAt !== null,
    consentChosen: file.consent !== null,
    documentsConfirmed: areDocumentsConfirmed(file, today),
    applicationActive: validity.state === 'active' || validity.state === 'expiring_soon',
  };
  return { ...progress, stepsComplete: Object.values(progress).every(Boolean) };
}

/** Whether the employer must validate the file before Action Logement does. */
export function isCompanyReviewNeeded(
  file: Pick<FileRow, 'consent'>,
  company: CompanyRow | null,
): boolean {
  return company !== null && company.validationRequired && file.consent !== 'anonymous';
}
