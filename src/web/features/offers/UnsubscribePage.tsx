import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../api/errors';
import { unsubscribeAlert } from '../../api/offers';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import { ALERTS_PATH } from './paths';

/** The link of every alert e-mail (`?jeton=`): stops that alert, no login needed. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('jeton')?.trim() ?? '';
  const result = useQuery({
    queryKey: ['alerts', 'unsubscribe', token],
    queryFn: () => unsubscribeAlert(token),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
  const isInvalid = token === '' || hasErrorCode(result.error, 'token.invalid');
  return (
    <>
      <PageTitle title={t('offers.unsubscribe.title')} />
      {token !== '' && result.isPending && <LoadingStatus />}
      {result.data && (
        <Alert tone="success" title={t('offers.unsubscribe.doneTitle')}>
          <p>
            {result.data.alertName
              ? t('offers.unsubscribe.done', { name: result.data.alertName })
              : t('offers.unsubscribe.doneUnnamed')}
          </p>
          <p>{t('offers.unsubscribe.again')}</p>
        </Alert>
      )}
      {isInvalid && (
        <Alert tone="warning" title={t('offers.unsubscribe.invalidTitle')}>
          <p>{t('offers.unsubscribe.invalid')}</p>
        </Alert>
      )}
      {result.isError && !isInvalid && (
        <Alert tone="error" isLive>
          <p>{describeError(result.error, t)}</p>
        </Alert>
      )}
      <p>
        <Link to={ALERTS_PATH}>{t('offers.unsubscribe.manage')}</Link>
      </p>
    </>
  );
}
