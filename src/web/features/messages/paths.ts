/** The applicant's secure messages. */
export const MESSAGES_PATH = '/espace/messages';

/** One of the applicant's conversations. */
export function threadPath(id: string): string {
  return `${MESSAGES_PATH}/${encodeURIComponent(id)}`;
}

/** The back office's queue of conversations (contact requests, recovery answers). */
export const BACKOFFICE_MESSAGES_PATH = '/backoffice/messages';

/** One conversation in the back office. */
export function backofficeThreadPath(id: string): string {
  return `${BACKOFFICE_MESSAGES_PATH}/${encodeURIComponent(id)}`;
}
