import type { ConsentLevel } from '../../domain/applicant-file/consent';
import type { CompanySector, SizeBand } from '../../domain/companies/eligibility';
import type { ContractType, WorkplaceRule } from '../../domain/companies/policy';
import { api, downloadFile, queryString } from './client';
import type { Civility } from './types';

// Client companies: onboarding in the back office, and the housing policy their HR
// administrators set (`src/modules/companies`). Dates arrive as ISO strings.

export type { CompanySector, ContractType, SizeBand, WorkplaceRule };
export { COMPANY_SECTORS, SIZE_BANDS } from '../../domain/companies/eligibility';

/** Contract types of the registration form (the domain's list, kept type-checked here). */
export const CONTRACT_TYPES: readonly ContractType[] = [
  'cdi',
  'cdd',
  'interim',
  'apprenticeship',
  'other',
];

/** A company's housing policy (what HR administrators send; every save writes a version). */
export interface HousingPolicy {
  validationRequired: boolean;
  requiresStaffNumber: boolean;
  requiresHiringDate: boolean;
  allowedConsents: ConsentLevel[];
  minSeniorityMonths: number | null;
  contractTypes: ContractType[];
  workplaces: WorkplaceRule[];
  priorityPoints: number;
  employeeNote: string | null;
}

/** The current policy, with its version number (0 until HR first edits it). */
export interface PolicyView extends HousingPolicy {
  version: number;
  changedAt: string;
}

/** A version of the policy with its author. */
export interface PolicyVersion extends PolicyView {
  author: { firstName: string; lastName: string } | null;
}

/** State of an HR user's account. */
export type HrUserStatus = 'pending' | 'active' | 'disabled';

/** An HR user of a company. */
export interface HrUser {
  id: string;
  email: string;
  civility: Civility | null;
  firstName: string;
  lastName: string;
  isAdmin: boolean;
  status: HrUserStatus;
}

/** A company with its code, current policy and HR users. */
export interface Company {
  id: string;
  name: string;
  siren: string;
  sirets: string[];
  code: string;
  sizeBand: SizeBand | null;
  sector: CompanySector | null;
  isTempAgency: boolean;
  createdAt: string;
  updatedAt: string;
  policy: PolicyView;
  /** The most priority points a policy may grant (the ranking rule in force). */
  maxPriorityPoints: number;
  hrUsers: HrUser[];
}

/** A row of the back office's list of companies. */
export interface CompanyListItem {
  id: string;
  name: string;
  siren: string;
  code: string;
  sizeBand: SizeBand | null;
  sector: CompanySector | null;
  hrUsers: number;
  createdAt: string;
}

/** An HR user to invite. */
export interface HrUserInput {
  civility: Civility | null;
  firstName: string;
  lastName: string;
  email: string;
  isAdmin: boolean;
}

/** Body of `POST /api/backoffice/companies`. */
export interface OnboardCompanyRequest {
  name: string;
  siren: string;
  sirets: string[];
  sizeBand: SizeBand;
  sector: CompanySector;
  isTempAgency: boolean;
  hrUsers: HrUserInput[];
}

/** Body of `PATCH /api/backoffice/companies/:id` (the SIREN and the code do not change). */
export interface UpdateCompanyRequest {
  name?: string;
  sirets?: string[];
  sizeBand?: SizeBand;
  sector?: CompanySector;
  isTempAgency?: boolean;
}

/** The outcome of one HR invitation. */
export interface Invitation {
  email: string;
  status: 'invited' | 'failed';
  error: string | null;
}

function companyPath(id: string): string {
  return `/api/backoffice/companies/${encodeURIComponent(id)}`;
}

/** Client companies, by name. */
export function listCompanies(q?: string): Promise<{ companies: CompanyListItem[] }> {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  return api.get<{ companies: CompanyListItem[] }>(
    `/api/backoffice/companies${queryString(query)}`,
  );
}

/** Onboards a company and invites its HR users. */
export function onboardCompany(
  body: OnboardCompanyRequest,
): Promise<{ company: Company; invitations: Invitation[] }> {
  return api.post<{ company: Company; invitations: Invitation[] }>(
    '/api/backoffice/companies',
    body,
  );
}

/** A company, its policy and HR users (back office). */
export function fetchCompany(id: string): Promise<{ company: Company }> {
  return api.get<{ company: Company }>(companyPath(id));
}

/** Changes a company (back office). */
export function updateCompany(
  id: string,
  body: UpdateCompanyRequest,
): Promise<{ company: Company }> {
  return api.patch<{ company: Company }>(companyPath(id), body);
}

/** Invites more HR users of a company. */
export function inviteHrUsers(
  id: string,
  hrUsers: HrUserInput[],
): Promise<{ invitations: Invitation[] }> {
  return api.post<{ invitations: Invitation[] }>(`${companyPath(id)}/hr-users`, { hrUsers });
}

/** My company (employer portal): its code, policy and HR users. */
export function fetchMyCompany(): Promise<{ company: Company }> {
  return api.get<{ company: Company }>('/api/employer/company');
}

/** Every version of my company's policy, newest first. */
export function listPolicyVersions(): Promise<{ versions: PolicyVersion[] }> {
  return api.get<{ versions: PolicyVersion[] }>('/api/employer/policy/versions');
}

/** Saves the housing policy (HR administrators; writes a new version). */
export function savePolicy(policy: HousingPolicy): Promise<{ company: Company }> {
  return api.put<{ company: Company }>('/api/employer/policy', policy);
}

/** A commune found by name, postcode or INSEE code (`GET /api/communes`). */
export interface CommuneHit {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departmentCode: string;
  departmentName: string;
}

/** A department (`GET /api/territory/departments`). */
export interface DepartmentItem {
  code: string;
  name: string;
}

/** Communes matching a text (20 at most). */
export function searchCommunes(q: string): Promise<{ communes: CommuneHit[] }> {
  return api.get<{ communes: CommuneHit[] }>(
    `/api/communes?${new URLSearchParams({ q }).toString()}`,
  );
}

/** Every department. */
export function listDepartments(): Promise<{ departments: DepartmentItem[] }> {
  return api.get<{ departments: DepartmentItem[] }>('/api/territory/departments');
}

/** States of an employee's file. */
export type EmployeeFileStatus =
  'incomplete' | 'awaiting_company' | 'awaiting_operator' | 'validated' | 'refused';

/** Every state of an employee's file, in the order of the journey. */
export const EMPLOYEE_FILE_STATUSES: readonly EmployeeFileStatus[] = [
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
  'incomplete',
];

/** A row of `GET /api/employer/files`: what the company may see (the fields this page uses). */
export interface EmployeeFileRow {
  id: string;
  status: EmployeeFileStatus;
  consent: 'limited' | 'full';
  submittedAt: string | null;
  data: { firstName: string; lastName: string; email: string };
  criteria: {
    criterion: 'min_seniority' | 'contract_type' | 'workplace';
    status: 'met' | 'not_met' | 'unknown';
  }[];
  criteriaMet: boolean;
  accessCode: {
    issuedTo: { firstName: string; lastName: string; email: string };
    namesMatch: boolean;
    usedAt: string | null;
  } | null;
}

/** Filters of the employees' files and of their CSV export. */
export interface EmployeeFileFilter {
  status?: EmployeeFileStatus | undefined;
  q?: string | undefined;
}

function employeeFileQuery(filter: EmployeeFileFilter): string {
  const query = new URLSearchParams();
  if (filter.status) query.set('status', filter.status);
  if (filter.q) query.set('q', filter.q);
  return queryString(query);
}

/** The employees' files the company may see, filtered by state and name. */
export function searchEmployeeFiles(
  filter: EmployeeFileFilter,
): Promise<{ files: EmployeeFileRow[] }> {
  return api.get<{ files: EmployeeFileRow[] }>(`/api/employer/files${employeeFileQuery(filter)}`);
}

/** Downloads the CSV of exactly what the company may see (the export is logged per employee). */
export function downloadEmployeeFilesCsv(filter: EmployeeFileFilter): Promise<void> {
  return downloadFile(
    `/api/employer/files.csv${employeeFileQuery(filter)}`,
    'dossiers-salaries.csv',
  );
}
