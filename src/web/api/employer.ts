import { api } from './client';
import type { CompanyDecisionRequest, EmployeeFile, FileStatus } from './file-types';

/** The employees' files the company may see, optionally in one state. */
export function listEmployeeFiles(status?: FileStatus): Promise<{ files: EmployeeFile[] }> {
  const query = status ? `?${new URLSearchParams({ status }).toString()}` : '';
  return api.get<{ files: EmployeeFile[] }>(`/api/employer/files${query}`);
}

/** One employee's file, within the consent the employee gave. */
export function fetchEmployeeFile(id: string): Promise<{ file: EmployeeFile }> {
  return api.get<{ file: EmployeeFile }>(`/api/employer/files/${encodeURIComponent(id)}`);
}

/** The company validates or refuses an employee's file. */
export function decideEmployeeFile(
  id: string,
  body: CompanyDecisionRequest,
): Promise<{ file: EmployeeFile }> {
  return api.post<{ file: EmployeeFile }>(
    `/api/employer/files/${encodeURIComponent(id)}/decision`,
    body,
  );
}
