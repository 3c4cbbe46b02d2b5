import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closeOfferEarly,
  reviewCandidacy,
  sendShortlist,
  type ReviewRequest,
  type ShortlistLine,
  type ShortlistReview,
} from '../../../api/candidacies';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { candidateName } from './labels';

/** What happened after a decision: the decision itself and the files that moved up. */
export interface Outcome {
  text: string;
  movedUp: string[];
}

/** A round-wide action the operator confirms in a dialog. */
export type RoundAction = 'send' | 'close';

/**
 * The operator's actions on one offer's shortlist: validating or rejecting a file, sending the
 * shortlist or closing the offer early, the dialogs that confirm them and the outcome shown after.
 */
export function useReviewActions(offerId: string, review: ShortlistReview) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [rejecting, setRejecting] = useState<ShortlistLine | null>(null);
  const [confirm, setConfirm] = useState<RoundAction | null>(null);
  const rejectForm = useFormFeedback('review-reject', ['reason', 'comment']);
  const key = ['candidacies', 'backoffice', 'shortlist', offerId];
  const anonymous = t('candidacies.review.anonymous');
  const closeDialogs = useCallback(() => {
    setRejecting(null);
    setConfirm(null);
  }, []);

  const refresh = async (): Promise<ShortlistReview | undefined> => {
    await queryClient.invalidateQueries({ queryKey: ['candidacies', 'backoffice'] });
    return queryClient.getQueryData<ShortlistReview>(key);
  };

  const decide = useMutation({
    mutationFn: ({ line, body }: { line: ShortlistLine; body: ReviewRequest }) =>
      reviewCandidacy(line.candidacyId, body),
    onSuccess: async (_result, { line, body }) => {
      const before = new Map(review.lines.map((l) => [l.candidacyId, l.status]));
      setRejecting(null);
      const after = await refresh();
      const movedUp = (after?.lines ?? [])
        .filter((l) => before.get(l.candidacyId) === 'not_retained' && l.status === 'retained')
        .map((l) =>
          t('candidacies.review.movedUp', {
            name: candidateName(l, anonymous),
            rank: l.closingRank ?? 0,
          }),
        );
      const name = candidateName(line, anonymous);
      setOutcome({
        text:
          body.decision === 'validate'
            ? t('candidacies.review.validated', { name })
            : t('candidacies.review.rejected', { name }),
        movedUp,
      });
    },
    onError: (error, { body }) => {
      if (body.decision === 'reject') rejectForm.showApiError(error);
    },
  });

  const roundAction = useMutation({
    mutationFn: (action: RoundAction) =>
      action === 'send' ? sendShortlist(offerId) : closeOfferEarly(offerId),
    onSuccess: async (_result, action) => {
      setConfirm(null);
      await refresh();
      setOutcome({
        text:
          action === 'send'
            ? t('candidacies.review.sent', { count: review.round.validated })
            : t('candidacies.review.closed'),
        movedUp: [],
      });
    },
  });

  /** Opens the reject dialog for `line` with a blank form. */
  const startReject = (line: ShortlistLine) => {
    rejectForm.clear();
    setRejecting(line);
  };

  return {
    outcome,
    rejecting,
    confirm,
    setConfirm,
    rejectForm,
    closeDialogs,
    startReject,
    decide,
    roundAction,
  };
}
