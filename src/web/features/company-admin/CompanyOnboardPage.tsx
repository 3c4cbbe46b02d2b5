import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isValidSiren, isValidSiret } from '../../../domain/identifiers/siret';
import {
  COMPANY_SECTORS,
  onboardCompany,
  SIZE_BANDS,
  type CompanySector,
  type SizeBand,
} from '../../api/companies';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { Alert, Button, Checkbox, ErrorSummary, PageTitle, SelectField, TextField } from '../../ui';
import '../help-centre/support.css';
import { eligibilityProblem } from './eligibility';
import {
  EMPTY_HR_USER,
  HR_USER_FIELDS,
  HrUserFields,
  hrUserProblems,
  toHrUserInput,
  type HrUserDraft,
} from './HrUserFields';
import { companyPath, COMPANIES_PATH } from './paths';
import { SiretListFields, siretProblems } from './SiretListFields';

const CODE_TO_FIELD: CodeToField = { 'company.siren_taken': 'siren' };

interface CompanyValues {
  name: string;
  siren: string;
  sirets: string[];
  sizeBand: SizeBand | '';
  sector: CompanySector | '';
  isTempAgency: boolean;
  hrUsers: HrUserDraft[];
}

const EMPTY: CompanyValues = {
  name: '',
  siren: '',
  sirets: [''],
  sizeBand: '',
  sector: '',
  isTempAgency: false,
  hrUsers: [EMPTY_HR_USER],
};

/** What the company detail page shows right after onboarding. */
export interface OnboardedState {
  onboarded: {
    invitations: { email: string; status: 'invited' | 'failed'; error: string | null }[];
  };
}

function isSector(value: string): value is CompanySector {
  return (COMPANY_SECTORS as readonly string[]).includes(value);
}

function isSizeBand(value: string): value is SizeBand {
  return (SIZE_BANDS as readonly string[]).includes(value);
}

/** Back office: onboards a company (identifiers checked, eligibility, HR users invited). */
export function CompanyOnboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<CompanyValues>(EMPTY);
  const fieldOrder = useMemo(
    () => [
      'name',
      'siren',
      ...values.sirets.map((_, i) => `sirets.${i}`),
      'sizeBand',
      'sector',
      'isTempAgency',
      ...values.hrUsers.flatMap((_, i) => HR_USER_FIELDS.map((f) => `hrUsers.${i}.${f}`)),
    ],
    [values.sirets, values.hrUsers],
  );
  const form = useFormFeedback('company', fieldOrder, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: onboardCompany,
    onSuccess: (result) => {
      const state: OnboardedState = { onboarded: { invitations: result.invitations } };
      void navigate(companyPath(result.company.id), { state });
    },
    onError: (error) => form.showApiError(error),
  });

  const update = <K extends keyof CompanyValues>(name: K, value: CompanyValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const eligibility =
    values.sector && values.sizeBand ? eligibilityProblem(values.sector, values.sizeBand, t) : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const siren = values.siren.replace(/\s/g, '');
    const isValid = form.checkFields({
      name: values.name.trim() === '' ? t('support.companies.errors.name') : undefined,
      siren:
        siren === ''
          ? t('support.companies.errors.siren')
          : isValidSiren(siren)
            ? undefined
            : t('support.companies.errors.sirenInvalid'),
      ...siretProblems(values.sirets, siren, isValidSiret, {
        required: t('support.companies.errors.siret'),
        invalid: t('support.companies.errors.siretInvalid'),
        otherSiren: t('support.companies.errors.siretOtherSiren'),
      }),
      sizeBand:
        values.sizeBand === ''
          ? t('support.companies.errors.sizeBand')
          : eligibility?.field === 'sizeBand'
            ? eligibility.text
            : undefined,
      sector:
        values.sector === ''
          ? t('support.companies.errors.sector')
          : eligibility?.field === 'sector'
            ? eligibility.text
            : undefined,
      ...Object.assign({}, ...values.hrUsers.map((hr, i) => hrUserProblems(`hrUsers.${i}`, hr, t))),
    });
    if (!isValid || values.sizeBand === '' || values.sector === '') return;
    mutation.mutate({
      name: values.name.trim(),
      siren,
      sirets: values.sirets.map((siret) => siret.replace(/\s/g, '')),
      sizeBand: values.sizeBand,
      sector: values.sector,
      isTempAgency: values.isTempAgency,
      hrUsers: values.hrUsers.map(toHrUserInput),
    });
  }

  return (
    <>
      <PageTitle title={t('support.companies.onboardTitle')} />
      <p className="lead">{t('support.companies.onboardIntro')}</p>
      <p>
        <Link to={COMPANIES_PATH}>{t('support.companies.back')}</Link>
      </p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        <TextField
          id={form.fieldId('name')}
          name="name"
          label={t('support.companies.fields.name')}
          isRequired
          autoComplete="off"
          value={values.name}
          error={form.fieldErrors.name}
          onChange={(event) => update('name', event.target.value)}
        />
        <TextField
          id={form.fieldId('siren')}
          name="siren"
          label={t('support.companies.fields.siren')}
          hint={t('support.companies.fields.sirenHint')}
          inputMode="numeric"
          autoComplete="off"
          isRequired
          className="field--medium"
          value={values.siren}
          error={form.fieldErrors.siren}
          onChange={(event) => update('siren', event.target.value)}
        />
        <SiretListFields
          fieldId={form.fieldId}
          sirets={values.sirets}
          errors={form.fieldErrors}
          onChange={(sirets) => update('sirets', sirets)}
        />
        <SelectField
          id={form.fieldId('sizeBand')}
          name="sizeBand"
          label={t('support.companies.fields.sizeBand')}
          placeholder={t('support.companies.fields.choose')}
          options={SIZE_BANDS.map((band) => ({
            value: band,
            label: t(`support.companies.sizeBands.${band}`),
          }))}
          isRequired
          value={values.sizeBand}
          error={form.fieldErrors.sizeBand}
          onChange={(event) =>
            update('sizeBand', isSizeBand(event.target.value) ? event.target.value : '')
          }
        />
        <SelectField
          id={form.fieldId('sector')}
          name="sector"
          label={t('support.companies.fields.sector')}
          hint={t('support.companies.fields.sectorHint')}
          placeholder={t('support.companies.fields.choose')}
          options={COMPANY_SECTORS.map((sector) => ({
            value: sector,
            label: t(`support.companies.sectors.${sector}`),
          }))}
          isRequired
          value={values.sector}
          error={form.fieldErrors.sector}
          onChange={(event) =>
            update('sector', isSector(event.target.value) ? event.target.value : '')
          }
        />
        {eligibility && (
          <Alert tone="warning" title={t('support.companies.eligibility.title')}>
            <p>{eligibility.text}</p>
          </Alert>
        )}
        <Checkbox
          id={form.fieldId('isTempAgency')}
          name="isTempAgency"
          label={t('support.companies.fields.isTempAgency')}
          hint={t('support.companies.fields.isTempAgencyHint')}
          checked={values.isTempAgency}
          onChange={(event) => update('isTempAgency', event.target.checked)}
        />
        <h2>{t('support.companies.hr.title')}</h2>
        <p>{t('support.companies.hr.intro')}</p>
        {values.hrUsers.map((hr, index) => (
          <HrUserFields
            key={index}
            name={`hrUsers.${index}`}
            fieldId={form.fieldId}
            legend={t('support.companies.hr.legend', { number: index + 1 })}
            value={hr}
            errors={form.fieldErrors}
            onChange={(next) =>
              update(
                'hrUsers',
                values.hrUsers.map((item, i) => (i === index ? next : item)),
              )
            }
            onRemove={() =>
              update(
                'hrUsers',
                values.hrUsers.filter((_, i) => i !== index),
              )
            }
          />
        ))}
        <div className="actions">
          <Button
            variant="secondary"
            onClick={() => update('hrUsers', [...values.hrUsers, EMPTY_HR_USER])}
          >
            {t('support.companies.hr.add')}
          </Button>
        </div>
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.companies.submit')}
        </Button>
      </form>
    </>
  );
}
