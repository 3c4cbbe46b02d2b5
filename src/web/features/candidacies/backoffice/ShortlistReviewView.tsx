import { useTranslation } from 'react-i18next';
import type { ShortlistReview } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { Alert, Button } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { candidateName } from './labels';
import { RejectDialog } from './RejectDialog';
import { ReviewOfferSection } from './ReviewOfferSection';
import { RoundActionDialog } from './RoundActionDialog';
import { ShortlistFiles } from './ShortlistFiles';
import { useReviewActions } from './useReviewActions';

const REVIEWABLE = new Set(['closed', 'shortlist_validated']);

/** One offer's loaded shortlist: the outcome of the last action, the offer, the files and the sending. */
export function ShortlistReviewView({
  offerId,
  review,
}: {
  offerId: string;
  review: ShortlistReview;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const {
    outcome,
    rejecting,
    confirm,
    setConfirm,
    rejectForm,
    closeDialogs,
    startReject,
    decide,
    roundAction,
  } = useReviewActions(offerId, review);
  const anonymous = t('candidacies.review.anonymous');

  const { round } = review;
  const canReview = REVIEWABLE.has(round.status);
  const canSend = canReview && round.pending === 0 && round.validated > 0;
  const decideError = decide.isError && decide.variables.body.decision === 'validate';

  return (
    <>
      {outcome && (
        <Alert tone="success" isLive shouldFocus>
          <p>{outcome.text}</p>
          {outcome.movedUp.length > 0 && (
            <ul className="bullets">
              {outcome.movedUp.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {decideError && (
        <Alert tone="error" isLive>
          <p>{describeError(decide.error, t)}</p>
        </Alert>
      )}
      <ReviewOfferSection offerId={offerId} round={round} />

      {round.status === 'published' && (
        <section className="section" aria-labelledby="review-close">
          <h2 id="review-close">{t('candidacies.review.closeTitle')}</h2>
          <p>
            {t('candidacies.review.closeText', {
              date: format.day(round.offer.applicationDeadline),
            })}
          </p>
          <Button variant="secondary" onClick={() => setConfirm('close')}>
            {t('candidacies.review.closeButton')}
          </Button>
        </section>
      )}

      {round.status !== 'published' && (
        <ShortlistFiles
          review={review}
          canReview={canReview}
          decidingId={decide.isPending ? decide.variables.line.candidacyId : null}
          onValidate={(line) => decide.mutate({ line, body: { decision: 'validate' } })}
          onReject={startReject}
        />
      )}

      {canReview && (
        <section className="section" aria-labelledby="review-send">
          <h2 id="review-send">{t('candidacies.review.sendTitle')}</h2>
          <p>
            {canSend
              ? t('candidacies.review.sendReady', { count: round.validated })
              : t('candidacies.review.sendNotReady')}
          </p>
          {canSend && (
            <Button onClick={() => setConfirm('send')}>{t('candidacies.review.sendButton')}</Button>
          )}
        </section>
      )}

      <RejectDialog
        candidateId={rejecting?.candidacyId ?? 'none'}
        candidateName={rejecting ? candidateName(rejecting, anonymous) : ''}
        isOpen={rejecting !== null}
        isBusy={decide.isPending}
        form={rejectForm}
        onClose={closeDialogs}
        onReject={(reason, comment) => {
          if (!rejecting) return;
          decide.mutate({
            line: rejecting,
            body: { decision: 'reject', reason, ...(comment ? { comment } : {}) },
          });
        }}
      />
      <RoundActionDialog
        action={confirm}
        round={round}
        isBusy={roundAction.isPending}
        error={roundAction.isError ? roundAction.error : null}
        onConfirm={(action) => roundAction.mutate(action)}
        onClose={closeDialogs}
      />
    </>
  );
}
