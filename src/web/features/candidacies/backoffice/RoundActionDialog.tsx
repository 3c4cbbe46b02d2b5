import { useTranslation } from 'react-i18next';
import type { ShortlistReview } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { Alert, Button, Dialog } from '../../../ui';
import type { RoundAction } from './useReviewActions';

/** The dialog where an operator confirms sending the shortlist or closing the offer early. */
export function RoundActionDialog({
  action,
  round,
  isBusy,
  error,
  onConfirm,
  onClose,
}: {
  /** The action to confirm; the dialog is closed when null. */
  action: RoundAction | null;
  round: ShortlistReview['round'];
  isBusy: boolean;
  /** The failure of the last attempt, if it failed. */
  error: Error | null;
  onConfirm: (action: RoundAction) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={action !== null}
      title={
        action === 'send'
          ? t('candidacies.review.sendDialogTitle')
          : t('candidacies.review.closeDialogTitle')
      }
      onClose={onClose}
    >
      <p>
        {action === 'send'
          ? t('candidacies.review.sendDialogText', {
              count: round.validated,
              landlord: round.offer.landlordName,
            })
          : t('candidacies.review.closeDialogText')}
      </p>
      {error && (
        <Alert tone="error" isLive>
          <p>{describeError(error, t)}</p>
        </Alert>
      )}
      <div className="actions">
        <Button isBusy={isBusy} onClick={() => action && onConfirm(action)}>
          {action === 'send'
            ? t('candidacies.review.sendConfirm')
            : t('candidacies.review.closeConfirm')}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t('candidacies.common.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
