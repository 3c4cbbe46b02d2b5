import type { ShortlistLine } from '../../../api/candidacies';

/** "Jean DUPONT": the applicant's name on a shortlist line, or `fallback` when it is hidden. */
export function candidateName(line: ShortlistLine, fallback: string): string {
  return line.applicant ? `${line.applicant.firstName} ${line.applicant.lastName}` : fallback;
}
