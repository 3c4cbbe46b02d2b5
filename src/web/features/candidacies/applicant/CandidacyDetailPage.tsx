import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, PageTitle } from '../../../ui';
import { offerName } from '../shared/labels';
import { MY_CANDIDACIES_PATH } from '../paths';
import { CandidacyTracker } from './CandidacyTracker';
import { useMyCandidacy, useRefreshCandidacies } from './queries';

/** The tracker of one of the applicant's candidacies, current or past. */
export function CandidacyDetailPage() {
  const { t } = useTranslation();
  const { candidacyId = '' } = useParams();
  const query = useMyCandidacy(candidacyId);
  const refresh = useRefreshCandidacies();
  const candidacy = query.data?.candidacy;
  return (
    <>
      <p>
        <Link to={MY_CANDIDACIES_PATH}>{t('candidacies.detail.back')}</Link>
      </p>
      <PageTitle
        title={
          candidacy
            ? t('candidacies.detail.title', { offer: offerName(candidacy.offer, t) })
            : t('candidacies.detail.titleLoading')
        }
      />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {candidacy && (
        <CandidacyTracker
          candidacy={candidacy}
          title={t('candidacies.detail.summaryTitle')}
          onChanged={() => void refresh()}
        />
      )}
    </>
  );
}
