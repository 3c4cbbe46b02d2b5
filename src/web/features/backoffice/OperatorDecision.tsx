import { useMutation } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_REFUSAL_REASONS } from '../../../domain/applicant-file/refusal-reasons';
import { decideBackofficeFile } from '../../api/backoffice';
import type { FileStatus, OperatorDecisionRequest } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, Dialog, ErrorSummary, SelectField, TextAreaField } from '../../ui';
import { isOperatorRefusalReason } from '../file/labels';

const FIELDS = ['reason', 'comment'] as const;

/** Action Logement's decision on a file: validate, or refuse with a listed reason and a comment. */
export function OperatorDecision({
  fileId,
  onDecided,
}: {
  fileId: string;
  onDecided: (status: FileStatus, decision: OperatorDecisionRequest['decision']) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const form = useFormFeedback('operator-refusal', FIELDS);
  const close = useCallback(() => setIsOpen(false), []);
  const decide = useMutation({
    mutationFn: (body: OperatorDecisionRequest) => decideBackofficeFile(fileId, body),
    onSuccess: (result, body) => {
      setIsOpen(false);
      onDecided(result.status, body.decision);
    },
    onError: (error, body) => {
      if (body.decision === 'refuse') form.showApiError(error);
    },
  });
  const validateError = decide.isError && decide.variables.decision === 'validate';

  function handleRefuse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      reason: reason === '' ? t('applicantFile.backofficeFiles.reasonRequired') : undefined,
    });
    if (!isValid || !isOperatorRefusalReason(reason)) return;
    const text = comment.trim();
    decide.mutate({ decision: 'refuse', reason, ...(text ? { comment: text } : {}) });
  }

  return (
    <section className="section card" aria-labelledby="operator-decision">
      <h2 id="operator-decision">{t('applicantFile.backofficeFiles.decisionTitle')}</h2>
      <p>{t('applicantFile.backofficeFiles.decisionText')}</p>
      {validateError && (
        <Alert tone="error" isLive>
          <p>{describeError(decide.error, t)}</p>
        </Alert>
      )}
      <div className="actions">
        <Button
          isBusy={decide.isPending && decide.variables.decision === 'validate'}
          onClick={() => decide.mutate({ decision: 'validate' })}
        >
          {t('applicantFile.backofficeFiles.validate')}
        </Button>
        <Button variant="secondary" onClick={() => setIsOpen(true)}>
          {t('applicantFile.backofficeFiles.refuse')}
        </Button>
      </div>
      <Dialog
        isOpen={isOpen}
        title={t('applicantFile.backofficeFiles.refuseTitle')}
        onClose={close}
      >
        <ErrorSummary feedback={form.feedback} />
        <form noValidate onSubmit={handleRefuse}>
          <SelectField
            id={form.fieldId('reason')}
            name="reason"
            label={t('applicantFile.backofficeFiles.reason')}
            placeholder={t('applicantFile.backofficeFiles.reasonPlaceholder')}
            options={OPERATOR_REFUSAL_REASONS.map((value) => ({
              value,
              label: t(`applicantFile.file.refusalReason.${value}`),
            }))}
            isRequired
            value={reason}
            error={form.fieldErrors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <TextAreaField
            id={form.fieldId('comment')}
            name="comment"
            label={t('applicantFile.backofficeFiles.comment')}
            hint={t('applicantFile.backofficeFiles.commentHint')}
            maxLength={1000}
            value={comment}
            error={form.fieldErrors.comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" isBusy={decide.isPending}>
              {t('applicantFile.backofficeFiles.confirmRefuse')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
