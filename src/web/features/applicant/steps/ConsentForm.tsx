import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveConsent } from '../../../api/file';
import type { ApplicantFile, ConsentLevel } from '../../../api/file-types';
import { useFormFeedback, type CodeToField } from '../../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, RadioGroup, VisuallyHidden } from '../../../ui';
import { useSetMyFile } from '../useMyFile';

const FIELDS = ['level'] as const;
const CODE_TO_FIELD: CodeToField = { 'consent.not_allowed': 'level' };

/** "Mes souhaits concernant mes données personnelles": what the employer may see (DOMAIN.md §6). */
export function ConsentForm({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const setMyFile = useSetMyFile();
  const [level, setLevel] = useState<ConsentLevel | null>(file.consent);
  const form = useFormFeedback('consent', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: saveConsent,
    onSuccess: (result) => {
      form.clear();
      setMyFile(result.file);
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !form.checkFields({
        level: level === null ? t('applicantFile.steps.company.consentRequired') : undefined,
      })
    ) {
      return;
    }
    if (level !== null) mutation.mutate(level);
  }

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.steps.company.consentSaved')}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <RadioGroup<ConsentLevel>
          id={form.fieldId('level')}
          name="consent"
          legend={t('applicantFile.steps.company.consentLegend')}
          hint={
            file.consentChoices.length < 3
              ? t('applicantFile.steps.company.consentRestricted')
              : undefined
          }
          options={file.consentChoices.map((choice) => ({
            value: choice,
            label: t(`applicantFile.file.consent.${choice}.label`),
            hint: t(`applicantFile.file.consent.${choice}.text`),
          }))}
          value={level}
          error={form.fieldErrors.level}
          onChange={setLevel}
          isRequired
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('applicantFile.steps.company.consentSubmit')}
        </Button>
      </form>
      <section className="rgpd-notice" aria-labelledby="rgpd-notice-title">
        <h3 id="rgpd-notice-title">{t('applicantFile.steps.company.rgpdTitle')}</h3>
        <p>{t('applicantFile.steps.company.rgpdText')}</p>
        <p>
          <Link to="/donnees-personnelles">
            {t('applicantFile.steps.company.rgpdLink')}
            <VisuallyHidden>{` ${t('applicantFile.steps.company.rgpdLinkSuffix')}`}</VisuallyHidden>
          </Link>
        </p>
      </section>
    </>
  );
}
