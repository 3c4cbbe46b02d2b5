/** The list of the employees' files. */
export const EMPLOYEE_FILES_PATH = '/entreprise/dossiers';

/** One employee's file. */
export function employeeFilePath(id: string): string {
  return `${EMPLOYEE_FILES_PATH}/${encodeURIComponent(id)}`;
}
