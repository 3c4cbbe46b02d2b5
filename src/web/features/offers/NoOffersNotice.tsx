import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { refreshFile } from '../../api/file';
import { describeError } from '../../forms/describeError';
import { Alert, Button, NewTabLink } from '../../ui';
import { REGISTRATION_SITE_URL } from './paths';

/**
 * "Aucune offre adaptée" (seed): widen the search area on the registration site, come back and
 * click "Mettre à jour"; with filters set, first suggest changing them.
 */
export function NoOffersNotice({
  hasFilters,
  onReset,
}: {
  hasFilters: boolean;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useMutation({
    mutationFn: refreshFile,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['file'] });
      await queryClient.invalidateQueries({ queryKey: ['offers'] });
    },
  });
  return (
    <Alert tone="info" title={t('offers.empty.title')}>
      {hasFilters && (
        <>
          <p>{t('offers.empty.filters')}</p>
          <div className="actions">
            <Button variant="secondary" onClick={onReset}>
              {t('offers.filters.reset')}
            </Button>
          </div>
        </>
      )}
      <p>{t('offers.empty.seed')}</p>
      <p>{t('offers.empty.widen')}</p>
      <div className="actions">
        <NewTabLink href={REGISTRATION_SITE_URL} buttonVariant="secondary">
          {t('offers.empty.registrationSite')}
        </NewTabLink>
        <Button isBusy={refresh.isPending} onClick={() => refresh.mutate()}>
          {t('offers.empty.update')}
        </Button>
      </div>
      <div role="status">
        {refresh.isPending && <p>{t('offers.empty.updating')}</p>}
        {refresh.isSuccess && (
          <p>
            {refresh.data.changes.length === 0
              ? t('offers.empty.updatedNoChange')
              : t('offers.empty.updated', { count: refresh.data.changes.length })}
          </p>
        )}
      </div>
      {refresh.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(refresh.error, t)}</p>
        </Alert>
      )}
    </Alert>
  );
}
