import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchShortlistReview } from '../../../api/candidacies';
import { hasErrorCode } from '../../../api/errors';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, PageTitle } from '../../../ui';
import { offerName } from '../shared/labels';
import { BACKOFFICE_ROUNDS_PATH } from '../paths';
import { CloseWithoutCandidacy } from './CloseWithoutCandidacy';
import { ShortlistReviewView } from './ShortlistReviewView';

/** Back office: one offer's retained files in rank order, their review and the sending. */
export function ShortlistReviewPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const query = useQuery({
    queryKey: ['candidacies', 'backoffice', 'shortlist', offerId],
    queryFn: () => fetchShortlistReview(offerId),
  });
  const title = query.data
    ? t('candidacies.review.title', { offer: offerName(query.data.round.offer, t) })
    : t('candidacies.review.titleLoading');
  return (
    <>
      <p>
        <Link to={BACKOFFICE_ROUNDS_PATH}>{t('candidacies.backoffice.back')}</Link>
      </p>
      <PageTitle title={title} />
      {query.isPending && <LoadingStatus />}
      {query.isError &&
        (hasErrorCode(query.error, 'round.not_found') ? (
          <CloseWithoutCandidacy offerId={offerId} message={describeError(query.error, t)} />
        ) : (
          <Alert tone="error" isLive>
            <p>{describeError(query.error, t)}</p>
          </Alert>
        ))}
      {query.data && <ShortlistReviewView offerId={offerId} review={query.data} />}
    </>
  );
}
