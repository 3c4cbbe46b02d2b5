import { api } from './client';
import type {
  BackofficeFileDetail,
  BackofficeQueueItem,
  FileStatus,
  OperatorDecisionRequest,
} from './file-types';

/** Filters of the back-office queue (the server defaults to files awaiting Action Logement). */
export interface QueueFilters {
  /** A file state, or `all` for files in every state. */
  status?: FileStatus | 'all';
  q?: string;
}

/** Files by state and free text (name, e-mail, AL'in or unique number). */
export function listBackofficeFiles(
  filters: QueueFilters,
): Promise<{ files: BackofficeQueueItem[] }> {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.q) params.set('q', filters.q);
  const query = params.toString();
  return api.get<{ files: BackofficeQueueItem[] }>(
    `/api/backoffice/files${query ? `?${query}` : ''}`,
  );
}

/** A file in full, with the account and the linked company. */
export function fetchBackofficeFile(id: string): Promise<BackofficeFileDetail> {
  return api.get<BackofficeFileDetail>(`/api/backoffice/files/${encodeURIComponent(id)}`);
}

/** Action Logement validates or refuses a file. */
export function decideBackofficeFile(
  id: string,
  body: OperatorDecisionRequest,
): Promise<{ status: FileStatus }> {
  return api.post<{ status: FileStatus }>(
    `/api/backoffice/files/${encodeURIComponent(id)}/decision`,
    body,
  );
}
