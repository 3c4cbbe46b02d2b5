import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelCandidacy } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { Alert, Button, Dialog } from '../../../ui';

/** "Annuler cette candidature", confirmed in a dialog (possible until the file is sent). */
export function CancelCandidacy({
  candidacyId,
  offerLabel,
  onCancelled,
}: {
  candidacyId: string;
  offerLabel: string;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const close = useCallback(() => setIsOpen(false), []);
  const cancel = useMutation({
    mutationFn: () => cancelCandidacy(candidacyId),
    onSuccess: () => {
      setIsOpen(false);
      onCancelled();
    },
  });
  return (
    <section className="section" aria-labelledby="candidacy-cancel">
      <h2 id="candidacy-cancel">{t('candidacies.cancel.title')}</h2>
      <p>{t('candidacies.cancel.text')}</p>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('candidacies.cancel.button')}
      </Button>
      <Dialog isOpen={isOpen} title={t('candidacies.cancel.dialogTitle')} onClose={close}>
        <p>{t('candidacies.cancel.confirmText', { offer: offerLabel })}</p>
        {cancel.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(cancel.error, t)}</p>
          </Alert>
        )}
        <div className="actions">
          <Button isBusy={cancel.isPending} onClick={() => cancel.mutate()}>
            {t('candidacies.cancel.confirm')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('candidacies.cancel.keep')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
