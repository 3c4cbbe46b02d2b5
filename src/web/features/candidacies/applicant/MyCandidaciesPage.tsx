import { useTranslation } from 'react-i18next';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Link } from 'react-router';
import { Alert, ButtonLink, PageTitle } from '../../../ui';
import { candidacyDetailPath, OFFERS_PATH } from '../paths';
import { CandidacyHistory } from './CandidacyHistory';
import { CandidacyTracker } from './CandidacyTracker';
import { useMyCandidacies, useRefreshCandidacies } from './queries';

/**
 * "Mes candidatures": the candidacy in progress (offer, position, deadline, status, stage bar,
 * landlord's messages, cancellation) and "Historique de mes candidatures".
 */
export function MyCandidaciesPage() {
  const { t } = useTranslation();
  const query = useMyCandidacies();
  const refresh = useRefreshCandidacies();
  const current = query.data?.current ?? null;
  const latest = query.data?.history[0] ?? null;
  return (
    <>
      <PageTitle title={t('candidacies.mine.title')} />
      <p className="lead">{t('candidacies.mine.lead')}</p>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && current && (
        <CandidacyTracker
          candidacy={current}
          title={t('candidacies.mine.currentTitle')}
          onChanged={() => void refresh()}
        />
      )}
      {query.data && !current && (
        <section className="section card" aria-labelledby="candidacy-none">
          <h2 id="candidacy-none">{t('candidacies.mine.currentTitle')}</h2>
          {latest?.status === 'moved_in' && (
            <Alert tone="success" title={t('candidacies.mine.movedInTitle')}>
              <p>{t('candidacies.mine.movedIn')}</p>
              <p>
                <Link to={candidacyDetailPath(latest.id)}>{t('candidacies.mine.seeTracker')}</Link>
              </p>
            </Alert>
          )}
          <p>{t('candidacies.mine.none')}</p>
          <ButtonLink to={OFFERS_PATH}>{t('candidacies.mine.seeOffers')}</ButtonLink>
        </section>
      )}
      {query.data && <CandidacyHistory candidacies={query.data.history} />}
    </>
  );
}
