import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { closeOfferEarly } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { Alert, Button } from '../../../ui';

/** An offer nobody applied to yet: the operator may still close it early. */
export function CloseWithoutCandidacy({ offerId, message }: { offerId: string; message: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => closeOfferEarly(offerId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['candidacies', 'backoffice'] }),
  });
  return (
    <section className="section" aria-labelledby="review-close">
      <Alert tone="info">
        <p>{message}</p>
      </Alert>
      <h2 id="review-close">{t('candidacies.review.closeTitle')}</h2>
      <p>{t('candidacies.review.closeEmptyText')}</p>
      {close.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(close.error, t)}</p>
        </Alert>
      )}
      <Button variant="secondary" isBusy={close.isPending} onClick={() => close.mutate()}>
        {t('candidacies.review.closeButton')}
      </Button>
    </section>
  );
}
