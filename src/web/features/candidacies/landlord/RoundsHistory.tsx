import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LandlordRound } from '../../../api/candidacies';
import { Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { landlordShortlistPath } from '../paths';
import { RoundStatusBadge } from '../shared/StatusBadge';

/**
 * The publications (rounds) of a re-published offer, the current one first: each links to its
 * files, except the one shown. Renders an h2 section.
 */
export function RoundsHistory({
  offerId,
  rounds,
  shownRoundId,
}: {
  offerId: string;
  rounds: LandlordRound[];
  shownRoundId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const currentRoundId = rounds[0]?.roundId;
  return (
    <section className="section" aria-labelledby="shortlist-rounds">
      <h2 id="shortlist-rounds">{t('candidacies.landlord.roundsHistoryTitle')}</h2>
      <Table
        caption={t('candidacies.landlord.roundsHistoryCaption')}
        rows={rounds}
        rowKey={(round) => round.roundId}
        emptyText={t('candidacies.landlord.filesEmpty')}
        columns={[
          {
            key: 'round',
            header: t('candidacies.landlord.round'),
            isRowHeader: true,
            render: (round) =>
              round.roundId === shownRoundId ? (
                t('candidacies.landlord.roundShown', { number: round.roundNo })
              ) : (
                <Link
                  to={landlordShortlistPath(
                    offerId,
                    round.roundId === currentRoundId ? undefined : round.roundNo,
                  )}
                >
                  {t('candidacies.landlord.roundLabel', { number: round.roundNo })}
                </Link>
              ),
          },
          {
            key: 'status',
            header: t('candidacies.backoffice.roundStatus'),
            render: (round) => <RoundStatusBadge status={round.status} />,
          },
          {
            key: 'sent',
            header: t('candidacies.review.sentAt'),
            render: (round) => (round.sentAt ? format.dateTime(round.sentAt) : '—'),
          },
          {
            key: 'files',
            header: t('candidacies.landlord.files'),
            render: (round) => round.files,
          },
        ]}
      />
    </section>
  );
}
