import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUND_STATUSES } from '../../../../domain/candidacies/round-workflow';
import { listBackofficeRounds, type RoundStatus } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, Button, PageTitle, SelectField, Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { RoundStatusBadge } from '../shared/StatusBadge';
import { backofficeShortlistPath } from '../paths';

function isRoundStatus(value: string): value is RoundStatus {
  return (ROUND_STATUSES as readonly string[]).includes(value);
}

/** Back office: the offers whose candidacies Action Logement closes, reviews and sends. */
export function BackofficeRoundsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<RoundStatus | undefined>(undefined);
  const query = useQuery({
    queryKey: ['candidacies', 'backoffice', 'rounds', status ?? 'default'],
    queryFn: () => listBackofficeRounds(status),
  });

  function handleFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(isRoundStatus(draft) ? draft : undefined);
  }

  return (
    <>
      <PageTitle title={t('candidacies.backoffice.roundsTitle')} />
      <p className="lead">{t('candidacies.backoffice.roundsLead')}</p>
      <form noValidate onSubmit={handleFilter} className="search-form">
        <SelectField
          id="rounds-status"
          name="status"
          label={t('candidacies.backoffice.statusFilter')}
          placeholder={t('candidacies.backoffice.statusDefault')}
          options={ROUND_STATUSES.map((value) => ({
            value,
            label: t(`candidacies.roundStatus.${value}`),
          }))}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('candidacies.backoffice.filter')}
        </Button>
      </form>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && (
        <Table
          caption={t('candidacies.backoffice.roundsCaption', { count: query.data.rounds.length })}
          rows={query.data.rounds}
          rowKey={(item) => item.roundId}
          emptyText={t('candidacies.backoffice.roundsEmpty')}
          columns={[
            {
              key: 'offer',
              header: t('candidacies.backoffice.offer'),
              isRowHeader: true,
              render: (item) => (
                <Link to={backofficeShortlistPath(item.offer.id)}>{offerName(item.offer, t)}</Link>
              ),
            },
            {
              key: 'landlord',
              header: t('candidacies.offer.landlord'),
              render: (item) => item.offer.landlordName,
            },
            {
              key: 'status',
              header: t('candidacies.backoffice.roundStatus'),
              render: (item) => <RoundStatusBadge status={item.status} />,
            },
            {
              key: 'deadline',
              header: t('candidacies.offer.deadline'),
              render: (item) => format.day(item.deadline),
            },
            {
              key: 'count',
              header: t('candidacies.backoffice.candidacies'),
              render: (item) => item.candidacyCount,
            },
            {
              key: 'review',
              header: t('candidacies.backoffice.review'),
              render: (item) =>
                t('candidacies.backoffice.reviewValue', {
                  pending: item.pending,
                  validated: item.validated,
                }),
            },
          ]}
        />
      )}
    </>
  );
}
