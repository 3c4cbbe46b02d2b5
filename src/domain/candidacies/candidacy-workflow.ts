// The candidacy lifecycle (DOMAIN.md §5, leaflet "Suivez votre candidature" steps 1–7) as data.
//   applied ─close→ retained (first 5) | not_retained (archived, may be recalled when a file ahead
//   is rejected or withdrawn) ─operator→ validated | rejected ─send→ sent ─visit→ visited
//   ─commission→ attributed (rank 1) | ranked (rank 2, 3…) | conditional (document missing)
//   | not_attributed | inadmissible; attributed ─lease→ lease_signed ─move in→ moved_in.
// The applicant may cancel until the file is sent to the landlord, and may refuse an attribution.

import {
  applyTransition,
  type TransitionResult,
  type TransitionTable,
} from '../workflow/transitions.js';

/** Every state of a candidacy. */
export const CANDIDACY_STATUSES = [
  'applied',
  'retained',
  'validated',
  'sent',
  'visited',
  'attributed',
  'ranked',
  'conditional',
  'lease_signed',
  'moved_in',
  'cancelled',
  'not_retained',
  'rejected',
  'declined',
  'not_attributed',
  'inadmissible',
  'condition_failed',
  'unsuccessful',
] as const;

/** The state of a candidacy. */
export type CandidacyStatus = (typeof CANDIDACY_STATUSES)[number];

/** Every event of a candidacy. */
export const CANDIDACY_EVENTS = [
  'cancel',
  'retain',
  'set_aside',
  'recall',
  'validate',
  'reject',
  'send',
  'record_visit',
  'attribute',
  'attribute_by_rank',
  'attribute_conditionally',
  'not_attribute',
  'declare_inadmissible',
  'promote',
  'lift_condition',
  'fail_condition',
  'decline',
  'sign_lease',
  'move_in',
  'end_unsuccessful',
] as const;

/** What can happen to a candidacy. */
export type CandidacyEvent = (typeof CANDIDACY_EVENTS)[number];

/** Named conditions of some transitions. */
export type CandidacyGuard = 'applicant_free' | 'first_in_line' | 'not_first_in_line';

/** States in which the candidacy blocks any other one of the same applicant (partial unique index). */
export const ACTIVE_CANDIDACY_STATUSES = [
  'applied',
  'retained',
  'validated',
  'sent',
  'visited',
  'attributed',
  'ranked',
  'conditional',
  'lease_signed',
] as const satisfies readonly CandidacyStatus[];

/** States the applicant may still cancel from ("Annuler cette candidature"). */
export const CANCELLABLE_STATUSES = [
  'applied',
  'retained',
  'validated',
] as const satisfies readonly CandidacyStatus[];

/** States of the candidacies whose files are with the landlord, before the commission decides. */
export const AT_LANDLORD_STATUSES = [
  'sent',
  'visited',
] as const satisfies readonly CandidacyStatus[];

const AT_LANDLORD_DECISIONS = {
  record_visit: { to: 'visited' },
  attribute: { to: 'attributed' },
  attribute_by_rank: { to: 'ranked' },
  attribute_conditionally: { to: 'conditional' },
  not_attribute: { to: 'not_attributed' },
  declare_inadmissible: { to: 'inadmissible' },
  end_unsuccessful: { to: 'unsuccessful' },
} as const;

/** The candidacy lifecycle as data. */
export const CANDIDACY_WORKFLOW: TransitionTable<CandidacyStatus, CandidacyEvent, CandidacyGuard> =
  {
    applied: {
      cancel: { to: 'cancelled' },
      retain: { to: 'retained' },
      set_aside: { to: 'not_retained' },
      end_unsuccessful: { to: 'unsuccessful' },
    },
    retained: {
      cancel: { to: 'cancelled' },
      validate: { to: 'validated' },
      reject: { to: 'rejected' },
      end_unsuccessful: { to: 'unsuccessful' },
    },
    validated: {
      cancel: { to: 'cancelled' },
      reject: { to: 'rejected' },
      send: { to: 'sent' },
      end_unsuccessful: { to: 'unsuccessful' },
    },
    sent: AT_LANDLORD_DECISIONS,
    visited: AT_LANDLORD_DECISIONS,
    attributed: {
      record_visit: { to: 'attributed' },
      decline: { to: 'declined' },
      sign_lease: { to: 'lease_signed' },
    },
    ranked: {
      record_visit: { to: 'ranked' },
      promote: { to: 'attributed', guard: 'first_in_line' },
      decline: { to: 'declined' },
      end_unsuccessful: { to: 'unsuccessful' },
    },
    conditional: {
      record_visit: { to: 'conditional' },
      lift_condition: [
        { to: 'attributed', guard: 'first_in_line' },
        { to: 'ranked', guard: 'not_first_in_line' },
      ],
      fail_condition: { to: 'condition_failed' },
      decline: { to: 'declined' },
      end_unsuccessful: { to: 'unsuccessful' },
    },
    lease_signed: {
      move_in: { to: 'moved_in' },
    },
    moved_in: {},
    cancelled: {},
    not_retained: {
      recall: { to: 'retained', guard: 'applicant_free' },
    },
    rejected: {},
    declined: {},
    not_attributed: {},
    inadmissible: {},
    condition_failed: {},
    unsuccessful: {},
  };

/** The facts the guards of the candidacy workflow read. */
export type CandidacyGuardContext = {
  /** The applicant has no other active candidacy. */
  applicantFree: boolean;
  /** No attributed, conditional or ranked candidacy of the offer comes before this one. */
  firstInLine: boolean;
};

/** Where an event takes a candidacy, or why it cannot. */
export function nextCandidacyStatus(
  from: CandidacyStatus,
  event: CandidacyEvent,
  context: CandidacyGuardContext,
): TransitionResult<CandidacyStatus, CandidacyEvent> {
  return applyTransition(CANDIDACY_WORKFLOW, from, event, {
    applicant_free: context.applicantFree,
    first_in_line: context.firstInLine,
    not_first_in_line: !context.firstInLine,
  });
}

/** Whether a state blocks the applicant from applying elsewhere. */
export function isActiveCandidacy(status: CandidacyStatus): boolean {
  return (ACTIVE_CANDIDACY_STATUSES as readonly CandidacyStatus[]).includes(status);
}

/** Whether the applicant may still cancel. */
export function isCancellable(status: CandidacyStatus): boolean {
  return (CANCELLABLE_STATUSES as readonly CandidacyStatus[]).includes(status);
}
