import type { Queryable } from '../../db/database.js';
import {
  nextCandidacyStatus,
  type CandidacyEvent,
  type CandidacyGuardContext,
} from '../../domain/candidacies/candidacy-workflow.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import type { Locale } from '../../server/i18n/index.js';
import {
  applicantCandidaciesLink,
  enqueueCandidacyMail,
  mailEventOf,
  type MailExtras,
} from './candidacy-mail.js';
import {
  applicantContact,
  transitionCandidacy,
  type CandidacyMove,
  type CandidacyRow,
} from './candidacy.repo.js';

/** What every move of a candidacy needs: the transaction, the time, the actor and the offer's name. */
export type MoveContext = {
  deps: AppDeps;
  tx: Queryable;
  now: Date;
  actorUserId: string | null;
  offerLabel: string;
};

/** Options of one move. */
export type MoveOptions = {
  guards?: Partial<CandidacyGuardContext>;
  reason?: string | null;
  details?: Record<string, unknown>;
  patch?: CandidacyMove['patch'];
  mail?: MailExtras;
  /** The applicant's address and language when already loaded (batches). */
  contact?: { email: string; locale: Locale } | null;
};

type Movable = Pick<CandidacyRow, 'id' | 'status' | 'stage' | 'applicantUserId'>;

/**
 * Applies one workflow event to a candidacy in the caller's transaction: checks the transition
 * table, updates the row only if it is still in its state, appends the history line and enqueues
 * the applicant's e-mail. Returns null when the candidacy moved meanwhile.
 */
export async function tryMoveCandidacy(
  ctx: MoveContext,
  candidacy: Movable,
  event: CandidacyEvent,
  options: MoveOptions = {},
): Promise<CandidacyRow | null> {
  const result = nextCandidacyStatus(candidacy.status, event, {
    applicantFree: true,
    firstInLine: true,
    ...options.guards,
  });
  if (!result.ok) throw new AppError('candidacy.transition_invalid');
  const row = await transitionCandidacy(
    ctx.tx,
    {
      candidacy,
      to: result.to,
      event,
      actorUserId: ctx.actorUserId,
      reason: options.reason ?? null,
      details: options.details ?? {},
      ...(options.patch ? { patch: options.patch } : {}),
    },
    ctx.now,
  );
  if (!row) return null;
  const mailEvent = mailEventOf(event, candidacy.status, result.to);
  const contact =
    options.contact !== undefined
      ? options.contact
      : candidacy.applicantUserId
        ? await applicantContact(ctx.tx, candidacy.applicantUserId)
        : null;
  if (mailEvent && contact) {
    await enqueueCandidacyMail(ctx.deps, ctx.tx, {
      to: contact,
      event: mailEvent,
      offerLabel: ctx.offerLabel,
      link: applicantCandidaciesLink(ctx.deps),
      ...(options.mail ? { extras: options.mail } : {}),
    });
  }
  return row;
}

/** Like tryMoveCandidacy, but a candidacy that moved meanwhile is a `candidacy.state_changed` error. */
export async function moveCandidacy(
  ctx: MoveContext,
  candidacy: Movable,
  event: CandidacyEvent,
  options: MoveOptions = {},
): Promise<CandidacyRow> {
  const row = await tryMoveCandidacy(ctx, candidacy, event, options);
  if (!row) throw new AppError('candidacy.state_changed');
  return row;
}
