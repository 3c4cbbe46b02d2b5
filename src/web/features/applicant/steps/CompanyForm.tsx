import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCompanyStep } from '../../../api/file';
import type { ApplicantFile, CompanyStepRequest, FilePerson } from '../../../api/file-types';
import { withFieldMessages } from '../../../forms/fieldMessages';
import { useFormFeedback, type CodeToField } from '../../../forms/useFormFeedback';
import {
  Alert,
  Button,
  ErrorSummary,
  NewTabLink,
  RadioGroup,
  TextField,
  type RadioOption,
} from '../../../ui';
import { FieldError } from '../../../ui/FieldError';
import { formatSiret, personName } from '../../file/labels';
import { CodesExplainer } from '../../codes/CodesExplainer';
import { useSetMyFile } from '../useMyFile';

const FIELDS = [
  'attachTo',
  'employerSiret',
  'employerName',
  'companyCode',
  'staffNumber',
  'hiredAt',
  'permanentTempContract',
] as const;
const CODE_TO_FIELD: CodeToField = { 'company.siret_missing': 'employerSiret' };

type YesNo = 'yes' | 'no';

interface CompanyValues {
  attachTo: FilePerson;
  employerName: string;
  companyCode: string;
  staffNumber: string;
  hiredAt: string;
  permanentTempContract: YesNo | null;
}

function personOf(file: ApplicantFile, who: FilePerson) {
  return who === 'applicant' ? file.application.applicant : file.application.coApplicant;
}

function initialValues(file: ApplicantFile): CompanyValues {
  const { company } = file;
  const attachTo =
    company.attachTo === 'co_applicant' && file.application.coApplicant
      ? 'co_applicant'
      : 'applicant';
  const professional = personOf(file, attachTo)?.professional;
  return {
    attachTo,
    employerName: company.employerName ?? professional?.employerName ?? '',
    companyCode: company.companyCode ?? '',
    staffNumber: company.staffNumber ?? '',
    hiredAt: company.hiredAt ?? professional?.hiredAt ?? '',
    permanentTempContract:
      company.permanentTempContract === null ? null : company.permanentTempContract ? 'yes' : 'no',
  };
}

/** "Mon entreprise": whose employer, the employer's name, company code and the policy's fields. */
export function CompanyForm({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const setMyFile = useSetMyFile();
  const [values, setValues] = useState<CompanyValues>(() => initialValues(file));
  const form = useFormFeedback('company', FIELDS, CODE_TO_FIELD);
  // The server says "Ce champ est obligatoire."; the summary names the field instead.
  const requiredMessages: Partial<Record<string, string>> = {
    employerName: t('applicantFile.steps.company.errors.employerName'),
    staffNumber: t('applicantFile.steps.company.errors.staffNumber'),
    hiredAt: t('applicantFile.steps.company.errors.hiredAt'),
    permanentTempContract: t('applicantFile.steps.company.errors.permanentTemp'),
  };
  const mutation = useMutation({
    mutationFn: saveCompanyStep,
    onSuccess: (result) => {
      form.clear();
      setMyFile(result.file);
    },
    onError: (error) =>
      form.showApiError(
        withFieldMessages(error, (field) =>
          field.code === 'field.required' ? requiredMessages[field.path] : undefined,
        ),
      ),
  });
  const linked = file.company.linkedCompany;
  const hasCode = values.companyCode.trim() !== '';
  const policy = linked && hasCode ? linked : null;
  const showTempQuestion =
    Boolean(policy?.isTempAgency) || form.fieldErrors.permanentTempContract !== undefined;
  const person = personOf(file, values.attachTo);
  const siret = person?.professional.employerSiret ?? null;

  const update = <K extends keyof CompanyValues>(name: K, value: CompanyValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function handleAttachTo(attachTo: FilePerson) {
    setValues((previous) => {
      const before = personOf(file, previous.attachTo)?.professional;
      const after = personOf(file, attachTo)?.professional;
      // A name prefilled from the other person's employer follows the choice.
      const wasPrefilled =
        previous.employerName.trim() === '' || previous.employerName === before?.employerName;
      return {
        ...previous,
        attachTo,
        employerName: wasPrefilled ? (after?.employerName ?? '') : previous.employerName,
      };
    });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      employerName:
        values.employerName.trim() === ''
          ? t('applicantFile.steps.company.errors.employerName')
          : undefined,
      staffNumber:
        policy?.requiresStaffNumber && values.staffNumber.trim() === ''
          ? t('applicantFile.steps.company.errors.staffNumber')
          : undefined,
      hiredAt:
        policy?.requiresHiringDate && values.hiredAt === ''
          ? t('applicantFile.steps.company.errors.hiredAt')
          : undefined,
      permanentTempContract:
        policy?.isTempAgency && values.permanentTempContract === null
          ? t('applicantFile.steps.company.errors.permanentTemp')
          : undefined,
    });
    if (!isValid) return;
    const body: CompanyStepRequest = {
      attachTo: values.attachTo,
      employerName: values.employerName.trim(),
      ...(hasCode ? { companyCode: values.companyCode.trim() } : {}),
      ...(values.staffNumber.trim() ? { staffNumber: values.staffNumber.trim() } : {}),
      ...(values.hiredAt ? { hiredAt: values.hiredAt } : {}),
      ...(showTempQuestion && values.permanentTempContract !== null
        ? { permanentTempContract: values.permanentTempContract === 'yes' }
        : {}),
    };
    mutation.mutate(body);
  }

  const attachOptions: RadioOption<FilePerson>[] = [
    {
      value: 'applicant',
      label: t('applicantFile.steps.company.attachApplicant', {
        name: personName(file.application.applicant),
      }),
    },
    ...(file.application.coApplicant
      ? [
          {
            value: 'co_applicant' as const,
            label: t('applicantFile.steps.company.attachCoApplicant', {
              name: personName(file.application.coApplicant),
            }),
          },
        ]
      : []),
  ];
  const siretError = form.fieldErrors.employerSiret;

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.steps.company.saved')}</p>
          {mutation.data.file.company.linkedCompany && (
            <p>
              {t('applicantFile.steps.company.linkedTo', {
                name: mutation.data.file.company.linkedCompany.name,
              })}
            </p>
          )}
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        {attachOptions.length > 1 && (
          <RadioGroup<FilePerson>
            id={form.fieldId('attachTo')}
            name="attachTo"
            legend={t('applicantFile.steps.company.attachTo')}
            options={attachOptions}
            value={values.attachTo}
            error={form.fieldErrors.attachTo}
            onChange={handleAttachTo}
            isRequired
          />
        )}
        <div
          id={form.fieldId('employerSiret')}
          className={siretError ? 'field field--error' : 'field'}
          tabIndex={-1}
        >
          <p className="field__label">{t('applicantFile.steps.company.siret')}</p>
          {siretError && (
            <FieldError id={`${form.fieldId('employerSiret')}-error`} message={siretError} />
          )}
          {siret ? (
            <>
              <p className="field__value">{formatSiret(siret)}</p>
              <p className="field__hint">{t('applicantFile.steps.company.siretHint')}</p>
            </>
          ) : (
            <Alert tone="warning">
              <p>{t('applicantFile.steps.company.siretMissing')}</p>
              <p>
                <NewTabLink href={file.registrationLinks.edit}>
                  {t('applicantFile.steps.information.edit')}
                </NewTabLink>
              </p>
            </Alert>
          )}
        </div>
        <TextField
          id={form.fieldId('employerName')}
          name="employerName"
          label={t('applicantFile.steps.company.employerName')}
          isRequired
          autoComplete="organization"
          value={values.employerName}
          error={form.fieldErrors.employerName}
          onChange={(event) => update('employerName', event.target.value)}
        />
        <TextField
          id={form.fieldId('companyCode')}
          name="companyCode"
          label={t('applicantFile.steps.company.companyCode')}
          hint={
            <>
              {t('applicantFile.steps.company.companyCodeHint')}
              {linked &&
                !hasCode &&
                ` ${t('applicantFile.steps.company.keepCode', { name: linked.name })}`}
            </>
          }
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="field--medium"
          value={values.companyCode}
          error={form.fieldErrors.companyCode}
          onChange={(event) => update('companyCode', event.target.value)}
        />
        {linked && hasCode && (
          <p className="field-note">
            {t('applicantFile.steps.company.linkedTo', { name: linked.name })}
          </p>
        )}
        <CodesExplainer headingLevel={3} personalCode={file.personalCode} />
        <TextField
          id={form.fieldId('staffNumber')}
          name="staffNumber"
          label={t('applicantFile.steps.company.staffNumber')}
          hint={
            policy?.requiresStaffNumber
              ? t('applicantFile.steps.company.requiredByCompany')
              : t('applicantFile.steps.company.requiredForSome')
          }
          isRequired={Boolean(policy?.requiresStaffNumber)}
          autoComplete="off"
          className="field--medium"
          value={values.staffNumber}
          error={form.fieldErrors.staffNumber}
          onChange={(event) => update('staffNumber', event.target.value)}
        />
        <TextField
          id={form.fieldId('hiredAt')}
          name="hiredAt"
          type="date"
          label={t('applicantFile.steps.company.hiredAt')}
          hint={
            policy?.requiresHiringDate
              ? t('applicantFile.steps.company.requiredByCompany')
              : t('applicantFile.steps.company.requiredForSome')
          }
          isRequired={Boolean(policy?.requiresHiringDate)}
          className="field--medium"
          value={values.hiredAt}
          error={form.fieldErrors.hiredAt}
          onChange={(event) => update('hiredAt', event.target.value)}
        />
        {showTempQuestion && (
          <RadioGroup<YesNo>
            id={form.fieldId('permanentTempContract')}
            name="permanentTempContract"
            legend={t('applicantFile.steps.company.permanentTemp')}
            hint={t('applicantFile.steps.company.permanentTempHint')}
            options={[
              { value: 'yes', label: t('common.yes') },
              { value: 'no', label: t('common.no') },
            ]}
            value={values.permanentTempContract}
            error={form.fieldErrors.permanentTempContract}
            onChange={(value) => update('permanentTempContract', value)}
            isRequired
            isInline
          />
        )}
        <Button type="submit" isBusy={mutation.isPending}>
          {t('applicantFile.steps.company.submit')}
        </Button>
      </form>
    </>
  );
}
