/** "Récupérer mon code": the recovery path and the form (public, also for logged-in users). */
export const RECOVER_CODE_PATH = '/recuperer-mon-code';

/** Entering a personal access code sent by HR (applicant space). */
export const ACCESS_CODE_ENTRY_PATH = '/espace/code-acces';

/** The back office's queue of lost-code requests. */
export const RECOVERY_QUEUE_PATH = '/backoffice/recuperation-codes';

/** One lost-code request in the back office. */
export function recoveryRequestPath(id: string): string {
  return `${RECOVERY_QUEUE_PATH}/${encodeURIComponent(id)}`;
}
