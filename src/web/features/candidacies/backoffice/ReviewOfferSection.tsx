import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShortlistReview } from '../../../api/candidacies';
import { useFormat } from '../../file/useFormat';
import { OfferSummary } from '../shared/OfferSummary';
import { RoundStatusBadge } from '../shared/StatusBadge';
import { backofficeAuditPath } from '../paths';

/** The reviewed offer with its round's state and dates, and the link to the ranking audit. */
export function ReviewOfferSection({
  offerId,
  round,
}: {
  offerId: string;
  round: ShortlistReview['round'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
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
  );
}
