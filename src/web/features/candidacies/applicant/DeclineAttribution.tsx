import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineAttribution } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { Alert, Button, Dialog, TextAreaField } from '../../../ui';

/** The applicant refuses the home the commission attributed (the next rank gets it). */
export function DeclineAttribution({
  candidacyId,
  onDeclined,
}: {
  candidacyId: string;
  onDeclined: () => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const close = useCallback(() => setIsOpen(false), []);
  const decline = useMutation({
    mutationFn: () => declineAttribution(candidacyId, reason.trim() || null),
    onSuccess: () => {
      setIsOpen(false);
      onDeclined();
    },
  });
  return (
    <section className="section" aria-labelledby="candidacy-decline">
      <h2 id="candidacy-decline">{t('candidacies.decline.title')}</h2>
      <p>{t('candidacies.decline.text')}</p>
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('candidacies.decline.button')}
      </Button>
      <Dialog isOpen={isOpen} title={t('candidacies.decline.dialogTitle')} onClose={close}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            decline.mutate();
          }}
        >
          {decline.isError && (
            <Alert tone="error" isLive>
              <p>{describeError(decline.error, t)}</p>
            </Alert>
          )}
          <TextAreaField
            id="decline-reason"
            name="reason"
            label={t('candidacies.decline.reason')}
            hint={t('candidacies.decline.reasonHint')}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" isBusy={decline.isPending}>
              {t('candidacies.decline.confirm')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('candidacies.common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
