import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchLandlordCandidacy } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, PageTitle, SummaryList } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { offerName } from '../shared/labels';
import { CandidacyStatusBadge } from '../shared/StatusBadge';
import { landlordShortlistPath } from '../paths';
import { AttributionActions } from './AttributionActions';
import { DossierView } from './DossierView';
import { candidateName } from './LandlordShortlistPage';
import { LandlordMessages } from './LandlordMessages';
import { LANDLORD_KEY } from './queries';
import { VisitsSection } from './VisitsSection';

const ACTIVE = new Set(['sent', 'visited', 'attributed', 'ranked', 'conditional', 'lease_signed']);

/** Landlord portal: one candidate's file, the conversation, visits and the steps after the commission. */
export function LandlordCandidacyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { offerId = '', candidacyId = '' } = useParams();
  const query = useQuery({
    queryKey: [...LANDLORD_KEY, 'candidacy', candidacyId],
    queryFn: () => fetchLandlordCandidacy(candidacyId),
  });
  const detail = query.data;
  const candidate = detail?.candidacy ?? null;
  const title = candidate
    ? t('candidacies.landlord.candidateTitle', { name: candidateName(candidate) })
    : t('candidacies.landlord.candidateTitleLoading');
  return (
    <>
      <p>
        <Link to={landlordShortlistPath(offerId)}>{t('candidacies.landlord.backToShortlist')}</Link>
      </p>
      <PageTitle title={title} />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {detail && candidate && (
        <>
          <section className="section card" aria-labelledby="candidate-summary">
            <h2 id="candidate-summary">{t('candidacies.landlord.summaryTitle')}</h2>
            <SummaryList
              items={[
                { label: t('candidacies.backoffice.offer'), value: offerName(detail.offer, t) },
                { label: t('candidacies.review.rank'), value: candidate.closingRank ?? '—' },
                {
                  label: t('candidacies.review.status'),
                  value: <CandidacyStatusBadge status={candidate.status} />,
                },
                ...(candidate.leaseSignedOn
                  ? [
                      {
                        label: t('candidacies.lease.signedOn'),
                        value: format.day(candidate.leaseSignedOn),
                      },
                    ]
                  : []),
                ...(candidate.moveInOn
                  ? [
                      {
                        label: t('candidacies.lease.moveInOn'),
                        value: format.day(candidate.moveInOn),
                      },
                    ]
                  : []),
              ]}
            />
          </section>
          <AttributionActions candidate={candidate} />
          <LandlordMessages
            candidacyId={candidate.id}
            candidateName={candidateName(candidate)}
            messages={detail.messages}
            canWrite={ACTIVE.has(candidate.status)}
          />
          <VisitsSection
            candidacyId={candidate.id}
            visits={detail.visitList}
            canRecord={ACTIVE.has(candidate.status)}
          />
          <DossierView dossier={candidate.dossier} />
        </>
      )}
    </>
  );
}
