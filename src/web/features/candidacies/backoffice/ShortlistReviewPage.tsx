import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  closeOfferEarly,
  fetchShortlistReview,
  reviewCandidacy,
  sendShortlist,
  type ReviewRequest,
  type ShortlistLine,
  type ShortlistReview,
} from '../../../api/candidacies';
import { hasErrorCode } from '../../../api/errors';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { LoadingStatus } from '../../../session/guards';
import { Alert, Button, Dialog, PageTitle, SummaryList, Table, VisuallyHidden } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { OfferSummary } from '../shared/OfferSummary';
import { useReasonText } from '../shared/ScoreReasons';
import { CandidacyStatusBadge, RoundStatusBadge } from '../shared/StatusBadge';
import { BACKOFFICE_ROUNDS_PATH, backofficeAuditPath } from '../paths';
import { RejectDialog } from './RejectDialog';

const REVIEWABLE = new Set(['closed', 'shortlist_validated']);

function candidateName(line: ShortlistLine, fallback: string): string {
  return line.applicant ? `${line.applicant.firstName} ${line.applicant.lastName}` : fallback;
}

/** What happened after a decision: the decision itself and the files that moved up. */
interface Outcome {
  text: string;
  movedUp: string[];
}

function ReviewView({ offerId, review }: { offerId: string; review: ShortlistReview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [rejecting, setRejecting] = useState<ShortlistLine | null>(null);
  const [confirm, setConfirm] = useState<'send' | 'close' | null>(null);
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
    mutationFn: (action: 'send' | 'close') =>
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
      <section className="section card" aria-labelledby="review-offer">
        <h2 id="review-offer">{t('candidacies.review.offerTitle')}</h2>
        <OfferSummary
          offer={round.offer}
          extra={[
            {
              label: t('candidacies.backoffice.roundStatus'),
              value: <RoundStatusBadge status={round.status} />,
            },
            { label: t('candidacies.backoffice.candidacies'), value: round.candidacyCount },
            ...(round.closedAt
              ? [
                  {
                    label: t('candidacies.review.closedAt'),
                    value: format.dateTime(round.closedAt),
                  },
                ]
              : []),
            ...(round.sentAt
              ? [{ label: t('candidacies.review.sentAt'), value: format.dateTime(round.sentAt) }]
              : []),
          ]}
        />
        {round.status !== 'published' && (
          <p>
            <Link to={backofficeAuditPath(offerId)}>{t('candidacies.review.auditLink')}</Link>
          </p>
        )}
      </section>

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
        <section className="section" aria-labelledby="review-files">
          <h2 id="review-files">{t('candidacies.review.filesTitle')}</h2>
          {canReview && (
            <SummaryList
              items={[
                { label: t('candidacies.review.pending'), value: round.pending },
                { label: t('candidacies.review.validatedCount'), value: round.validated },
              ]}
            />
          )}
          <Table
            caption={t('candidacies.review.caption')}
            rows={review.lines}
            rowKey={(line) => line.candidacyId}
            emptyText={t('candidacies.review.empty')}
            columns={[
              {
                key: 'rank',
                header: t('candidacies.review.rank'),
                render: (line) => line.closingRank ?? '—',
              },
              {
                key: 'name',
                header: t('candidacies.review.candidate'),
                isRowHeader: true,
                render: (line) => (
                  <>
                    {line.fileId ? (
                      <Link to={`/backoffice/dossiers/${encodeURIComponent(line.fileId)}`}>
                        {candidateName(line, anonymous)}
                      </Link>
                    ) : (
                      candidateName(line, anonymous)
                    )}
                    {line.platformNumber && (
                      <span className="table__detail">
                        {t('candidacies.review.fileDetail', { number: line.platformNumber })}
                      </span>
                    )}
                    <span className="table__detail">
                      {t('candidacies.review.appliedAt', { date: format.dateTime(line.appliedAt) })}
                    </span>
                  </>
                ),
              },
              {
                key: 'score',
                header: t('candidacies.review.score'),
                render: (line) => (
                  <>
                    {line.score}
                    {line.reasons.map((reason, index) => (
                      <span key={index} className="table__detail">
                        {reasonText(reason)}
                      </span>
                    ))}
                  </>
                ),
              },
              {
                key: 'status',
                header: t('candidacies.review.status'),
                render: (line) => (
                  <>
                    <CandidacyStatusBadge status={line.status} />
                    {line.reviewReason && (
                      <span className="table__detail">
                        {t(`candidacies.reviewReasons.${line.reviewReason}`)}
                        {line.reviewComment ? ` — ${line.reviewComment}` : ''}
                      </span>
                    )}
                  </>
                ),
              },
              {
                key: 'actions',
                header: t('candidacies.review.actions'),
                render: (line) =>
                  canReview && (line.status === 'retained' || line.status === 'validated') ? (
                    <div className="actions">
                      {line.status === 'retained' && (
                        <Button
                          isBusy={
                            decide.isPending &&
                            decide.variables.line.candidacyId === line.candidacyId
                          }
                          onClick={() => decide.mutate({ line, body: { decision: 'validate' } })}
                        >
                          {t('candidacies.review.validate')}
                          <VisuallyHidden>
                            {` ${t('candidacies.review.fileOf', { name: candidateName(line, anonymous) })}`}
                          </VisuallyHidden>
                        </Button>
                      )}
                      <Button
                        variant="secondary"
                        onClick={() => {
                          rejectForm.clear();
                          setRejecting(line);
                        }}
                      >
                        {t('candidacies.review.reject')}
                        <VisuallyHidden>
                          {` ${t('candidacies.review.fileOf', { name: candidateName(line, anonymous) })}`}
                        </VisuallyHidden>
                      </Button>
                    </div>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
        </section>
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
      <Dialog
        isOpen={confirm !== null}
        title={
          confirm === 'send'
            ? t('candidacies.review.sendDialogTitle')
            : t('candidacies.review.closeDialogTitle')
        }
        onClose={closeDialogs}
      >
        <p>
          {confirm === 'send'
            ? t('candidacies.review.sendDialogText', {
                count: round.validated,
                landlord: round.offer.landlordName,
              })
            : t('candidacies.review.closeDialogText')}
        </p>
        {roundAction.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(roundAction.error, t)}</p>
          </Alert>
        )}
        <div className="actions">
          <Button
            isBusy={roundAction.isPending}
            onClick={() => confirm && roundAction.mutate(confirm)}
          >
            {confirm === 'send'
              ? t('candidacies.review.sendConfirm')
              : t('candidacies.review.closeConfirm')}
          </Button>
          <Button variant="secondary" onClick={closeDialogs}>
            {t('candidacies.common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

/** Back office: one offer's retained files in rank order, their review and the sending. */
export function ShortlistReviewPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const query = useQuery({
    queryKey: ['candidacies', 'backoffice', 'shortlist', offerId],
    queryFn: () => fetchShortlistReview(offerId),
  });
  const title = query.data
    ? t('candidacies.review.title', { offer: offerName(query.data.round.offer, t) })
    : t('candidacies.review.titleLoading');
  return (
    <>
      <p>
        <Link to={BACKOFFICE_ROUNDS_PATH}>{t('candidacies.backoffice.back')}</Link>
      </p>
      <PageTitle title={title} />
      {query.isPending && <LoadingStatus />}
      {query.isError &&
        (hasErrorCode(query.error, 'round.not_found') ? (
          <CloseWithoutCandidacy offerId={offerId} message={describeError(query.error, t)} />
        ) : (
          <Alert tone="error" isLive>
            <p>{describeError(query.error, t)}</p>
          </Alert>
        ))}
      {query.data && <ReviewView offerId={offerId} review={query.data} />}
    </>
  );
}

/** An offer nobody applied to yet: the operator may still close it early. */
function CloseWithoutCandidacy({ offerId, message }: { offerId: string; message: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => closeOfferEarly(offerId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['candidacies', 'backoffice'] }),
  });
  return (
    <section className="section" aria-labelledby="review-close">
      <Alert tone="info">
        <p>{message}</p>
      </Alert>
      <h2 id="review-close">{t('candidacies.review.closeTitle')}</h2>
      <p>{t('candidacies.review.closeEmptyText')}</p>
      {close.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(close.error, t)}</p>
        </Alert>
      )}
      <Button variant="secondary" isBusy={close.isPending} onClick={() => close.mutate()}>
        {t('candidacies.review.closeButton')}
      </Button>
    </section>
  );
}
