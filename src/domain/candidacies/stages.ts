// The stage bar the applicant follows ("Je postule → Validations → Envoi bailleur → Visite →
// Commission logement → Entrée dans les lieux"). A candidacy that ended keeps the stage it had
// reached, so the tracker can show where it stopped.

import type { CandidacyStatus } from './candidacy-workflow.js';

/** The six stages, in order. */
export const STAGES = [
  'applied',
  'validations',
  'sent_to_landlord',
  'visit',
  'commission',
  'move_in',
] as const;

/** One stage of the tracker. */
export type Stage = (typeof STAGES)[number];

/** The stage each state belongs to; null for states that end a candidacy (it keeps its last stage). */
export const STAGE_OF_STATUS: Record<CandidacyStatus, Stage | null> = {
  applied: 'applied',
  retained: 'validations',
  validated: 'validations',
  sent: 'sent_to_landlord',
  visited: 'visit',
  attributed: 'commission',
  ranked: 'commission',
  conditional: 'commission',
  lease_signed: 'move_in',
  moved_in: 'move_in',
  cancelled: null,
  not_retained: null,
  rejected: null,
  declined: null,
  not_attributed: null,
  inadmissible: null,
  condition_failed: null,
  unsuccessful: null,
};

/** The stage after a transition: the new state's stage, or the previous stage when the candidacy ends. */
export function stageAfter(to: CandidacyStatus, previous: Stage): Stage {
  return STAGE_OF_STATUS[to] ?? previous;
}

/** How one step of the tracker is shown. */
export type StepState = 'done' | 'current' | 'upcoming' | 'stopped';

/** The tracker: every stage with its state. */
export function trackerSteps(
  status: CandidacyStatus,
  stage: Stage,
): { stage: Stage; state: StepState }[] {
  const reached = STAGES.indexOf(stage);
  const ended = STAGE_OF_STATUS[status] === null;
  const completed = status === 'moved_in';
  return STAGES.map((s, i) => {
    if (i < reached || (completed && i === reached)) return { stage: s, state: 'done' };
    if (i === reached) return { stage: s, state: ended ? 'stopped' : 'current' };
    return { stage: s, state: 'upcoming' };
  });
}
