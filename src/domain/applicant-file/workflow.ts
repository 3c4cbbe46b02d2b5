import {
  applyTransition,
  type TransitionResult,
  type TransitionTable,
} from '../workflow/transitions.js';

/** The states of an applicant's file on the platform. */
export type FileStatus =
  'incomplete' | 'awaiting_company' | 'awaiting_operator' | 'validated' | 'refused';

/** What can happen to a file. */
export type FileEvent =
  | 'submit'
  | 'company_validate'
  | 'company_refuse'
  | 'operator_validate'
  | 'operator_refuse'
  | 'material_change'
  | 'reopen';

/** Named conditions some transitions depend on. */
export type FileGuard = 'company_review_needed' | 'no_company_review' | 'steps_complete';

export const FILE_STATUSES: readonly FileStatus[] = [
  'incomplete',
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
];
export const FILE_EVENTS: readonly FileEvent[] = [
  'submit',
  'company_validate',
  'company_refuse',
  'operator_validate',
  'operator_refuse',
  'material_change',
  'reopen',
];

// Submitting (or a material change pulled from the registration site) routes the file to the
// company when its policy asks for a validation and the employee is not anonymous, else straight
// to Action Logement. A refused file can be corrected and submitted again.
const ROUTE_FOR_REVIEW = [
  { to: 'awaiting_company', guard: 'company_review_needed' },
  { to: 'awaiting_operator', guard: 'no_company_review' },
] as const;

/** The applicant-file lifecycle as data. */
export const FILE_WORKFLOW: TransitionTable<FileStatus, FileEvent, FileGuard> = {
  incomplete: {
    submit: ROUTE_FOR_REVIEW,
  },
  awaiting_company: {
    company_validate: { to: 'awaiting_operator' },
    company_refuse: { to: 'refused' },
    material_change: ROUTE_FOR_REVIEW,
    reopen: { to: 'incomplete' },
  },
  awaiting_operator: {
    operator_validate: { to: 'validated' },
    operator_refuse: { to: 'refused' },
    material_change: ROUTE_FOR_REVIEW,
    reopen: { to: 'incomplete' },
  },
  validated: {
    material_change: ROUTE_FOR_REVIEW,
    reopen: { to: 'incomplete' },
  },
  refused: {
    submit: ROUTE_FOR_REVIEW,
    reopen: { to: 'incomplete' },
  },
};

/** Where an event takes a file, given whether its company must review it and its steps are complete. */
export function nextFileStatus(
  from: FileStatus,
  event: FileEvent,
  context: { companyReviewNeeded: boolean; stepsComplete: boolean },
): TransitionResult<FileStatus, FileEvent> {
  if (event === 'submit' && !context.stepsComplete) {
    return {
      ok: false,
      refusal: { kind: 'guard_failed', from, event, guards: ['steps_complete'] },
    };
  }
  return applyTransition(FILE_WORKFLOW, from, event, {
    company_review_needed: context.companyReviewNeeded,
    no_company_review: !context.companyReviewNeeded,
    steps_complete: context.stepsComplete,
  });
}
