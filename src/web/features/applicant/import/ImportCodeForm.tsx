import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestImportCode, verifyImportCode } from '../../../api/file';
import type { ApplicantFile, PendingImport } from '../../../api/file-types';
import { ApiError } from '../../../api/errors';
import { describeError } from '../../../forms/describeError';
import { withFieldMessages } from '../../../forms/fieldMessages';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, TextField } from '../../../ui';
import { formatUniqueNumber } from '../../../../domain/identifiers/unique-number';

const FIELDS = ['code'] as const;

/** Props of the code step. */
export interface ImportCodeFormProps {
  sent: PendingImport;
  /** The code was just sent (announce it), rather than found pending after a reload. */
  isFresh: boolean;
  onImported: (file: ApplicantFile) => void;
  onChangeNumber: () => void;
}

/** True for a "too many requests" answer, which tells how long to wait. */
function isThrottling(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 429;
}

/** Seconds left before another code may be asked for, or 0. */
function secondsUntil(time: number | null): number {
  return time === null ? 0 : Math.max(0, Math.ceil((time - Date.now()) / 1000));
}

/** "Un code vient d'être envoyé à …": the e-mailed code, and "Renvoyer un code". */
export function ImportCodeForm({ sent, isFresh, onImported, onChangeNumber }: ImportCodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [maskedEmail, setMaskedEmail] = useState(sent.maskedEmail);
  const [resendAllowedAt, setResendAllowedAt] = useState<number | null>(null);
  // The wait before another code may be asked for; `attempt` re-announces it on each click.
  const [wait, setWait] = useState<{ seconds: number; attempt: number } | null>(null);
  const form = useFormFeedback('import-code', FIELDS);
  const verify = useMutation({
    mutationFn: verifyImportCode,
    onSuccess: ({ file }) => onImported(file),
    onError: (error) => {
      // "Code incorrect." becomes "Code incorrect. Il vous reste 4 essais."
      const remaining = error instanceof ApiError ? error.remainingAttempts : undefined;
      form.showApiError(
        withFieldMessages(error, (field) =>
          field.path === 'code' && remaining !== undefined
            ? t('applicantFile.import.code.wrong', { count: remaining })
            : undefined,
        ),
      );
    },
  });
  const resend = useMutation({
    mutationFn: requestImportCode,
    onSuccess: (result) => {
      setMaskedEmail(result.maskedEmail);
      setResendAllowedAt(null);
      form.clear();
    },
    onError: (error) => {
      if (isThrottling(error)) {
        const seconds = error.retryAfterSeconds ?? 60;
        setResendAllowedAt(Date.now() + seconds * 1000);
        setWait((previous) => ({ seconds, attempt: (previous?.attempt ?? 0) + 1 }));
      }
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    const isValid = form.checkFields({
      code:
        digits === ''
          ? t('applicantFile.import.code.required')
          : /^\d{6}$/.test(digits)
            ? undefined
            : t('applicantFile.import.code.format'),
    });
    if (isValid) verify.mutate(digits);
  }

  function handleResend() {
    const seconds = secondsUntil(resendAllowedAt);
    if (seconds > 0) {
      // Still inside the wait the server asked for: say so again rather than ask in vain.
      setWait((previous) => ({ seconds, attempt: (previous?.attempt ?? 0) + 1 }));
      return;
    }
    setWait(null);
    resend.mutate(sent.uniqueNumber);
  }

  return (
    <>
      {isFresh && !resend.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.import.code.sent', { maskedEmail })}</p>
        </Alert>
      )}
      {!isFresh && !resend.isSuccess && (
        <Alert tone="info">
          <p>{t('applicantFile.import.code.pending', { maskedEmail })}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form card" noValidate onSubmit={handleSubmit}>
        <p>
          {t('applicantFile.import.code.forNumber', {
            uniqueNumber: formatUniqueNumber(sent.uniqueNumber),
          })}
        </p>
        <p>{t('applicantFile.import.code.validity')}</p>
        <TextField
          id={form.fieldId('code')}
          name="code"
          label={t('applicantFile.import.code.label')}
          hint={t('applicantFile.import.code.hint')}
          isRequired
          inputMode="numeric"
          autoComplete="one-time-code"
          className="field--short"
          value={code}
          error={form.fieldErrors.code}
          onChange={(event) => setCode(event.target.value)}
        />
        <Button type="submit" isBusy={verify.isPending}>
          {t('applicantFile.import.code.submit')}
        </Button>
      </form>
      <section className="section" aria-labelledby="import-resend">
        <h2 id="import-resend">{t('applicantFile.import.code.resendTitle')}</h2>
        <p>{t('applicantFile.import.code.resendText')}</p>
        {resend.isSuccess && (
          <Alert tone="success" isLive>
            <p>{t('applicantFile.import.code.resent', { maskedEmail })}</p>
          </Alert>
        )}
        {wait && (
          <Alert key={wait.attempt} tone="warning" isLive>
            <p>{t('applicantFile.import.code.wait', { count: wait.seconds })}</p>
          </Alert>
        )}
        {resend.isError && !isThrottling(resend.error) && (
          <Alert tone="error" isLive>
            <p>{describeError(resend.error, t)}</p>
          </Alert>
        )}
        <div className="actions">
          <Button variant="secondary" isBusy={resend.isPending} onClick={handleResend}>
            {t('applicantFile.import.code.resend')}
          </Button>
          <Button variant="tertiary" onClick={onChangeNumber}>
            {t('applicantFile.import.code.changeNumber')}
          </Button>
        </div>
      </section>
    </>
  );
}
