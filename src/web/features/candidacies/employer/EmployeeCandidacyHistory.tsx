import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchEmployeeCandidacies } from '../../../api/candidacies';
import { hasErrorCode } from '../../../api/errors';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { CandidacyStatusBadge } from '../shared/StatusBadge';

/**
 * The candidacies of an employee who chose full consent, for the employer's file page: each
 * candidacy with its offer, the stage reached and its outcome. Renders an h2 section.
 */
export function EmployeeCandidacyHistory({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery({
    queryKey: ['candidacies', 'employer', fileId],
    queryFn: () => fetchEmployeeCandidacies(fileId),
    retry: (count, error) => !hasErrorCode(error, 'candidacy.consent_required') && count < 2,
  });
  return (
    <section className="section" aria-labelledby="employee-candidacies">
      <h2 id="employee-candidacies">{t('candidacies.employer.title')}</h2>
      {query.isPending && <LoadingStatus />}
      {query.isError &&
        (hasErrorCode(query.error, 'candidacy.consent_required') ? (
          <Alert tone="info">
            <p>{t('candidacies.employer.consentRequired')}</p>
          </Alert>
        ) : (
          <Alert tone="error" isLive>
            <p>{describeError(query.error, t)}</p>
          </Alert>
        ))}
      {query.data && (
        <Table
          caption={t('candidacies.employer.caption')}
          rows={query.data.candidacies}
          rowKey={(c) => c.id}
          emptyText={t('candidacies.employer.empty')}
          columns={[
            {
              key: 'offer',
              header: t('candidacies.history.offer'),
              isRowHeader: true,
              render: (c) => (
                <>
                  {offerName(c.offer, t)}
                  <span className="table__detail">{c.offer.landlordName}</span>
                </>
              ),
            },
            {
              key: 'applied',
              header: t('candidacies.history.appliedAt'),
              render: (c) => format.day(c.appliedAt),
            },
            {
              key: 'stage',
              header: t('candidacies.history.stage'),
              render: (c) => t(`candidacies.stages.${c.stage}`),
            },
            {
              key: 'status',
              header: t('candidacies.history.outcome'),
              render: (c) => <CandidacyStatusBadge status={c.status} />,
            },
            {
              key: 'ended',
              header: t('candidacies.history.endedAt'),
              render: (c) => (c.endedAt ? format.day(c.endedAt) : '—'),
            },
          ]}
        />
      )}
    </section>
  );
}
