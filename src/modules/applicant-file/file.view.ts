import {
  expectedDocuments,
  groupExpectedDocuments,
} from '../../domain/applicant-file/expected-documents.js';
import { applicationValidity } from '../../domain/applicant-file/validity.js';
import { formatUniqueNumber } from '../../domain/identifiers/unique-number.js';
import type { AppDeps } from '../../server/context.js';
import { fileProgress, type FileProgress } from './file-progress.js';
import { fileHistory, findCompany, type FileRow } from './file.repo.js';
import { consentChoices } from './use-cases/company-step.js';

/** What the applicant should do next, shown on "Ma situation". */
export type NextAction =
  | 'resolve_identity'
  | 'renew_application'
  | 'company_step'
  | 'consent'
  | 'documents'
  | 'submit'
  | 'wait_company'
  | 'wait_operator'
  | 'correct_and_resubmit'
  | 'search_offers';

/** Picks the next action from the state and progress of a file. */
export function nextAction(file: Pick<FileRow, 'status'>, progress: FileProgress): NextAction {
  if (!progress.identityOk) return 'resolve_identity';
  if (!progress.applicationActive) return 'renew_application';
  switch (file.status) {
    case 'awaiting_company':
      return 'wait_company';
    case 'awaiting_operator':
      return 'wait_operator';
    case 'validated':
      return 'search_offers';
    case 'refused':
    case 'incomplete':
      if (!progress.companyStepDone) return 'company_step';
      if (!progress.consentChosen) return 'consent';
      if (!progress.documentsConfirmed) return 'documents';
      return file.status === 'refused' ? 'correct_and_resubmit' : 'submit';
  }
}

/** The applicant's own view of their file ("Ma situation" and the three steps). */
export async function applicantFileView(deps: AppDeps, file: FileRow) {
  const today = deps.clock.now();
  const progress = fileProgress(file, today);
  const company = await findCompany(deps.database.db, file.companyId);
  const confirmed = new Set(file.confirmedDocuments);
  const documents = groupExpectedDocuments(expectedDocuments(file.snapshot, today)).map(
    (group) => ({
      ...group,
      documents: group.documents.map((d) => ({ ...d, confirmed: confirmed.has(d.key) })),
    }),
  );
  const site = deps.registration.publicUrl;
  const nu = encodeURIComponent(file.uniqueNumber);
  const history = await fileHistory(deps.database.db, file.id);
  return {
    id: file.id,
    uniqueNumber: file.uniqueNumber,
    uniqueNumberFormatted: formatUniqueNumber(file.uniqueNumber),
    platformNumber: file.platformNumber,
    personalCode: file.personalCode,
    status: file.status,
    identityMismatch: file.identityMismatch,
    refusal:
      file.status === 'refused'
        ? { by: file.refusedBy, reason: file.refusalReason, comment: file.refusalComment }
        : null,
    validity: applicationValidity(file.snapshot, today),
    progress,
    nextAction: nextAction(file, progress),
    application: file.snapshot,
    importedAt: file.importedAt,
    refreshedAt: file.refreshedAt,
    company: {
      attachTo: file.attachTo,
      employerSiret: file.employerSiret,
      employerName: file.employerName,
      companyCode: company?.code ?? null,
      staffNumber: file.staffNumber,
      hiredAt: file.hiredAt,
      permanentTempContract: file.permanentTempContract,
      linkedCompany: company
        ? {
            name: company.name,
            validationRequired: company.validationRequired,
            requiresStaffNumber: company.requiresStaffNumber,
            requiresHiringDate: company.requiresHiringDate,
            isTempAgency: company.isTempAgency,
          }
        : null,
    },
    consent: file.consent,
    consentChoices: await consentChoices(deps, file),
    documents,
    registrationLinks: {
      edit: `${site}/demandes/${nu}/modifier`,
      documents: `${site}/demandes/${nu}/pieces`,
      renew: `${site}/demandes/${nu}/renouveler`,
    },
    history: history.map((h) => ({
      event: h.event,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      reason: h.reason,
      comment: h.comment,
      createdAt: h.createdAt,
    })),
  };
}
