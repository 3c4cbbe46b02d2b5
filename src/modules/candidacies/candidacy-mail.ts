import type { Queryable } from '../../db/database.js';
import type {
  CandidacyEvent,
  CandidacyStatus,
} from '../../domain/candidacies/candidacy-workflow.js';
import type { CandidacyMailEvent } from '../../mail/templates.js';
import type { AppDeps } from '../../server/context.js';
import type { Locale } from '../../server/i18n/index.js';

/** Details some candidacy e-mails carry. */
export type MailExtras = {
  reason?: string;
  rank?: number;
  document?: string;
  deadline?: string;
  count?: number;
};

const MAIL_OF_EVENT: Record<
  CandidacyEvent,
  CandidacyMailEvent | ((to: CandidacyStatus, changed: boolean) => CandidacyMailEvent | null)
> = {
  cancel: 'cancelled',
  retain: 'retained',
  set_aside: 'not_retained',
  recall: 'recalled',
  validate: 'validated',
  reject: 'rejected',
  send: 'sent',
  // A visit changes the stage only the first time; later visits are not e-mailed.
  record_visit: (_to, changed) => (changed ? 'visit' : null),
  attribute: 'attributed',
  attribute_by_rank: 'ranked',
  attribute_conditionally: 'conditional',
  not_attribute: 'not_attributed',
  declare_inadmissible: 'inadmissible',
  promote: 'attributed',
  lift_condition: (to) => (to === 'attributed' ? 'attributed' : 'ranked'),
  fail_condition: 'condition_failed',
  decline: 'declined',
  sign_lease: 'lease_signed',
  move_in: 'moved_in',
  end_unsuccessful: 'unsuccessful',
};

/** The e-mail a transition sends to the applicant (null: none). */
export function mailEventOf(
  event: CandidacyEvent,
  from: CandidacyStatus,
  to: CandidacyStatus,
): CandidacyMailEvent | null {
  const entry = MAIL_OF_EVENT[event];
  return typeof entry === 'function' ? entry(to, from !== to) : entry;
}

/** The applicant's page of their candidacies. */
export function applicantCandidaciesLink(deps: AppDeps): string {
  return `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/espace/candidatures`;
}

/** The landlord's page of an offer's shortlist. */
export function landlordShortlistLink(deps: AppDeps, offerId: string): string {
  return `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/bailleur/offres/${offerId}/candidatures`;
}

/** Enqueues a candidacy e-mail in the caller's transaction (sent only if it commits). */
export async function enqueueCandidacyMail(
  deps: AppDeps,
  q: Queryable,
  input: {
    to: { email: string; locale: Locale };
    event: CandidacyMailEvent;
    offerLabel: string;
    link: string;
    extras?: MailExtras;
  },
): Promise<void> {
  await deps.jobs.enqueue(q, 'mail.send', {
    to: input.to.email,
    locale: input.to.locale,
    template: 'candidacy_update',
    event: input.event,
    offerLabel: input.offerLabel,
    link: input.link,
    ...input.extras,
  });
}
