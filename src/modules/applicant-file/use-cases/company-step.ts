import { allowedConsentLevels, type ConsentLevel } from '../../../domain/applicant-file/consent.js';
import { isValidSiret } from '../../../domain/identifiers/siret.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields, type FieldProblem } from '../../../server/errors.js';
import { resolveStepCompany } from '../../access-codes/use-cases/company-step-code.js';
import { consumeAccessCode } from '../../access-codes/use-cases/redeem-code.js';
import { findCompany, requireFileOfUser, updateFileInStates, type FileRow } from '../file.repo.js';

/** States in which the applicant may change the company step, consent and documents. */
export const EDITABLE_STATES = ['incomplete', 'refused', 'validated'] as const;

/** What the form "Les informations à compléter pour AL'in" sends. */
export type CompanyStepInput = {
  attachTo: 'applicant' | 'co_applicant';
  employerName: string;
  companyCode?: string | undefined;
  /** A personal access code sent by the company's HR: attaches the file to that company. */
  personalAccessCode?: string | undefined;
  staffNumber?: string | undefined;
  hiredAt?: string | undefined;
  permanentTempContract?: boolean | undefined;
};

/** The professional situation the file is attached to (the applicant's or the co-applicant's). */
export function attachedPerson(
  file: Pick<FileRow, 'snapshot'>,
  attachTo: 'applicant' | 'co_applicant',
) {
  return attachTo === 'applicant' ? file.snapshot.applicant : file.snapshot.coApplicant;
}

/**
 * "Je valide l'entreprise": the employer SIRET comes from the application (box D12) and must be
 * valid; a company code, or a personal access code sent by HR (used up on saving), links the file
 * to that company and its housing policy, whose requirements (staff number, hiring date,
 * temp-agency question) are then checked.
 */
export async function saveCompanyStep(
  deps: AppDeps,
  user: SessionUser,
  input: CompanyStepInput,
  ip: string | null = null,
): Promise<FileRow> {
  const { db } = deps.database;
  const file = await requireFileOfUser(db, user.id);
  if (file.identityMismatch.length > 0) throw new AppError('file.identity_mismatch');
  const person = attachedPerson(file, input.attachTo);
  if (!person) throw invalidFields([{ path: 'attachTo', code: 'company.co_applicant_missing' }]);
  const siret = person.professional.employerSiret;
  if (!siret) throw new AppError('company.siret_missing');
  const problems: FieldProblem[] = [];
  if (!isValidSiret(siret)) problems.push({ path: 'employerSiret', code: 'company.siret_invalid' });
  const { company, accessCode } = await resolveStepCompany(deps, file, input, problems);
  if (company?.requiresStaffNumber && !input.staffNumber?.trim())
    problems.push({ path: 'staffNumber', code: 'field.required' });
  if (company?.requiresHiringDate && !input.hiredAt)
    problems.push({ path: 'hiredAt', code: 'field.required' });
  if (company?.isTempAgency && input.permanentTempContract === undefined) {
    problems.push({ path: 'permanentTempContract', code: 'field.required' });
  }
  if (problems.length > 0) throw invalidFields(problems);
  const now = deps.clock.now();
  const allowed = allowedConsentLevels(company ? { allowedLevels: company.allowedConsents } : null);
  const save = (q: Parameters<typeof updateFileInStates>[0]) =>
    updateFileInStates(
      q,
      file.id,
      EDITABLE_STATES,
      {
        attachTo: input.attachTo,
        employerSiret: siret,
        employerName: input.employerName.trim(),
        companyId: company?.id ?? null,
        staffNumber: input.staffNumber?.trim() || null,
        hiredAt: input.hiredAt ?? null,
        permanentTempContract: company?.isTempAgency ? (input.permanentTempContract ?? null) : null,
        companyStepDoneAt: now,
        // A consent the (new) company does not offer must be chosen again.
        ...(file.consent && !allowed.includes(file.consent) ? { consent: null } : {}),
      },
      now,
    );
  if (!accessCode) return save(db);
  return db.transaction(async (tx) => {
    const saved = await save(tx);
    if (!(await consumeAccessCode(tx, accessCode, file, now, ip))) {
      throw invalidFields([{ path: 'personalAccessCode', code: 'access_code.used' }]);
    }
    return saved;
  });
}

/** The consent levels offered to this file (limited by the linked company's policy). */
export async function consentChoices(deps: AppDeps, file: FileRow): Promise<ConsentLevel[]> {
  const company = await findCompany(deps.database.db, file.companyId);
  return allowedConsentLevels(company ? { allowedLevels: company.allowedConsents } : null);
}

/** Saves the applicant's choice of what the employer may see (effective at once). */
export async function saveConsent(
  deps: AppDeps,
  user: SessionUser,
  level: ConsentLevel,
): Promise<FileRow> {
  const { db } = deps.database;
  const file = await requireFileOfUser(db, user.id);
  if (!file.companyStepDoneAt) throw new AppError('file.steps_incomplete');
  if (!(await consentChoices(deps, file)).includes(level)) {
    throw new AppError('consent.not_allowed', {
      fields: [{ path: 'level', code: 'consent.not_allowed' }],
    });
  }
  const states = [
    'incomplete',
    'refused',
    'validated',
    'awaiting_company',
    'awaiting_operator',
  ] as const;
  return updateFileInStates(db, file.id, states, { consent: level }, deps.clock.now());
}
