import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShortlistLine, ShortlistReview } from '../../../api/candidacies';
import { Button, SummaryList, Table, VisuallyHidden } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { useReasonText } from '../shared/ScoreReasons';
import { CandidacyStatusBadge } from '../shared/StatusBadge';
import { candidateName } from './labels';

/** The shortlist's files in rank order, with the validate and reject buttons while reviewable. */
export function ShortlistFiles({
  review,
  canReview,
  decidingId,
  onValidate,
  onReject,
}: {
  review: ShortlistReview;
  canReview: boolean;
  /** The file whose decision is being saved, if any. */
  decidingId: string | null;
  onValidate: (line: ShortlistLine) => void;
  onReject: (line: ShortlistLine) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  const anonymous = t('candidacies.review.anonymous');
  const { round } = review;
  return (
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
                      isBusy={decidingId === line.candidacyId}
                      onClick={() => onValidate(line)}
                    >
                      {t('candidacies.review.validate')}
                      <VisuallyHidden>
                        {` ${t('candidacies.review.fileOf', { name: candidateName(line, anonymous) })}`}
                      </VisuallyHidden>
                    </Button>
                  )}
                  <Button variant="secondary" onClick={() => onReject(line)}>
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
  );
}
