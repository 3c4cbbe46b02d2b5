import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  previewAccessCode,
  saveCompanyStepWithCode,
  type CompanyStepWithCode,
  type PolicyPreview,
} from '../../api/codes';
import type { ApplicantFile, FilePerson } from '../../api/file-types';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, RadioGroup, TextField, type RadioOption } from '../../ui';
import { Heading, type HeadingLevel } from './Heading';

const FIELDS = [
  'personalAccessCode',
  'attachTo',
  'staffNumber',
  'hiredAt',
  'permanentTempContract',
] as const;

/** Where the applicant chooses what the company may see (the company step's consent form). */
const CONSENT_STEP_PATH = '/espace/dossier/entreprise';

type YesNo = 'yes' | 'no';

function personOf(file: ApplicantFile, who: FilePerson) {
  return who === 'applicant' ? file.application.applicant : file.application.coApplicant;
}

/** Props of the personal access code entry. */
export interface PersonalCodeEntryProps {
  file: ApplicantFile;
  /** Level of the block's heading; null when the page's own title says it all. */
  headingLevel?: HeadingLevel | null;
  /** Called with the saved file once the code has attached it to its company. */
  onSaved?: (file: ApplicantFile) => void;
  /** In-page anchor of the sharing choice when it is on the same page (e.g. "#consent-title"). */
  nextHref?: string;
}

/**
 * "J'ai reçu un code d'accès personnel": the code HR e-mailed attaches the file to the company
 * without its SIRET or company code. The code is checked first (the company's name and what its
 * policy asks are shown), then the company step is saved with it; the code is then used up.
 */
export function PersonalCodeEntry({
  file,
  headingLevel = 2,
  onSaved,
  nextHref,
}: PersonalCodeEntryProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormFeedback('access-code', FIELDS);
  const [code, setCode] = useState('');
  const [preview, setPreview] = useState<PolicyPreview | null>(null);
  const [attachTo, setAttachTo] = useState<FilePerson>(
    file.company.attachTo === 'co_applicant' && file.application.coApplicant
      ? 'co_applicant'
      : 'applicant',
  );
  const [staffNumber, setStaffNumber] = useState(file.company.staffNumber ?? '');
  const [hiredAt, setHiredAt] = useState(file.company.hiredAt ?? '');
  const [permanentTemp, setPermanentTemp] = useState<YesNo | null>(null);

  const check = useMutation({
    mutationFn: previewAccessCode,
    onSuccess: (result) => {
      form.clear();
      setPreview(result);
    },
    onError: (error) => form.showApiError(error),
  });
  const save = useMutation({
    mutationFn: saveCompanyStepWithCode,
    onSuccess: (result) => {
      form.clear();
      void queryClient.invalidateQueries({ queryKey: ['file'] });
      onSaved?.(result.file);
    },
    onError: (error) => form.showApiError(error),
  });

  const policy = preview?.policy ?? null;
  const isTempAgency = preview?.company.isTempAgency ?? false;

  function handleCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      personalAccessCode: code.trim() === '' ? t('support.accessCodeEntry.errors.code') : undefined,
    });
    if (isValid) check.mutate(code.trim());
  }

  function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!preview || !policy) return;
    const isValid = form.checkFields({
      staffNumber:
        policy.requiresStaffNumber && staffNumber.trim() === ''
          ? t('support.accessCodeEntry.errors.staffNumber')
          : undefined,
      hiredAt:
        policy.requiresHiringDate && hiredAt === ''
          ? t('support.accessCodeEntry.errors.hiredAt')
          : undefined,
      permanentTempContract:
        isTempAgency && permanentTemp === null
          ? t('support.accessCodeEntry.errors.permanentTemp')
          : undefined,
    });
    if (!isValid) return;
    const professional = personOf(file, attachTo)?.professional;
    const body: CompanyStepWithCode = {
      attachTo,
      employerName: file.company.employerName || professional?.employerName || preview.company.name,
      personalAccessCode: code.trim(),
      ...(staffNumber.trim() ? { staffNumber: staffNumber.trim() } : {}),
      ...(hiredAt ? { hiredAt } : {}),
      ...(isTempAgency && permanentTemp !== null
        ? { permanentTempContract: permanentTemp === 'yes' }
        : {}),
    };
    save.mutate(body);
  }

  function changeCode() {
    form.clear();
    setPreview(null);
  }

  const attachOptions: RadioOption<FilePerson>[] = [
    { value: 'applicant', label: t('support.accessCodeEntry.attachApplicant') },
    ...(file.application.coApplicant
      ? [{ value: 'co_applicant' as const, label: t('support.accessCodeEntry.attachCoApplicant') }]
      : []),
  ];

  if (save.isSuccess) {
    const linked = save.data.file.company.linkedCompany;
    return (
      <Alert
        tone="success"
        title={t('support.accessCodeEntry.saved', { name: linked?.name ?? preview?.company.name })}
        shouldFocus
      >
        <p>{t('support.accessCodeEntry.usedUp')}</p>
        <p>
          {nextHref ? (
            <a href={nextHref}>{t('support.accessCodeEntry.next')}</a>
          ) : (
            <Link to={CONSENT_STEP_PATH}>{t('support.accessCodeEntry.next')}</Link>
          )}
        </p>
      </Alert>
    );
  }

  return (
    <div>
      {headingLevel !== null && (
        <Heading level={headingLevel}>{t('support.accessCodeEntry.title')}</Heading>
      )}
      <p>{t('support.accessCodeEntry.intro')}</p>
      <ErrorSummary feedback={form.feedback} />
      {!preview ? (
        <form className="form" noValidate onSubmit={handleCheck}>
          <TextField
            id={form.fieldId('personalAccessCode')}
            name="personalAccessCode"
            label={t('support.accessCodeEntry.code')}
            hint={t('support.accessCodeEntry.codeHint')}
            isRequired
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className="field--medium"
            value={code}
            error={form.fieldErrors.personalAccessCode}
            onChange={(event) => setCode(event.target.value)}
          />
          <Button type="submit" isBusy={check.isPending}>
            {t('support.accessCodeEntry.check')}
          </Button>
        </form>
      ) : (
        <form className="form" noValidate onSubmit={handleSave}>
          <Alert
            tone="info"
            title={t('support.accessCodeEntry.issuedBy', { name: preview.company.name })}
          >
            <p>
              {preview.policy.validationRequired
                ? t('support.accessCodeEntry.validationRequired')
                : t('support.accessCodeEntry.validationNotRequired')}
            </p>
            {preview.policy.employeeNote && <p>{preview.policy.employeeNote}</p>}
          </Alert>
          <p>
            {t('support.accessCodeEntry.codeTyped')}{' '}
            <span className="code-value">{code.trim()}</span>{' '}
            <button type="button" className="link-button" onClick={changeCode}>
              {t('support.accessCodeEntry.change')}
            </button>
          </p>
          {attachOptions.length > 1 && (
            <RadioGroup<FilePerson>
              id={form.fieldId('attachTo')}
              name="access-code-attachTo"
              legend={t('support.accessCodeEntry.attachTo')}
              options={attachOptions}
              value={attachTo}
              error={form.fieldErrors.attachTo}
              onChange={setAttachTo}
              isRequired
            />
          )}
          {preview.policy.requiresStaffNumber && (
            <TextField
              id={form.fieldId('staffNumber')}
              name="staffNumber"
              label={t('support.accessCodeEntry.staffNumber')}
              hint={t('support.accessCodeEntry.requiredByCompany')}
              isRequired
              autoComplete="off"
              className="field--medium"
              value={staffNumber}
              error={form.fieldErrors.staffNumber}
              onChange={(event) => setStaffNumber(event.target.value)}
            />
          )}
          {preview.policy.requiresHiringDate && (
            <TextField
              id={form.fieldId('hiredAt')}
              name="hiredAt"
              type="date"
              label={t('support.accessCodeEntry.hiredAt')}
              hint={t('support.accessCodeEntry.requiredByCompany')}
              isRequired
              className="field--medium"
              value={hiredAt}
              error={form.fieldErrors.hiredAt}
              onChange={(event) => setHiredAt(event.target.value)}
            />
          )}
          {isTempAgency && (
            <RadioGroup<YesNo>
              id={form.fieldId('permanentTempContract')}
              name="access-code-permanentTemp"
              legend={t('support.accessCodeEntry.permanentTemp')}
              options={[
                { value: 'yes', label: t('support.common.yes') },
                { value: 'no', label: t('support.common.no') },
              ]}
              value={permanentTemp}
              error={form.fieldErrors.permanentTempContract}
              onChange={setPermanentTemp}
              isRequired
              isInline
            />
          )}
          <div className="actions">
            <Button type="submit" isBusy={save.isPending}>
              {t('support.accessCodeEntry.attach', { name: preview.company.name })}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
