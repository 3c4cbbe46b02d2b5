import type { ApplicantFile, ConsentLevel } from './file-types';
import { api, downloadFile } from './client';

// Personal-data rights of an applicant (`src/modules/data-rights`): download everything, see who
// accessed it, change the sharing with the company, delete the account.

/** Who looked at the applicant's data: an organisation, never a staff member's name. */
export interface AccessLogEntry {
  at: string;
  action:
    | 'file.viewed'
    | 'file.listed'
    | 'file.exported'
    | 'file.validated_despite_criteria'
    | 'recovery.proof_viewed'
    | 'message.attachment_viewed'
    | 'candidacy.viewed'
    | 'candidacy.listed'
    | 'candidacy.history_viewed';
  /** What was done, in the request language. */
  what: string;
  actor: {
    role: 'employer' | 'operator' | 'landlord' | 'applicant' | 'system';
    organisation: string | null;
    label: string;
  };
}

/** What deleting the account erases and keeps, in the request language. */
export interface DeletionConsequences {
  erased: { key: 'account' | 'file' | 'candidacies' | 'messages'; text: string }[];
  kept: { key: 'candidacies' | 'registration' | 'audit' | 'fraudReports'; text: string }[];
  candidaciesKept: number;
}

/** Downloads all my data as JSON. */
export function downloadMyDataJson(): Promise<void> {
  return downloadFile('/api/me/data', 'mes-donnees-alin.json');
}

/** Downloads all my data as a readable PDF. */
export function downloadMyDataPdf(): Promise<void> {
  return downloadFile('/api/me/data.pdf', 'mes-donnees-alin.pdf');
}

/** Who viewed my data, newest first. */
export function fetchAccessLog(): Promise<{ entries: AccessLogEntry[] }> {
  return api.get<{ entries: AccessLogEntry[] }>('/api/me/access-log');
}

/** What deleting my account would erase and keep. */
export function fetchDeletionConsequences(): Promise<DeletionConsequences> {
  return api.get<DeletionConsequences>('/api/me/deletion');
}

/** Deletes my account (password confirmed); the session ends everywhere. */
export async function deleteMyAccount(password: string): Promise<void> {
  await api.delete<unknown>('/api/me', { password, confirm: true });
}

/** Changes what my company may see (effective at once). */
export function changeConsent(level: ConsentLevel): Promise<{ file: ApplicantFile }> {
  return api.put<{ file: ApplicantFile }>('/api/file/consent', { level });
}
