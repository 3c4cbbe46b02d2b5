import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestImportCode } from '../../../api/file';
import type { ImportCodeSent } from '../../../api/file-types';
import { useFormFeedback, type CodeToField } from '../../../forms/useFormFeedback';
import { Button, ErrorSummary, TextField } from '../../../ui';
import { NO_NUMBER_PATH } from '../paths';

const FIELDS = ['uniqueNumber'] as const;
const CODE_TO_FIELD: CodeToField = {
  'applicantFile.import.invalid_number': 'uniqueNumber',
  'applicantFile.import.application_not_found': 'uniqueNumber',
};

/** "Numéro unique": the number of the application; the registration site then e-mails a code. */
export function UniqueNumberForm({ onSent }: { onSent: (sent: ImportCodeSent) => void }) {
  const { t } = useTranslation();
  const [uniqueNumber, setUniqueNumber] = useState('');
  const form = useFormFeedback('import-number', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: requestImportCode,
    onSuccess: onSent,
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      uniqueNumber:
        uniqueNumber.trim() === '' ? t('applicantFile.import.number.required') : undefined,
    });
    if (isValid) mutation.mutate(uniqueNumber.trim());
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form card" noValidate onSubmit={handleSubmit}>
        <p>{t('applicantFile.import.number.intro')}</p>
        <TextField
          id={form.fieldId('uniqueNumber')}
          name="uniqueNumber"
          label={t('applicantFile.import.number.label')}
          hint={t('applicantFile.import.number.hint')}
          isRequired
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={uniqueNumber}
          error={form.fieldErrors.uniqueNumber}
          onChange={(event) => setUniqueNumber(event.target.value)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('applicantFile.import.number.submit')}
        </Button>
      </form>
      <p>
        <Link to={NO_NUMBER_PATH}>{t('applicantFile.import.number.noNumber')}</Link>
      </p>
    </>
  );
}
