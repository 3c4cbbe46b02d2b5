import type { ApplicantFile, CompanyStepRequest } from './file-types';
import { api, downloadFile, queryString } from './client';
import type { HousingPolicy } from './companies';

// Personal access codes sent by HR, the applicant's certificate, and the recovery of a lost code
// (`src/modules/access-codes`, `src/modules/recovery`, `src/modules/companies/company-policy.routes.ts`).

/** Languages of the e-mails the platform sends. */
export type MailLocale = 'fr' | 'en';

/** State of a personal access code ("active": sent and still usable). */
export type AccessCodeState = 'active' | 'used' | 'revoked' | 'expired';

/** Every state of a personal access code, in the order HR filters them. */
export const ACCESS_CODE_STATES: readonly AccessCodeState[] = [
  'active',
  'used',
  'expired',
  'revoked',
];

/** A personal access code as HR sees it (never the code itself, only its last characters). */
export interface AccessCode {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  codeHint: string;
  state: AccessCodeState;
  issuedAt: string;
  expiresAt: string;
  sentCount: number;
  lastSentAt: string;
  revokedAt: string | null;
  usedAt: string | null;
}

/** Body of `POST /api/employer/access-codes`. */
export interface IssueAccessCodeRequest {
  firstName: string;
  lastName: string;
  email: string;
  locale: MailLocale;
}

/** One line of an uploaded employee list, with what was wrong with it. */
export interface ImportLine {
  line: number;
  email: string;
  status: 'issued' | 'refused';
  problems: { path: string; code: string }[];
}

/** Body of `POST /api/employer/access-codes/import`. */
export interface ImportReport {
  issued: number;
  refused: number;
  lines: ImportLine[];
}

/** The codes the company issued, newest first. */
export function listAccessCodes(filter: {
  state?: AccessCodeState | undefined;
  q?: string | undefined;
}): Promise<{ accessCodes: AccessCode[] }> {
  const query = new URLSearchParams();
  if (filter.state) query.set('state', filter.state);
  if (filter.q) query.set('q', filter.q);
  return api.get<{ accessCodes: AccessCode[] }>(`/api/employer/access-codes${queryString(query)}`);
}

/** E-mails a personal access code to one employee. */
export function issueAccessCode(body: IssueAccessCodeRequest): Promise<{ accessCode: AccessCode }> {
  return api.post<{ accessCode: AccessCode }>('/api/employer/access-codes', body);
}

/** E-mails codes to the employees of a CSV list (last name, first name, e-mail). */
export function importAccessCodes(file: File, locale: MailLocale): Promise<ImportReport> {
  const form = new FormData();
  form.append('locale', locale);
  form.append('file', file);
  return api.post<ImportReport>('/api/employer/access-codes/import', form);
}

/** Sends a new code in place of an unused one (the old one stops working). */
export function resendAccessCode(
  id: string,
  locale: MailLocale,
): Promise<{ accessCode: AccessCode }> {
  return api.post<{ accessCode: AccessCode }>(
    `/api/employer/access-codes/${encodeURIComponent(id)}/resend`,
    { locale },
  );
}

/** Cancels an unused code at once. */
export function revokeAccessCode(id: string): Promise<{ accessCode: AccessCode }> {
  return api.post<{ accessCode: AccessCode }>(
    `/api/employer/access-codes/${encodeURIComponent(id)}/revoke`,
  );
}

/** The company a typed code leads to, with its policy (`POST /api/file/company-policy/preview`). */
export interface PolicyPreview {
  company: { name: string; isTempAgency: boolean };
  policy: HousingPolicy & { version: number; changedAt: string };
  maxPriorityPoints: number;
}

/** Shows the company and the policy a personal access code leads to, before saving. */
export function previewAccessCode(personalAccessCode: string): Promise<PolicyPreview> {
  return api.post<PolicyPreview>('/api/file/company-policy/preview', { personalAccessCode });
}

/** Body of `PUT /api/file/company` with a personal access code. */
export type CompanyStepWithCode = CompanyStepRequest & { personalAccessCode: string };

/** Saves the company step with a personal access code: the file joins the code's company. */
export function saveCompanyStepWithCode(
  body: CompanyStepWithCode,
): Promise<{ file: ApplicantFile }> {
  return api.put<{ file: ApplicantFile }>('/api/file/company', body);
}

/** Downloads my certificate (PDF with my numbers, personal code and a verification reference). */
export function downloadCertificate(): Promise<void> {
  return downloadFile('/api/file/certificate.pdf', 'attestation-alin.pdf');
}

/** Which code was lost. */
export type LostCodeKind = 'personal' | 'company';

/** The proof of employment given with a recovery request. */
export type ProofKind = 'employment_certificate' | 'payslip' | 'contract';

/** Every kind of proof of employment accepted. */
export const PROOF_KINDS: readonly ProofKind[] = ['employment_certificate', 'payslip', 'contract'];

/** The form "Récupérer mon code". */
export interface RecoveryRequestInput {
  codeKind: LostCodeKind;
  civility: 'mme' | 'm' | null;
  firstName: string;
  lastName: string;
  birthDate: string;
  accountEmail: string;
  employerName: string;
  siret: string;
  reason: string;
  proofKind: ProofKind;
  proof: File;
}

/** The answer to a recovery request: its reference and the date the answer is due by. */
export interface RecoveryCreated {
  reference: string;
  dueOn: string;
}

/** Sends "Récupérer mon code" with its proof of employment (multipart). */
export function requestCodeRecovery(input: RecoveryRequestInput): Promise<RecoveryCreated> {
  const form = new FormData();
  form.append('codeKind', input.codeKind);
  if (input.civility) form.append('civility', input.civility);
  form.append('firstName', input.firstName);
  form.append('lastName', input.lastName);
  if (input.birthDate) form.append('birthDate', input.birthDate);
  form.append('accountEmail', input.accountEmail);
  form.append('employerName', input.employerName);
  form.append('siret', input.siret);
  form.append('reason', input.reason);
  form.append('proofKind', input.proofKind);
  form.append('proof', input.proof);
  return api.post<RecoveryCreated>('/api/recovery-requests', form);
}

/** States of a recovery request in the back office. */
export type RecoveryStatus = 'pending' | 'answered' | 'rejected';

/** A recovery request as the back office sees it. */
export interface RecoveryRequest {
  id: string;
  reference: string;
  codeKind: LostCodeKind;
  civility: 'mme' | 'm' | null;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  accountEmail: string;
  employerName: string;
  siret: string;
  reason: string;
  proofKind: ProofKind;
  hasProof: boolean;
  status: RecoveryStatus;
  dueOn: string;
  overdue: boolean;
  workingDaysLate: number;
  accountMatched: boolean;
  handledAt: string | null;
  handlingNote: string | null;
  threadId: string | null;
  createdAt: string;
}

/** A request with what the consultant needs to answer it. */
export interface RecoveryDetail {
  request: RecoveryRequest;
  account: {
    id: string;
    email: string;
    firstName: string;
    lastName: string;
    birthDate: string | null;
    file: {
      platformNumber: string;
      personalCode: string;
      companyName: string | null;
      employerSiret: string | null;
    } | null;
  } | null;
  companiesWithSiret: { id: string; name: string; code: string; siretListed: boolean }[];
}

/** The queue of lost-code requests, by due date. */
export function listRecoveryRequests(filter: {
  status?: RecoveryStatus | undefined;
  overdue?: boolean | undefined;
}): Promise<{ requests: RecoveryRequest[] }> {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.overdue) query.set('overdue', 'true');
  return api.get<{ requests: RecoveryRequest[] }>(
    `/api/backoffice/recovery-requests${queryString(query)}`,
  );
}

function recoveryPath(id: string): string {
  return `/api/backoffice/recovery-requests/${encodeURIComponent(id)}`;
}

/** One request, the matching account and the client companies of its SIRET. */
export function fetchRecoveryRequest(id: string): Promise<RecoveryDetail> {
  return api.get<RecoveryDetail>(recoveryPath(id));
}

/** Downloads the proof of employment (logged for the applicant). */
export function downloadRecoveryProof(request: RecoveryRequest): Promise<void> {
  return downloadFile(`${recoveryPath(request.id)}/proof`, `justificatif-${request.reference}`);
}

/** Answers with a secure message (the applicant gets an e-mail without the code). */
export function answerRecoveryRequest(
  id: string,
  message: string,
): Promise<{ request: RecoveryRequest }> {
  return api.post<{ request: RecoveryRequest }>(`${recoveryPath(id)}/answer`, { message });
}

/** Closes a request without a code, with an internal note and optionally a message. */
export function rejectRecoveryRequest(
  id: string,
  body: { note: string; message?: string },
): Promise<{ request: RecoveryRequest }> {
  return api.post<{ request: RecoveryRequest }>(`${recoveryPath(id)}/reject`, body);
}
