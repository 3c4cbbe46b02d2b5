import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listLandlordRounds } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, PageTitle, Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { RoundStatusBadge } from '../shared/StatusBadge';
import { landlordShortlistPath } from '../paths';
import { LANDLORD_KEY } from './queries';

/** Landlord portal: the offers whose validated files Action Logement sent. */
export function LandlordRoundsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({ queryKey: [...LANDLORD_KEY, 'rounds'], queryFn: listLandlordRounds });
  return (
    <>
      <PageTitle title={t('candidacies.landlord.roundsTitle')} />
      <p className="lead">{t('candidacies.landlord.roundsLead')}</p>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && (
        <Table
          caption={t('candidacies.landlord.roundsCaption', { count: query.data.rounds.length })}
          rows={query.data.rounds}
          rowKey={(item) => item.roundId}
          emptyText={t('candidacies.landlord.roundsEmpty')}
          columns={[
            {
              key: 'offer',
              header: t('candidacies.backoffice.offer'),
              isRowHeader: true,
              render: (item) => (
                <Link to={landlordShortlistPath(item.offer.id)}>{offerName(item.offer, t)}</Link>
              ),
            },
            {
              key: 'status',
              header: t('candidacies.backoffice.roundStatus'),
              render: (item) => <RoundStatusBadge status={item.status} />,
            },
            {
              key: 'sent',
              header: t('candidacies.review.sentAt'),
              render: (item) => (item.sentAt ? format.dateTime(item.sentAt) : '—'),
            },
            {
              key: 'files',
              header: t('candidacies.landlord.files'),
              render: (item) => item.files,
            },
          ]}
        />
      )}
    </>
  );
}
