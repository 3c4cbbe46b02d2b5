import type { Queryable } from '../../db/database.js';
import type { FileMailEvent } from '../../mail/templates.js';
import type { AppDeps } from '../../server/context.js';
import type { Locale } from '../../server/i18n/index.js';
import type { FileRow } from './file.repo.js';

/** Enqueues the e-mail telling the applicant what happened to their file (in the caller's transaction). */
export async function enqueueFileMail(
  deps: AppDeps,
  q: Queryable,
  file: FileRow,
  event: FileMailEvent,
  recipient: { email: string; locale: Locale },
  extra: { reason?: string; personalCode?: string } = {},
): Promise<void> {
  await deps.jobs.enqueue(q, 'mail.send', {
    to: recipient.email,
    locale: recipient.locale,
    template: 'file_update',
    event,
    platformNumber: file.platformNumber,
    link: `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/espace`,
    ...extra,
  });
}
