import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CandidacySummary } from '../../../api/candidacies';
import { Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName, reasonText } from '../shared/labels';
import { CandidacyStatusBadge } from '../shared/StatusBadge';
import { candidacyDetailPath } from '../paths';

/** "Historique de mes candidatures": each past candidacy, the stage it reached and its outcome. */
export function CandidacyHistory({ candidacies }: { candidacies: readonly CandidacySummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="section" aria-labelledby="candidacy-history">
      <h2 id="candidacy-history">{t('candidacies.history.title')}</h2>
      <Table
        caption={t('candidacies.history.caption')}
        rows={candidacies}
        rowKey={(c) => c.id}
        emptyText={t('candidacies.history.empty')}
        columns={[
          {
            key: 'offer',
            header: t('candidacies.history.offer'),
            isRowHeader: true,
            render: (c) => <Link to={candidacyDetailPath(c.id)}>{offerName(c.offer, t)}</Link>,
          },
          {
            key: 'applied',
            header: t('candidacies.history.appliedAt'),
            render: (c) => format.dateTime(c.appliedAt),
          },
          {
            key: 'stage',
            header: t('candidacies.history.stage'),
            render: (c) => t(`candidacies.stages.${c.stage}`),
          },
          {
            key: 'outcome',
            header: t('candidacies.history.outcome'),
            render: (c) => (
              <>
                <CandidacyStatusBadge status={c.status} />
                {c.outcomeReason && (
                  <span className="table__detail">{reasonText(c.outcomeReason, t)}</span>
                )}
              </>
            ),
          },
          {
            key: 'ended',
            header: t('candidacies.history.endedAt'),
            render: (c) => (c.endedAt ? format.dateTime(c.endedAt) : '—'),
          },
        ]}
      />
    </section>
  );
}
