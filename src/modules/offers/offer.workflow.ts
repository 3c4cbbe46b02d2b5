// The lifecycle of an offer as data (STYLE.md "Workflows are data"). A draft is published once its
// dates and figures pass the publication rules; a published offer may be withdrawn by its landlord
// (and published again) or closed when its application deadline has passed (nightly) or its
// allocation round closes (at the deadline, or early at the operator's request). A closed offer whose round ended with nobody allocated may be re-published with new
// dates (issue 5), which opens a new round.
import {
  applyTransition,
  type TransitionResult,
  type TransitionTable,
} from '../../domain/workflow/transitions.js';
import { offerDateProblems } from './offer.rules.js';

/** The states of an offer. */
export type OfferStatus = 'draft' | 'published' | 'withdrawn' | 'closed';

/** What can happen to an offer. */
export type OfferEvent = 'publish' | 'withdraw' | 'close' | 'close_round' | 'republish';

/** Conditions some transitions depend on. */
export type OfferGuard =
  | 'publishable'
  | 'deadline_passed'
  | 'nobody_allocated'
  | 'deadline_ahead'
  | 'available_after_deadline';

/** Every state, in lifecycle order. */
export const OFFER_STATUS_LIST: readonly OfferStatus[] = [
  'draft',
  'published',
  'withdrawn',
  'closed',
];
/** Every event. */
export const OFFER_EVENTS: readonly OfferEvent[] = [
  'publish',
  'withdraw',
  'close',
  'close_round',
  'republish',
];

/** The offer lifecycle. */
export const OFFER_WORKFLOW: TransitionTable<OfferStatus, OfferEvent, OfferGuard> = {
  draft: { publish: { to: 'published', guard: 'publishable' } },
  published: {
    withdraw: { to: 'withdrawn' },
    close: { to: 'closed', guard: 'deadline_passed' },
    close_round: { to: 'closed' },
  },
  withdrawn: { publish: { to: 'published', guard: 'publishable' } },
  closed: {
    republish: {
      to: 'published',
      guard: ['nobody_allocated', 'deadline_ahead', 'available_after_deadline'],
    },
  },
};

/** The states in which the landlord may still edit an offer. */
export const EDITABLE_STATUSES: readonly OfferStatus[] = ['draft', 'published', 'withdrawn'];

/** The facts the guards read; a fact not given counts as false (its guard does not pass). */
export type OfferGuardContext = {
  /** The offer passes every publication rule. */
  publishable: boolean;
  /** Its application deadline has passed. */
  deadlinePassed: boolean;
  /** Re-publication: its last allocation round ended with nobody allocated, or it had none. */
  nobodyAllocated: boolean;
  /** Re-publication: the new application deadline is after today (Paris). */
  deadlineAhead: boolean;
  /** Re-publication: the new availability date is after the new deadline. */
  availableAfterDeadline: boolean;
};

/** Where an event takes an offer, given the facts its guards read. */
export function nextOfferStatus(
  from: OfferStatus,
  event: OfferEvent,
  context: Partial<OfferGuardContext>,
): TransitionResult<OfferStatus, OfferEvent> {
  return applyTransition(OFFER_WORKFLOW, from, event, {
    publishable: context.publishable ?? false,
    deadline_passed: context.deadlinePassed ?? false,
    nobody_allocated: context.nobodyAllocated ?? false,
    deadline_ahead: context.deadlineAhead ?? false,
    available_after_deadline: context.availableAfterDeadline ?? false,
  });
}

/** The guard facts of a re-publication with new dates on `today`. */
export function republicationContext(input: {
  applicationDeadline: string;
  availableOn: string;
  today: string;
  nobodyAllocated: boolean;
}): Pick<OfferGuardContext, 'nobodyAllocated' | 'deadlineAhead' | 'availableAfterDeadline'> {
  const problems = offerDateProblems(input, input.today);
  return {
    nobodyAllocated: input.nobodyAllocated,
    deadlineAhead: !problems.some((p) => p.path === 'applicationDeadline'),
    availableAfterDeadline: !problems.some((p) => p.path === 'availableOn'),
  };
}
