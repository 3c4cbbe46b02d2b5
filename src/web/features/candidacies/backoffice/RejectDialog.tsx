import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_REJECTION_REASONS } from '../../../../domain/candidacies/reasons';
import type { ReviewRejectionReason } from '../../../api/candidacies';
import type { useFormFeedback } from '../../../forms/useFormFeedback';
import { Button, Dialog, ErrorSummary, SelectField, TextAreaField } from '../../../ui';

function isReason(value: string): value is ReviewRejectionReason {
  return (REVIEW_REJECTION_REASONS as readonly string[]).includes(value);
}

interface RejectProps {
  isBusy: boolean;
  form: ReturnType<typeof useFormFeedback>;
  onClose: () => void;
  onReject: (reason: ReviewRejectionReason, comment: string) => void;
}

/** The dialog where an operator rejects a retained file with a listed reason. */
export function RejectDialog({
  candidateId,
  candidateName,
  isOpen,
  ...props
}: RejectProps & { candidateId: string; candidateName: string; isOpen: boolean }) {
  const { t } = useTranslation();
  return (
    <Dialog
      isOpen={isOpen}
      title={t('candidacies.review.rejectTitle', { name: candidateName })}
      onClose={props.onClose}
    >
      <RejectForm key={candidateId} {...props} />
    </Dialog>
  );
}

function RejectForm({ isBusy, form, onClose, onReject }: RejectProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const valid = form.checkFields({
      reason: isReason(reason) ? undefined : t('candidacies.review.reasonRequired'),
    });
    if (valid && isReason(reason)) onReject(reason, comment.trim());
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <p>{t('candidacies.review.rejectText')}</p>
        <SelectField
          id={form.fieldId('reason')}
          name="reason"
          label={t('candidacies.review.reason')}
          placeholder={t('candidacies.review.reasonPlaceholder')}
          options={REVIEW_REJECTION_REASONS.map((value) => ({
            value,
            label: t(`candidacies.reviewReasons.${value}`),
          }))}
          isRequired
          value={reason}
          error={form.fieldErrors.reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <TextAreaField
          id={form.fieldId('comment')}
          name="comment"
          label={t('candidacies.review.comment')}
          hint={t('candidacies.review.commentHint')}
          maxLength={1000}
          value={comment}
          error={form.fieldErrors.comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="actions">
          <Button type="submit" isBusy={isBusy}>
            {t('candidacies.review.confirmReject')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('candidacies.common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
