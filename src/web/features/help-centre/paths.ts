/** The help centre. */
export const HELP_CENTRE_PATH = '/centre-aide';

/** The step-by-step guides of the help centre. */
export const GUIDES_PATH = `${HELP_CENTRE_PATH}/guides`;

/** One step-by-step guide. */
export function guidePath(slug: string): string {
  return `${GUIDES_PATH}/${encodeURIComponent(slug)}`;
}

/** The contact form (answered as a secure message). */
export const CONTACT_PATH = '/contact';

/** The fraud report form. */
export const FRAUD_REPORT_PATH = '/signaler-une-fraude';

/** The back office's queue of fraud reports. */
export const FRAUD_QUEUE_PATH = '/backoffice/signalements-fraude';

/** One fraud report in the back office. */
export function fraudReportPath(id: string): string {
  return `${FRAUD_QUEUE_PATH}/${encodeURIComponent(id)}`;
}
