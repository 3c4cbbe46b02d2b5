import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmDocuments, submitFile } from '../../../api/file';
import type { ApplicantFile } from '../../../api/file-types';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { Alert, Button, ButtonLink, ErrorSummary, NewTabLink, PageTitle } from '../../../ui';
import { documentLabel } from '../../file/labels';
import { useFormat } from '../../file/useFormat';
import { FileStepsNav, StepPager } from '../FileStepsNav';
import { MyFileGate } from '../MyFileGate';
import { SITUATION_PATH, STEP_PATH } from '../paths';
import { MY_FILE_QUERY_KEY, useSetMyFile } from '../useMyFile';
import { DocumentChecklist } from './DocumentChecklist';

/** States from which "Valider mes données" may send the file. */
const SUBMITTABLE_STATES: readonly ApplicantFile['status'][] = ['incomplete', 'refused'];

/** Saves the confirmations, then submits the file. */
async function confirmAndSubmit(keys: string[]): Promise<ApplicantFile> {
  await confirmDocuments(keys);
  return (await submitFile()).file;
}

/** The state reached after "Valider mes données", focused so that it is read first. */
function SubmittedPanel({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const title =
    file.status === 'awaiting_company'
      ? t('applicantFile.steps.documents.sentCompany')
      : t('applicantFile.steps.documents.sentOperator');
  return (
    <Alert tone="success" title={title} isLive shouldFocus>
      <p>{t('applicantFile.steps.documents.sentText')}</p>
      <ButtonLink to={SITUATION_PATH} variant="secondary">
        {t('applicantFile.steps.documents.backHome')}
      </ButtonLink>
    </Alert>
  );
}

function DocumentsStep({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const setMyFile = useSetMyFile();
  const queryClient = useQueryClient();
  const allDocuments = file.documents.flatMap((group) => group.documents);
  const keys = allDocuments.map((document) => document.key);
  const [checked, setChecked] = useState<ReadonlySet<string>>(
    () => new Set(allDocuments.filter((d) => d.confirmed).map((d) => d.key)),
  );
  const [submitted, setSubmitted] = useState<ApplicantFile | null>(null);
  const form = useFormFeedback('documents', keys);
  const mutation = useMutation({
    mutationFn: confirmAndSubmit,
    onSuccess: (result) => {
      form.clear();
      setSubmitted(result);
      setMyFile(result);
    },
    onError: (error) => {
      form.showApiError(error);
      // The confirmations may have been saved before the submission failed.
      void queryClient.invalidateQueries({ queryKey: MY_FILE_QUERY_KEY });
    },
  });
  const canSubmit = SUBMITTABLE_STATES.includes(file.status);
  const companyDone = file.progress.companyStepDone && file.progress.consentChosen;

  function handleToggle(key: string, isChecked: boolean) {
    setChecked((previous) => {
      const next = new Set(previous);
      if (isChecked) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = Object.fromEntries(
      allDocuments
        .filter((document) => !checked.has(document.key))
        .map((document) => [
          document.key,
          t('applicantFile.steps.documents.notConfirmed', {
            document: documentLabel(document, t, format),
          }),
        ]),
    );
    if (form.checkFields(errors)) mutation.mutate(keys.filter((key) => checked.has(key)));
  }

  return (
    <>
      <FileStepsNav current="documents" progress={file.progress} />
      {submitted && <SubmittedPanel file={submitted} />}
      <p className="lead">{t('applicantFile.steps.documents.intro1')}</p>
      <p>{t('applicantFile.steps.documents.intro2')}</p>
      <p>{t('applicantFile.steps.documents.intro3')}</p>
      <div className="actions">
        <NewTabLink href={file.registrationLinks.documents} buttonVariant="secondary">
          {t('applicantFile.steps.documents.upload')}
        </NewTabLink>
      </div>
      <Alert tone="warning">
        <p>{t('applicantFile.steps.documents.warning')}</p>
      </Alert>
      {!submitted && !canSubmit && (
        <Alert tone="info">
          <p>
            {t(
              `applicantFile.steps.documents.state.${file.status === 'validated' ? 'validated' : 'inReview'}`,
            )}
          </p>
        </Alert>
      )}
      {!submitted && canSubmit && !companyDone && (
        <Alert tone="info">
          <p>{t('applicantFile.steps.documents.companyFirst')}</p>
          <ButtonLink to={STEP_PATH.company} variant="secondary">
            {t('applicantFile.steps.company.title')}
          </ButtonLink>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <DocumentChecklist
          file={file}
          checked={checked}
          onToggle={handleToggle}
          fieldId={form.fieldId}
          fieldErrors={form.fieldErrors}
          isReadOnly={!canSubmit || submitted !== null}
        />
        {canSubmit && !submitted && (
          <div className="actions">
            <Button type="submit" isBusy={mutation.isPending}>
              {t('applicantFile.steps.documents.submit')}
            </Button>
          </div>
        )}
      </form>
      <StepPager current="documents" />
    </>
  );
}

/** Step 3, "Les pièces justificatives de mon NUR-NUD": confirm each document, then submit. */
export function DocumentsStepPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('applicantFile.steps.documents.title')} />
      <MyFileGate>{(file) => <DocumentsStep file={file} />}</MyFileGate>
    </>
  );
}
