// The lifecycle of an offer after publication, per allocation round (one round per publication;
// re-publishing starts a new round): published → closing (ranking frozen, shortlist being drawn)
// → closed (operator review) → shortlist_validated → sent (files at the landlord) → allocated
// (lease signed) or unallocated (nobody left) → republished (a new round is open).

import {
  applyTransition,
  type TransitionResult,
  type TransitionTable,
} from '../workflow/transitions.js';

/** Every state of an allocation round. */
export const ROUND_STATUSES = [
  'published',
  'closing',
  'closed',
  'shortlist_validated',
  'sent',
  'allocated',
  'unallocated',
  'republished',
] as const;

/** The state of an allocation round. */
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** Every event of a round. */
export const ROUND_EVENTS = [
  'close',
  'finish_closing',
  'complete_review',
  'reopen_review',
  'send',
  'allocate',
  'conclude_unallocated',
  'republish',
] as const;

/** What can happen to a round. */
export type RoundEvent = (typeof ROUND_EVENTS)[number];

/** Named conditions of some transitions. */
export type RoundGuard =
  | 'deadline_passed'
  | 'operator_request'
  | 'shortlist_complete'
  | 'shortlist_incomplete'
  | 'nobody_left';

/** The round lifecycle as data. */
export const ROUND_WORKFLOW: TransitionTable<RoundStatus, RoundEvent, RoundGuard> = {
  published: {
    close: [
      { to: 'closing', guard: 'deadline_passed' },
      { to: 'closing', guard: 'operator_request' },
    ],
  },
  closing: {
    finish_closing: { to: 'closed' },
  },
  closed: {
    complete_review: { to: 'shortlist_validated', guard: 'shortlist_complete' },
    conclude_unallocated: { to: 'unallocated', guard: 'nobody_left' },
  },
  shortlist_validated: {
    reopen_review: { to: 'closed', guard: 'shortlist_incomplete' },
    send: { to: 'sent', guard: 'shortlist_complete' },
  },
  sent: {
    allocate: { to: 'allocated' },
    conclude_unallocated: { to: 'unallocated', guard: 'nobody_left' },
  },
  allocated: {},
  unallocated: {
    republish: { to: 'republished' },
  },
  republished: {},
};

/** The facts the guards of the round workflow read. */
export type RoundGuardContext = {
  deadlinePassed: boolean;
  operatorRequest: boolean;
  /** No retained file awaits review and at least one file is validated. */
  shortlistComplete: boolean;
  /** No candidacy of the round can still lead to an allocation. */
  nobodyLeft: boolean;
};

/** Where an event takes a round, or why it cannot. */
export function nextRoundStatus(
  from: RoundStatus,
  event: RoundEvent,
  context: RoundGuardContext,
): TransitionResult<RoundStatus, RoundEvent> {
  return applyTransition(ROUND_WORKFLOW, from, event, {
    deadline_passed: context.deadlinePassed,
    operator_request: context.operatorRequest,
    shortlist_complete: context.shortlistComplete,
    shortlist_incomplete: !context.shortlistComplete,
    nobody_left: context.nobodyLeft,
  });
}
