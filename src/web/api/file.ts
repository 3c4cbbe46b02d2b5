import { api } from './client';
import type {
  ApplicantFile,
  CompanyStepRequest,
  ConsentLevel,
  Department,
  ImportCodeSent,
  MyFileResponse,
  RefreshResult,
  RegistrationSiteResponse,
} from './file-types';

/** The logged-in applicant's file (null before the import) and any import awaiting its code. */
export function fetchMyFile(): Promise<MyFileResponse> {
  return api.get<MyFileResponse>('/api/file');
}

/** Has the registration site e-mail an import code for this unique number. */
export function requestImportCode(uniqueNumber: string): Promise<ImportCodeSent> {
  return api.post<ImportCodeSent>('/api/file/import/request', { uniqueNumber });
}

/** Imports the application with the e-mailed code. */
export function verifyImportCode(code: string): Promise<{ file: ApplicantFile }> {
  return api.post<{ file: ApplicantFile }>('/api/file/import/verify', { code });
}

/** Deletes the imported application (to import the right one). */
export async function deleteImportedFile(): Promise<void> {
  await api.delete<unknown>('/api/file');
}

/** "Mettre à jour": pulls the application again from the registration site. */
export function refreshFile(): Promise<RefreshResult> {
  return api.post<RefreshResult>('/api/file/refresh');
}

/** "Je valide l'entreprise". */
export function saveCompanyStep(body: CompanyStepRequest): Promise<{ file: ApplicantFile }> {
  return api.put<{ file: ApplicantFile }>('/api/file/company', body);
}

/** Saves what the employer may see. */
export function saveConsent(level: ConsentLevel): Promise<{ file: ApplicantFile }> {
  return api.put<{ file: ApplicantFile }>('/api/file/consent', { level });
}

/** Confirms the supporting documents, by their keys. */
export function confirmDocuments(confirmed: string[]): Promise<{ file: ApplicantFile }> {
  return api.put<{ file: ApplicantFile }>('/api/file/documents', { confirmed });
}

/** "Valider mes données": sends the file for validation. */
export function submitFile(): Promise<{ file: ApplicantFile }> {
  return api.post<{ file: ApplicantFile }>('/api/file/submit');
}

/** French departments, for the "no unique number yet" page. */
export function fetchDepartments(): Promise<{ departments: Department[] }> {
  return api.get<{ departments: Department[] }>('/api/departments');
}

/** Where to file a social-housing application for a department. */
export function fetchRegistrationSite(department: string): Promise<RegistrationSiteResponse> {
  const query = new URLSearchParams({ department }).toString();
  return api.get<RegistrationSiteResponse>(`/api/registration-sites?${query}`);
}
