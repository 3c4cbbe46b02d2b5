import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isValidSiret } from '../../../domain/identifiers/siret';
import {
  COMPANY_SECTORS,
  SIZE_BANDS,
  updateCompany,
  type Company,
  type CompanySector,
  type SizeBand,
} from '../../api/companies';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, Checkbox, ErrorSummary, SelectField, TextField } from '../../ui';
import { eligibilityProblem } from './eligibility';
import { SiretListFields, siretProblems } from './SiretListFields';

/** Changes a company's name, SIRETs, size, sector and temp-agency flag (not its SIREN nor code). */
export function CompanyEditForm({
  company,
  onSaved,
}: {
  company: Company;
  onSaved: (company: Company) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(company.name);
  const [sirets, setSirets] = useState<string[]>(company.sirets.length > 0 ? company.sirets : ['']);
  const [sizeBand, setSizeBand] = useState<SizeBand | ''>(company.sizeBand ?? '');
  const [sector, setSector] = useState<CompanySector | ''>(company.sector ?? '');
  const [isTempAgency, setIsTempAgency] = useState(company.isTempAgency);
  const fieldOrder = useMemo(
    () => ['name', ...sirets.map((_, i) => `sirets.${i}`), 'sizeBand', 'sector', 'isTempAgency'],
    [sirets],
  );
  const form = useFormFeedback('company-edit', fieldOrder);
  const mutation = useMutation({
    mutationFn: () =>
      updateCompany(company.id, {
        name: name.trim(),
        sirets: sirets.map((siret) => siret.replace(/\s/g, '')),
        ...(sizeBand ? { sizeBand } : {}),
        ...(sector ? { sector } : {}),
        isTempAgency,
      }),
    onSuccess: (result) => onSaved(result.company),
    onError: (error) => form.showApiError(error),
  });
  const eligibility = sector && sizeBand ? eligibilityProblem(sector, sizeBand, t) : null;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      name: name.trim() === '' ? t('support.companies.errors.name') : undefined,
      ...siretProblems(sirets, company.siren, isValidSiret, {
        required: t('support.companies.errors.siret'),
        invalid: t('support.companies.errors.siretInvalid'),
        otherSiren: t('support.companies.errors.siretOtherSiren'),
      }),
      sizeBand: eligibility?.field === 'sizeBand' ? eligibility.text : undefined,
      sector: eligibility?.field === 'sector' ? eligibility.text : undefined,
    });
    if (isValid) mutation.mutate();
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('name')}
          name="name"
          label={t('support.companies.fields.name')}
          isRequired
          autoComplete="off"
          value={name}
          error={form.fieldErrors.name}
          onChange={(event) => setName(event.target.value)}
        />
        <SiretListFields
          fieldId={form.fieldId}
          sirets={sirets}
          errors={form.fieldErrors}
          onChange={setSirets}
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
          value={sizeBand}
          error={form.fieldErrors.sizeBand}
          onChange={(event) => {
            const value = event.target.value;
            setSizeBand(SIZE_BANDS.find((band) => band === value) ?? '');
          }}
        />
        <SelectField
          id={form.fieldId('sector')}
          name="sector"
          label={t('support.companies.fields.sector')}
          placeholder={t('support.companies.fields.choose')}
          options={COMPANY_SECTORS.map((value) => ({
            value,
            label: t(`support.companies.sectors.${value}`),
          }))}
          value={sector}
          error={form.fieldErrors.sector}
          onChange={(event) => {
            const value = event.target.value;
            setSector(COMPANY_SECTORS.find((item) => item === value) ?? '');
          }}
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
          checked={isTempAgency}
          onChange={(event) => setIsTempAgency(event.target.checked)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.companies.save')}
        </Button>
      </form>
    </>
  );
}
