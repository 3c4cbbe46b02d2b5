/** The back-office queue of files. */
export const BACKOFFICE_FILES_PATH = '/backoffice/dossiers';

/** One file in the back office. */
export function backofficeFilePath(id: string): string {
  return `${BACKOFFICE_FILES_PATH}/${encodeURIComponent(id)}`;
}
