import {
  CANDIDACY_WORKFLOW,
  isActiveCandidacy,
} from '../../../domain/candidacies/candidacy-workflow.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { requireLandlordCandidacy, requireOwnCandidacy } from '../access.js';
import {
  applicantCandidaciesLink,
  enqueueCandidacyMail,
  landlordShortlistLink,
} from '../candidacy-mail.js';
import { moveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { applicantContact, requireCandidacy } from '../candidacy.repo.js';
import {
  findMessage,
  insertMessage,
  insertVisit,
  type MessageRow,
  type VisitRow,
} from '../contact.repo.js';
import { landlordStaff, loadOfferFacts, offerLabel } from '../offer-gateway.js';
import { lockRound } from '../round.repo.js';

/** A landlord's message: plain, a request for a document, or a proposal of visit slots. */
export type LandlordMessageInput =
  | { kind: 'message'; body: string }
  | {
      kind: 'document_request';
      body: string;
      documentCategory: string;
      documentDueOn?: string | undefined;
    }
  | { kind: 'visit_proposal'; body: string; visitSlots: { startsAt: string; endsAt: string }[] };

/** The landlord writes to an applicant whose file it received; the applicant is e-mailed. */
export async function sendLandlordMessage(
  deps: AppDeps,
  user: SessionUser,
  candidacyId: string,
  input: LandlordMessageInput,
): Promise<MessageRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { candidacy, offer } = await requireLandlordCandidacy(db, user, candidacyId);
  if (!isActiveCandidacy(candidacy.status)) throw new AppError('candidacy.transition_invalid');
  return db.transaction(async (tx) => {
    const message = await insertMessage(tx, {
      candidacyId,
      side: 'landlord',
      authorUserId: user.id,
      kind: input.kind,
      body: input.body,
      documentCategory: input.kind === 'document_request' ? input.documentCategory : null,
      documentDueOn: input.kind === 'document_request' ? (input.documentDueOn ?? null) : null,
      visitSlots: input.kind === 'visit_proposal' ? input.visitSlots : [],
      createdAt: now,
    });
    const contact = candidacy.applicantUserId
      ? await applicantContact(tx, candidacy.applicantUserId)
      : null;
    if (contact)
      await enqueueCandidacyMail(deps, tx, {
        to: contact,
        event: 'message',
        offerLabel: offerLabel(offer),
        link: applicantCandidaciesLink(deps),
      });
    return message;
  });
}

/** The applicant answers in the platform (optionally choosing a proposed visit slot); the landlord's staff are e-mailed. */
export async function replyAsApplicant(
  deps: AppDeps,
  user: SessionUser,
  candidacyId: string,
  input: { body: string; replyToId?: number | undefined; chosenSlot?: string | undefined },
): Promise<MessageRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const candidacy = await requireOwnCandidacy(db, user, candidacyId);
  if (candidacy.dossier === null || !isActiveCandidacy(candidacy.status))
    throw new AppError('candidacy.transition_invalid');
  const offer = await loadOfferFacts(db, candidacy.offerId);
  if (!offer) throw new AppError('candidacy.offer_not_found');
  const replyTo =
    input.replyToId !== undefined ? await findMessage(db, candidacyId, input.replyToId) : null;
  if (input.replyToId !== undefined && !replyTo) throw new AppError('resource.not_found');
  const slotOk =
    !input.chosenSlot ||
    replyTo?.visitSlots.some((s) => Date.parse(s.startsAt) === Date.parse(input.chosenSlot ?? ''));
  if (!slotOk)
    throw new AppError('validation.failed', {
      fields: [{ path: 'chosenSlot', code: 'field.invalid_choice' }],
    });
  return db.transaction(async (tx) => {
    const message = await insertMessage(tx, {
      candidacyId,
      side: 'applicant',
      authorUserId: user.id,
      kind: 'message',
      body: input.body,
      replyToId: replyTo?.id ?? null,
      chosenSlot: input.chosenSlot ? new Date(input.chosenSlot) : null,
      createdAt: now,
    });
    for (const staff of await landlordStaff(tx, offer.landlordId)) {
      await enqueueCandidacyMail(deps, tx, {
        to: staff,
        event: 'applicant_replied',
        offerLabel: offerLabel(offer),
        link: landlordShortlistLink(deps, offer.id),
      });
    }
    return message;
  });
}

/** The landlord records a visit (planned, done, missed or cancelled); a planned or done visit is the "Visite" stage. */
export async function recordVisit(
  deps: AppDeps,
  user: SessionUser,
  candidacyId: string,
  input: { scheduledAt: string; status: VisitRow['status']; note?: string | undefined },
): Promise<VisitRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const { candidacy: found, offer } = await requireLandlordCandidacy(db, user, candidacyId);
  if (!isActiveCandidacy(found.status)) throw new AppError('candidacy.transition_invalid');
  return db.transaction(async (tx) => {
    await lockRound(tx, found.roundId);
    const candidacy = await requireCandidacy(tx, candidacyId);
    const visit = await insertVisit(tx, {
      candidacyId,
      scheduledAt: new Date(input.scheduledAt),
      status: input.status,
      note: input.note ?? null,
      recordedByUserId: user.id,
      createdAt: now,
    });
    const countsAsVisit = input.status === 'scheduled' || input.status === 'done';
    if (countsAsVisit && CANDIDACY_WORKFLOW[candidacy.status].record_visit) {
      const ctx: MoveContext = {
        deps,
        tx,
        now,
        actorUserId: user.id,
        offerLabel: offerLabel(offer),
      };
      await moveCandidacy(ctx, candidacy, 'record_visit', {
        details: { visitId: visit.id, status: input.status },
      });
    }
    return visit;
  });
}
