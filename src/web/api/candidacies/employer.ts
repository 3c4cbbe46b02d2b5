// The employer's call: the candidacies of an employee's file (full consent only).
import { api } from '../client';
import { paths } from './paths';
import type { CandidacySummary } from './shared';

/** The candidacies of an employee's file (full consent only). */
export function fetchEmployeeCandidacies(
  fileId: string,
): Promise<{ candidacies: CandidacySummary[] }> {
  return api.get<{ candidacies: CandidacySummary[] }>(paths.employerHistory(fileId));
}
