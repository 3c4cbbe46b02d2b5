/** The back office's list of client companies. */
export const COMPANIES_PATH = '/backoffice/entreprises';

/** The onboarding form of a company. */
export const NEW_COMPANY_PATH = '/backoffice/entreprises/nouvelle';

/** One company in the back office. */
export function companyPath(id: string): string {
  return `${COMPANIES_PATH}/${encodeURIComponent(id)}`;
}

/** The company's housing policy (employer portal). */
export const POLICY_PATH = '/entreprise/politique-logement';

/** The personal access codes sent to employees (employer portal). */
export const ACCESS_CODES_PATH = '/entreprise/codes-acces';

/** The employees' files with search and CSV export (employer portal). */
export const EMPLOYEES_PATH = '/entreprise/salaries';

/** One employee's file (the employer portal's own page). */
export function employeeFilePath(id: string): string {
  return `/entreprise/dossiers/${encodeURIComponent(id)}`;
}
