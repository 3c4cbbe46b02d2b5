// JSON shapes of the applicant-file, employer and back-office endpoints, as the zod schemas of
// `src/modules/applicant-file/file.schemas.ts`, `src/modules/employer/employer.schemas.ts` and
// `src/modules/backoffice/backoffice-files.routes.ts` describe them. Dates arrive as ISO strings.
// The imported application is the registration contract's own type (it holds no Date).

import type { ConsentLevel } from '../../domain/applicant-file/consent';
import type { OperatorRefusalReason } from '../../domain/applicant-file/refusal-reasons';
import type {
  DocumentCategory,
  RegistrationApplication,
  RegistrationPerson,
} from '../../registration/contract';

export type { ConsentLevel, DocumentCategory, OperatorRefusalReason, RegistrationApplication };

/** A person of the application (applicant or co-applicant). */
export type ApplicationPerson = RegistrationPerson;

/** A member of the household other than the applicant and co-applicant. */
export type HouseholdMember = RegistrationApplication['household'][number];

/** A commune as the application names it. */
export type Commune = RegistrationApplication['wanted']['communes'][number];

/** States of an applicant's file on the platform. */
export const FILE_STATUSES = [
  'incomplete',
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
] as const;

/** State of an applicant's file. */
export type FileStatus = (typeof FILE_STATUSES)[number];

/** True when the value is a file state. */
export function isFileStatus(value: unknown): value is FileStatus {
  return typeof value === 'string' && (FILE_STATUSES as readonly string[]).includes(value);
}

/** What the applicant should do next ("Ma situation"). */
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

/** Whose professional situation the file is attached to, or whose document it is. */
export type FilePerson = 'applicant' | 'co_applicant';

/** The handbook's three headings of supporting documents. */
export type DocumentGroup = 'obtain_number' | 'view_offers' | 'apply';

/** Where an expected document stands on the registration site. */
export type ExpectedDocumentStatus = 'missing' | 'received' | 'validated' | 'refused';

/** A document the file needs, with the applicant's confirmation. */
export interface ExpectedDocument {
  key: string;
  person: FilePerson;
  category: DocumentCategory;
  /** `YYYY` (tax notice: the year of the income) or `YYYY-MM` (payslip), else null. */
  period: string | null;
  group: DocumentGroup;
  status: ExpectedDocumentStatus;
  confirmed: boolean;
}

/** The expected documents of one person under one heading. */
export interface ExpectedDocumentGroup {
  person: FilePerson;
  group: DocumentGroup;
  documents: ExpectedDocument[];
}

/** Parts of the identity that differ between the account and the application. */
export type IdentityMismatch = 'last_name' | 'first_name' | 'birth_date';

/** The application's validity today. */
export interface FileValidity {
  state: 'active' | 'expiring_soon' | 'expired' | 'struck_off';
  validUntil: string;
  daysLeft: number | null;
  canReactivateUntil: string | null;
}

/** How far the applicant has gone in the three steps. */
export interface FileProgress {
  identityOk: boolean;
  companyStepDone: boolean;
  consentChosen: boolean;
  documentsConfirmed: boolean;
  applicationActive: boolean;
  stepsComplete: boolean;
}

/** The housing policy of the company the file is linked to by its company code. */
export interface LinkedCompany {
  name: string;
  validationRequired: boolean;
  requiresStaffNumber: boolean;
  requiresHiringDate: boolean;
  isTempAgency: boolean;
}

/** The company step as saved ("Les informations à compléter pour AL'in"). */
export interface FileCompany {
  attachTo: FilePerson | null;
  employerSiret: string | null;
  employerName: string | null;
  /** The code of the linked company, so the form shows it again (null when not linked). */
  companyCode: string | null;
  staffNumber: string | null;
  hiredAt: string | null;
  permanentTempContract: boolean | null;
  linkedCompany: LinkedCompany | null;
}

/** A refusal: by the company (its text in `comment`) or by Action Logement (a listed reason). */
export interface FileRefusal {
  by: 'company' | 'operator' | null;
  reason: string | null;
  comment: string | null;
}

/** One line of the file's history. */
export interface FileHistoryEntry {
  event: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  comment: string | null;
  createdAt: string;
}

/** Pages of the registration site. */
export interface RegistrationLinks {
  edit: string;
  documents: string;
  renew: string;
}

/** The applicant's file as `GET /api/file` returns it. */
export interface ApplicantFile {
  id: string;
  uniqueNumber: string;
  uniqueNumberFormatted: string;
  platformNumber: string;
  personalCode: string;
  status: FileStatus;
  identityMismatch: IdentityMismatch[];
  refusal: FileRefusal | null;
  validity: FileValidity;
  progress: FileProgress;
  nextAction: NextAction;
  application: RegistrationApplication;
  importedAt: string;
  refreshedAt: string;
  company: FileCompany;
  consent: ConsentLevel | null;
  consentChoices: ConsentLevel[];
  documents: ExpectedDocumentGroup[];
  registrationLinks: RegistrationLinks;
  history: FileHistoryEntry[];
}

/** An import waiting for its e-mailed code. */
export interface PendingImport {
  uniqueNumber: string;
  maskedEmail: string;
}

/** Body of `GET /api/file`. */
export interface MyFileResponse {
  file: ApplicantFile | null;
  pendingImport: PendingImport | null;
}

/** Body of `POST /api/file/import/request`. */
export interface ImportCodeSent {
  uniqueNumber: string;
  maskedEmail: string;
  expiresAt: string;
}

/** A value of a change pulled by "Mettre à jour". */
export type ChangeValue = string | number | boolean | null;

/** One difference between the stored application and the fresh one. */
export interface FileChange {
  field: string;
  before: ChangeValue;
  after: ChangeValue;
  material: boolean;
}

/** Body of `POST /api/file/refresh`. */
export interface RefreshResult {
  file: ApplicantFile;
  changes: FileChange[];
  sentBackForValidation: boolean;
}

/** Body of `PUT /api/file/company`. */
export interface CompanyStepRequest {
  attachTo: FilePerson;
  employerName: string;
  companyCode?: string;
  staffNumber?: string;
  hiredAt?: string;
  permanentTempContract?: boolean;
}

/** A French department. */
export interface Department {
  code: string;
  name: string;
}

/** Body of `GET /api/registration-sites?department=`. */
export interface RegistrationSiteResponse {
  department: Department | null;
  site: { name: string; url: string | null; isNational: boolean };
  whatToPrepare: DocumentCategory[];
}

/** A place as an employer sees it. */
export interface Place {
  postcode: string;
  name: string;
}

/** What an employer sees under limited consent. */
export interface LimitedEmployeeData {
  level: 'limited';
  civility: 'mme' | 'm';
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string;
  employerName: string | null;
  employerSiret: string | null;
  severalEmployers: boolean;
  workplace: Place | null;
  currentCommune: Place | null;
  wantedCommunes: Place[];
}

/** What an employer sees under full consent. */
export interface FullEmployeeData extends Omit<LimitedEmployeeData, 'level'> {
  level: 'full';
  uniqueNumber: string;
  platformNumber: string;
  household: HouseholdMember[];
  resources: RegistrationApplication['resources'];
  currentHousingSituation: string;
  reasons: string[];
  typologies: string[];
  fileStatus: string;
}

/** A criterion of the company's housing policy that the employer checks on a file. */
export type EmployeeCriterion = 'min_seniority' | 'contract_type' | 'workplace';

/** One criterion checked on a file: met, not met, or unknown (the file lacks the information). */
export interface EmployeeCriterionResult {
  criterion: EmployeeCriterion;
  status: 'met' | 'not_met' | 'unknown';
}

/** An employee's file in the employer portal. */
export interface EmployeeFile {
  id: string;
  status: FileStatus;
  consent: ConsentLevel;
  submittedAt: string | null;
  data: LimitedEmployeeData | FullEmployeeData;
  /** The policy's criteria checked on the file (empty when the policy sets none). */
  criteria: EmployeeCriterionResult[];
  criteriaMet: boolean;
}

/**
 * Body of `POST /api/employer/files/:id/decision`. Validating a file that misses a criterion is
 * refused (`employer.criteria_not_met`) unless `acknowledgeUnmetCriteria` confirms the exception.
 */
export type CompanyDecisionRequest =
  | { decision: 'validate'; acknowledgeUnmetCriteria?: boolean }
  | { decision: 'refuse'; reason: string };

/** A row of the back-office queue. */
export interface BackofficeQueueItem {
  id: string;
  platformNumber: string;
  uniqueNumber: string;
  status: FileStatus;
  consent: ConsentLevel | null;
  lastName: string;
  firstName: string;
  email: string;
  companyName: string | null;
  employerName: string | null;
  submittedAt: string | null;
}

/** Body of `GET /api/backoffice/files/:id`. */
export interface BackofficeFileDetail {
  file: ApplicantFile;
  account: { email: string; firstName: string; lastName: string; mobilePhone: string | null };
  companyName: string | null;
}

/** Body of `POST /api/backoffice/files/:id/decision`. */
export type OperatorDecisionRequest =
  | { decision: 'validate' }
  | { decision: 'refuse'; reason: OperatorRefusalReason; comment?: string };
