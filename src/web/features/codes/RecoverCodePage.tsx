import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isValidSiret } from '../../../domain/identifiers/siret';
import {
  PROOF_KINDS,
  requestCodeRecovery,
  type LostCodeKind,
  type ProofKind,
  type RecoveryCreated,
} from '../../api/codes';
import type { Civility, SessionUser } from '../../api/types';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { loginPathReturningTo } from '../../session/paths';
import { useSession } from '../../session/useSession';
import {
  Alert,
  Button,
  ErrorSummary,
  PageTitle,
  RadioGroup,
  TextAreaField,
  TextField,
} from '../../ui';
import { useFormat } from '../file/useFormat';
import { DOCUMENT_ACCEPT, isAcceptedDocument, MAX_UPLOAD_BYTES } from '../help-centre/files';
import { FileField } from '../help-centre/FileField';
import '../help-centre/support.css';

const FIELDS = [
  'codeKind',
  'civility',
  'lastName',
  'firstName',
  'birthDate',
  'accountEmail',
  'employerName',
  'siret',
  'reason',
  'proofKind',
  'proof',
] as const;
const CODE_TO_FIELD: CodeToField = {
  'upload.too_large': 'proof',
  'upload.unsupported_type': 'proof',
  'upload.empty': 'proof',
};
const MESSAGES_PATH = '/espace/messages';

type TextName = 'lastName' | 'firstName' | 'accountEmail' | 'employerName' | 'siret';

interface RecoveryValues {
  codeKind: LostCodeKind | null;
  civility: Civility | null;
  lastName: string;
  firstName: string;
  birthDate: string;
  accountEmail: string;
  employerName: string;
  siret: string;
  reason: string;
  proofKind: ProofKind | null;
  proof: File[];
}

function initialValues(user: SessionUser | null): RecoveryValues {
  const applicant = user?.role === 'applicant' ? user : null;
  return {
    codeKind: null,
    civility: applicant?.civility ?? null,
    lastName: applicant?.lastName ?? '',
    firstName: applicant?.firstName ?? '',
    birthDate: '',
    accountEmail: applicant?.email ?? '',
    employerName: '',
    siret: '',
    reason: '',
    proofKind: null,
    proof: [],
  };
}

/** The recovery path in the order to try it (seed 001), before the form. */
function RecoveryPath({ isApplicant }: { isApplicant: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="recovery-path">
      <h2 id="recovery-path">{t('support.recovery.pathTitle')}</h2>
      <p>{t('support.recovery.pathIntro')}</p>
      <ol className="numbered-steps">
        <li>
          <strong>{t('support.recovery.step1Title')}</strong> {t('support.recovery.step1')}{' '}
          <Link to={isApplicant ? '/espace' : loginPathReturningTo('/espace')}>
            {t('support.recovery.step1Link')}
          </Link>
        </li>
        <li>
          <strong>{t('support.recovery.step2Title')}</strong> {t('support.recovery.step2')}
        </li>
        <li>
          <strong>{t('support.recovery.step3Title')}</strong> {t('support.recovery.step3')}
        </li>
        <li>
          <strong>{t('support.recovery.step4Title')}</strong> {t('support.recovery.step4')}
        </li>
      </ol>
      <Alert tone="info">
        <p>{t('support.codes.never')}</p>
      </Alert>
    </section>
  );
}

function RecoverySent({
  created,
  isApplicant,
}: {
  created: RecoveryCreated;
  isApplicant: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageTitle key="sent" title={t('support.recovery.sentTitle')} shouldFocus />
      <Alert tone="success" title={t('support.recovery.sent', { reference: created.reference })}>
        <p>{t('support.recovery.sentDue', { date: format.day(created.dueOn) })}</p>
        <p>{t('support.recovery.sentMail')}</p>
      </Alert>
      <p>
        <Link to={isApplicant ? MESSAGES_PATH : loginPathReturningTo(MESSAGES_PATH)}>
          {t('support.recovery.toMessages')}
        </Link>
      </p>
    </>
  );
}

/** "Récupérer mon code": the recovery path, then the form with a proof of employment. */
export function RecoverCodePage() {
  const { t } = useTranslation();
  const { user, isPending } = useSession();
  const isApplicant = user?.role === 'applicant';
  const [values, setValues] = useState<RecoveryValues>(() => initialValues(user));
  const [prefilledFor, setPrefilledFor] = useState<string | null>(user?.id ?? null);
  const form = useFormFeedback('recovery', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: requestCodeRecovery,
    onError: (error) => form.showApiError(error),
  });

  // The session may arrive after the first render: prefill the form for a logged-in applicant.
  if (!isPending && (user?.id ?? null) !== prefilledFor) {
    setPrefilledFor(user?.id ?? null);
    setValues((previous) => ({ ...initialValues(user), codeKind: previous.codeKind }));
  }

  const update = <K extends keyof RecoveryValues>(name: K, value: RecoveryValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));
  const required = (value: string, message: string) => (value.trim() === '' ? message : undefined);

  function proofProblem(): string | undefined {
    const [proof] = values.proof;
    if (!proof) return t('support.recovery.errors.proof');
    if (proof.size > MAX_UPLOAD_BYTES) return t('support.files.tooLarge');
    if (!isAcceptedDocument(proof)) return t('support.files.wrongType');
    return undefined;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const siret = values.siret.replace(/\s/g, '');
    const isValid = form.checkFields({
      codeKind: values.codeKind === null ? t('support.recovery.errors.codeKind') : undefined,
      lastName: required(values.lastName, t('support.recovery.errors.lastName')),
      firstName: required(values.firstName, t('support.recovery.errors.firstName')),
      accountEmail: required(values.accountEmail, t('support.recovery.errors.accountEmail')),
      employerName: required(values.employerName, t('support.recovery.errors.employerName')),
      siret:
        siret === ''
          ? t('support.recovery.errors.siret')
          : isValidSiret(siret)
            ? undefined
            : t('support.recovery.errors.siretInvalid'),
      reason: required(values.reason, t('support.recovery.errors.reason')),
      proofKind: values.proofKind === null ? t('support.recovery.errors.proofKind') : undefined,
      proof: proofProblem(),
    });
    const [proof] = values.proof;
    if (!isValid || values.codeKind === null || values.proofKind === null || !proof) return;
    mutation.mutate({
      codeKind: values.codeKind,
      civility: values.civility,
      firstName: values.firstName.trim(),
      lastName: values.lastName.trim(),
      birthDate: values.birthDate,
      accountEmail: values.accountEmail.trim(),
      employerName: values.employerName.trim(),
      siret,
      reason: values.reason.trim(),
      proofKind: values.proofKind,
      proof,
    });
  }

  if (mutation.isSuccess) return <RecoverySent created={mutation.data} isApplicant={isApplicant} />;

  const text = (name: TextName, props: { autoComplete: string; type?: string; hint?: string }) => (
    <TextField
      id={form.fieldId(name)}
      name={name}
      type={props.type ?? 'text'}
      label={t(`support.recovery.fields.${name}`)}
      hint={props.hint}
      autoComplete={props.autoComplete}
      isRequired
      readOnly={name === 'accountEmail' && isApplicant}
      value={values[name]}
      error={form.fieldErrors[name]}
      onChange={(event) => update(name, event.target.value)}
    />
  );

  return (
    <>
      <PageTitle title={t('support.recovery.title')} />
      <p className="lead">{t('support.recovery.lead')}</p>
      <RecoveryPath isApplicant={isApplicant} />
      <section className="section" aria-labelledby="recovery-form">
        <h2 id="recovery-form">{t('support.recovery.formTitle')}</h2>
        <p>{t('support.recovery.formIntro')}</p>
        <ErrorSummary feedback={form.feedback} />
        <form className="form" noValidate onSubmit={handleSubmit}>
          <p>{t('form.requiredNotice')}</p>
          <RadioGroup<LostCodeKind>
            id={form.fieldId('codeKind')}
            name="codeKind"
            legend={t('support.recovery.fields.codeKind')}
            options={[
              {
                value: 'personal',
                label: t('support.recovery.codeKind.personal'),
                hint: t('support.recovery.codeKind.personalHint'),
              },
              {
                value: 'company',
                label: t('support.recovery.codeKind.company'),
                hint: t('support.recovery.codeKind.companyHint'),
              },
            ]}
            value={values.codeKind}
            error={form.fieldErrors.codeKind}
            onChange={(value) => update('codeKind', value)}
            isRequired
          />
          <RadioGroup<Civility>
            id={form.fieldId('civility')}
            name="recovery-civility"
            legend={t('support.recovery.fields.civility')}
            options={[
              { value: 'mme', label: t('support.common.civility.mme') },
              { value: 'm', label: t('support.common.civility.m') },
            ]}
            value={values.civility}
            error={form.fieldErrors.civility}
            onChange={(value) => update('civility', value)}
            isInline
          />
          {text('lastName', { autoComplete: 'family-name' })}
          {text('firstName', { autoComplete: 'given-name' })}
          <TextField
            id={form.fieldId('birthDate')}
            name="birthDate"
            type="date"
            label={t('support.recovery.fields.birthDate')}
            hint={t('support.recovery.fields.birthDateHint')}
            autoComplete="bday"
            className="field--medium"
            value={values.birthDate}
            error={form.fieldErrors.birthDate}
            onChange={(event) => update('birthDate', event.target.value)}
          />
          {text('accountEmail', {
            autoComplete: 'email',
            type: 'email',
            hint: isApplicant
              ? t('support.recovery.fields.accountEmailLoggedIn')
              : t('support.recovery.fields.accountEmailHint'),
          })}
          {text('employerName', { autoComplete: 'organization' })}
          {text('siret', {
            autoComplete: 'off',
            hint: t('support.recovery.fields.siretHint'),
          })}
          <TextAreaField
            id={form.fieldId('reason')}
            name="reason"
            label={t('support.recovery.fields.reason')}
            hint={t('support.recovery.fields.reasonHint')}
            isRequired
            maxLength={2000}
            value={values.reason}
            error={form.fieldErrors.reason}
            onChange={(event) => update('reason', event.target.value)}
          />
          <RadioGroup<ProofKind>
            id={form.fieldId('proofKind')}
            name="proofKind"
            legend={t('support.recovery.fields.proofKind')}
            options={PROOF_KINDS.map((kind) => ({
              value: kind,
              label: t(`support.recovery.proofKind.${kind}`),
            }))}
            value={values.proofKind}
            error={form.fieldErrors.proofKind}
            onChange={(value) => update('proofKind', value)}
            isRequired
          />
          <FileField
            id={form.fieldId('proof')}
            name="proof"
            label={t('support.recovery.fields.proof')}
            hint={t('support.files.documentHint')}
            accept={DOCUMENT_ACCEPT}
            isRequired
            files={values.proof}
            error={form.fieldErrors.proof}
            onChange={(files) => update('proof', files)}
          />
          <Button type="submit" isBusy={mutation.isPending}>
            {t('support.recovery.submit')}
          </Button>
        </form>
      </section>
    </>
  );
}
