import { useMutation } from '@tanstack/react-query';
import { useCallback, useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { decideEmployeeFile } from '../../api/employer';
import { hasErrorCode, type ApiError } from '../../api/errors';
import type {
  CompanyDecisionRequest,
  EmployeeCriterion,
  EmployeeCriterionResult,
  EmployeeFile,
} from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, Dialog, ErrorSummary, TextAreaField } from '../../ui';

const FIELDS = ['reason'] as const;

/** The server's answer to a validation that misses a criterion of the housing policy. */
const CRITERIA_NOT_MET = 'employer.criteria_not_met';

/** A criterion the file misses: not met, or unknown because the file lacks the information. */
interface UnmetCriterion {
  criterion: EmployeeCriterion;
  status: Exclude<EmployeeCriterionResult['status'], 'met'>;
}

/** The policy's criteria, in the order they are listed. */
const CRITERIA: readonly EmployeeCriterion[] = ['min_seniority', 'contract_type', 'workplace'];

/**
 * The criteria the server named (fields `criteria.<criterion>`), with their state on the file:
 * unknown when the file lacks the information, otherwise not met.
 */
function unmetCriteria(error: ApiError, file: EmployeeFile): UnmetCriterion[] {
  const named = new Set(error.fields.map((field) => field.path.replace(/^criteria\./, '')));
  return CRITERIA.filter((criterion) => named.has(criterion)).map((criterion) => ({
    criterion,
    status:
      file.criteria.find((result) => result.criterion === criterion)?.status === 'unknown'
        ? 'unknown'
        : 'not_met',
  }));
}

/**
 * "Ce dossier ne remplit pas tous les critères": the unmet criteria, then the choice to validate
 * anyway (an exception the server records) or to go back and refuse with a reason.
 */
function UnmetCriteriaConfirmation({
  unmet,
  isBusy,
  onConfirm,
  onCancel,
}: {
  unmet: UnmetCriterion[];
  isBusy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" shouldFocus>
      <h3 className="alert__title">{t('applicantFile.employerFiles.criteria.title')}</h3>
      {unmet.length > 0 && (
        <>
          <p>{t('applicantFile.employerFiles.criteria.intro')}</p>
          <ul className="bullets">
            {unmet.map(({ criterion, status }) => (
              <li key={criterion}>
                {t('applicantFile.employerFiles.criteria.item', {
                  criterion: t(`applicantFile.employerFiles.criteria.names.${criterion}`),
                  status: t(`applicantFile.employerFiles.criteria.status.${status}`),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('applicantFile.employerFiles.criteria.choice')}</p>
      <div className="actions">
        <Button isBusy={isBusy} onClick={onConfirm}>
          {t('applicantFile.employerFiles.criteria.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Alert>
  );
}

/** The company's decision on a file waiting for it: validate, or refuse with a reason. */
export function CompanyDecision({
  file,
  onDecided,
}: {
  file: EmployeeFile;
  onDecided: (file: EmployeeFile, decision: CompanyDecisionRequest['decision']) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  // Set when the server answered that criteria are not met: HR confirms the exception or not.
  const [unmet, setUnmet] = useState<UnmetCriterion[] | null>(null);
  const form = useFormFeedback('company-refusal', FIELDS);
  const close = useCallback(() => setIsOpen(false), []);
  const validate = useMutation({
    mutationFn: (acknowledgeUnmetCriteria: boolean) =>
      decideEmployeeFile(
        file.id,
        acknowledgeUnmetCriteria
          ? { decision: 'validate', acknowledgeUnmetCriteria: true }
          : { decision: 'validate' },
      ),
    onSuccess: (result) => onDecided(result.file, 'validate'),
    onError: (error) => {
      if (hasErrorCode(error, CRITERIA_NOT_MET)) setUnmet(unmetCriteria(error, file));
    },
  });
  const validateError =
    validate.isError && !hasErrorCode(validate.error, CRITERIA_NOT_MET) ? validate.error : null;
  const validateButtonId = useId();
  const refuse = useMutation({
    mutationFn: (text: string) => decideEmployeeFile(file.id, { decision: 'refuse', reason: text }),
    onSuccess: (result) => {
      setIsOpen(false);
      onDecided(result.file, 'refuse');
    },
    onError: (error) => form.showApiError(error),
  });

  function handleCancelException() {
    // The confirmation had the focus: give it back to the validation button it replaced.
    flushSync(() => setUnmet(null));
    document.getElementById(validateButtonId)?.focus();
  }

  function handleRefuse(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    const isValid = form.checkFields({
      reason:
        text === ''
          ? t('applicantFile.employerFiles.reasonRequired')
          : text.length < 3
            ? t('applicantFile.employerFiles.reasonTooShort')
            : undefined,
    });
    if (isValid) refuse.mutate(text);
  }

  return (
    <section className="section card" aria-labelledby="company-decision">
      <h2 id="company-decision">{t('applicantFile.employerFiles.decisionTitle')}</h2>
      <p>{t('applicantFile.employerFiles.decisionText')}</p>
      {validateError && (
        <Alert tone="error" isLive>
          <p>{describeError(validateError, t)}</p>
        </Alert>
      )}
      {unmet && (
        <UnmetCriteriaConfirmation
          unmet={unmet}
          isBusy={validate.isPending}
          onConfirm={() => validate.mutate(true)}
          onCancel={handleCancelException}
        />
      )}
      <div className="actions">
        {!unmet && (
          <Button
            id={validateButtonId}
            isBusy={validate.isPending}
            onClick={() => validate.mutate(false)}
          >
            {t('applicantFile.employerFiles.validate')}
          </Button>
        )}
        <Button variant="secondary" onClick={() => setIsOpen(true)}>
          {t('applicantFile.employerFiles.refuse')}
        </Button>
      </div>
      <Dialog isOpen={isOpen} title={t('applicantFile.employerFiles.refuseTitle')} onClose={close}>
        <ErrorSummary feedback={form.feedback} />
        <form noValidate onSubmit={handleRefuse}>
          <TextAreaField
            id={form.fieldId('reason')}
            name="reason"
            label={t('applicantFile.employerFiles.reason')}
            hint={t('applicantFile.employerFiles.reasonHint')}
            isRequired
            maxLength={1000}
            value={reason}
            error={form.fieldErrors.reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="actions">
            <Button type="submit" isBusy={refuse.isPending}>
              {t('applicantFile.employerFiles.confirmRefuse')}
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
