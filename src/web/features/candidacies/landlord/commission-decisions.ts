import type { TFunction } from 'i18next';
import type {
  CommissionDecision,
  CommissionProblem,
} from '../../../../domain/candidacies/commission';
import type { LandlordCandidacy } from '../../../api/candidacies';
import type { FieldErrors } from '../../../forms/useFormFeedback';
import { isIsoDay } from '../shared/labels';
import type { DecisionRow } from './CandidateDecision';
import { candidateName } from './LandlordShortlistPage';

/**
 * The commission form read on submit: the decisions it holds and the messages of the fields that
 * are missing or wrong (keyed by input name: `meetingDate`, then `<field>-<candidacy id>`).
 */
export function readDecisions({
  examinable,
  rowOf,
  meetingDate,
  t,
}: {
  examinable: readonly LandlordCandidacy[];
  rowOf: (id: string) => DecisionRow;
  meetingDate: string;
  t: TFunction;
}): { errors: FieldErrors; decisions: CommissionDecision[] } {
  const errors: FieldErrors = {};
  if (!isIsoDay(meetingDate)) errors.meetingDate = t('candidacies.landlord.dateInvalid');
  const decisions: CommissionDecision[] = [];
  for (const candidate of examinable) {
    const row = rowOf(candidate.id);
    const f = (field: string) => `${field}-${candidate.id}`;
    const name = candidateName(candidate);
    const rank = /^\d+$/.test(row.rank.trim()) ? Number(row.rank.trim()) : null;
    switch (row.choice) {
      case 'not_examined':
        break;
      case 'attribution':
        decisions.push({ candidacyId: candidate.id, decision: 'attribution' });
        break;
      case 'attribution_by_rank':
        if (rank === null || rank < 1)
          errors[f('rank')] = t('candidacies.commission.rankRequired', { name });
        else decisions.push({ candidacyId: candidate.id, decision: 'attribution_by_rank', rank });
        break;
      case 'attribution_conditional':
        if (rank === null || rank < 1)
          errors[f('rank')] = t('candidacies.commission.rankRequired', { name });
        if (!row.document.trim())
          errors[f('document')] = t('candidacies.commission.documentRequired', { name });
        if (!isIsoDay(row.deadline))
          errors[f('deadline')] = t('candidacies.commission.deadlineRequired', { name });
        else if (row.deadline <= meetingDate) {
          errors[f('deadline')] = t('candidacies.commission.deadlineAfterMeeting', { name });
        }
        if (rank !== null && rank >= 1 && row.document.trim() && isIsoDay(row.deadline)) {
          decisions.push({
            candidacyId: candidate.id,
            decision: 'attribution_conditional',
            rank,
            condition: { document: row.document.trim(), deadline: row.deadline },
          });
        }
        break;
      case 'non_attribution':
        if (!row.reason.trim())
          errors[f('reason')] = t('candidacies.commission.reasonRequired', { name });
        else
          decisions.push({
            candidacyId: candidate.id,
            decision: 'non_attribution',
            reason: row.reason.trim(),
          });
        break;
      case 'inadmissible':
        if (!row.ground) errors[f('ground')] = t('candidacies.commission.groundRequired', { name });
        else
          decisions.push({
            candidacyId: candidate.id,
            decision: 'inadmissible',
            reason: row.ground,
          });
        break;
    }
  }
  return { errors, decisions };
}

/** The messages of the commission-wide rules the decisions break (`checkCommission`). */
export function problemErrors(problems: readonly CommissionProblem[], t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    if (problem === 'justification_required') {
      errors.justification = t('candidacies.commission.problems.justification_required');
    } else {
      errors[problem] = t(`candidacies.commission.problems.${problem}`);
    }
  }
  return errors;
}
