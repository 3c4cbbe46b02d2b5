import { useTranslation } from 'react-i18next';
import { describeError } from '../../forms/describeError';
import { Alert, Button, PageTitle } from '../../ui';

/** Shown when the token could not be inspected at all (network, server error). */
export function TokenInspectionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('errors.pageTitle')} />
      <Alert tone="error" isLive>
        <p>{describeError(error, t)}</p>
      </Alert>
      <Button variant="secondary" onClick={onRetry}>
        {t('common.retry')}
      </Button>
    </>
  );
}
