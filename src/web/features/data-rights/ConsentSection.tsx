import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { changeConsent } from '../../api/data-rights';
import { fetchMyFile } from '../../api/file';
import type { ApplicantFile, ConsentLevel, MyFileResponse } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, ErrorSummary, RadioGroup } from '../../ui';

const MY_FILE_KEY = ['file', 'mine'] as const;
const COMPANY_STEP_PATH = '/espace/dossier/entreprise';

function ConsentForm({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [level, setLevel] = useState<ConsentLevel | null>(file.consent);
  const form = useFormFeedback('my-consent', ['level']);
  const mutation = useMutation({
    mutationFn: changeConsent,
    onSuccess: (result) => {
      form.clear();
      queryClient.setQueryData<MyFileResponse>(MY_FILE_KEY, {
        file: result.file,
        pendingImport: null,
      });
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      level: level === null ? t('support.myData.consent.errors.level') : undefined,
    });
    if (isValid && level !== null) mutation.mutate(level);
  }

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('support.myData.consent.saved')}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <RadioGroup<ConsentLevel>
          id={form.fieldId('level')}
          name="level"
          legend={t('support.myData.consent.legend')}
          options={file.consentChoices.map((choice) => ({
            value: choice,
            label: t(`support.consent.${choice}`),
            hint: t(`support.consent.${choice}Hint`),
          }))}
          value={level}
          error={form.fieldErrors.level}
          onChange={setLevel}
          isRequired
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.myData.consent.submit')}
        </Button>
      </form>
    </>
  );
}

/** "Partage avec mon entreprise": the consent given, changed or withdrawn at once. */
export function ConsentSection() {
  const { t } = useTranslation();
  const myFile = useQuery({ queryKey: MY_FILE_KEY, queryFn: fetchMyFile });
  const file = myFile.data?.file ?? null;
  return (
    <section className="section" aria-labelledby="data-consent">
      <h2 id="data-consent">{t('support.myData.consent.title')}</h2>
      <p>{t('support.myData.consent.intro')}</p>
      {myFile.isPending && <LoadingStatus />}
      {myFile.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(myFile.error, t)}</p>
        </Alert>
      )}
      {myFile.data && !file && <p>{t('support.myData.consent.noFile')}</p>}
      {file && (
        <>
          <p>
            {file.consent
              ? t('support.myData.consent.current', {
                  level: t(`support.consent.${file.consent}`),
                  company: file.company.linkedCompany?.name ?? file.company.employerName ?? '—',
                })
              : t('support.myData.consent.none')}
          </p>
          {file.progress.companyStepDone ? (
            <ConsentForm file={file} />
          ) : (
            <p>
              <Link to={COMPANY_STEP_PATH}>{t('support.myData.consent.companyStepFirst')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
