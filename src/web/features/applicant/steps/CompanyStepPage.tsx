import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantFile } from '../../../api/file-types';
import { Alert, ButtonLink, PageTitle, SummaryList } from '../../../ui';
import { PersonalCodeEntry } from '../../codes/PersonalCodeEntry';
import { formatSiret } from '../../file/labels';
import { FileStepsNav, StepPager } from '../FileStepsNav';
import { MyFileGate } from '../MyFileGate';
import { STEP_PATH } from '../paths';
import { useSetMyFile } from '../useMyFile';
import { CompanyForm } from './CompanyForm';
import { ConsentForm } from './ConsentForm';

/** States in which the server accepts changes of the company step. */
const EDITABLE_STATES: readonly ApplicantFile['status'][] = ['incomplete', 'refused', 'validated'];

function SavedCompany({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const { company } = file;
  const none = t('common.notProvided');
  return (
    <SummaryList
      items={[
        {
          label: t('applicantFile.steps.company.siret'),
          value: company.employerSiret ? formatSiret(company.employerSiret) : none,
        },
        {
          label: t('applicantFile.steps.company.employerNameShort'),
          value: company.employerName ?? none,
        },
        {
          label: t('applicantFile.steps.company.linkedCompany'),
          value: company.linkedCompany?.name ?? t('common.none'),
        },
        { label: t('applicantFile.steps.company.staffNumber'), value: company.staffNumber ?? none },
      ]}
    />
  );
}

/**
 * The two ways to name the company: the personal access code HR e-mailed (the company is then
 * known without SIRET or company code), or the employer's name and the company code.
 */
function CompanyChoice({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const setMyFile = useSetMyFile();
  // The company form keeps what is typed; after a code attached the file it starts again from it.
  const [formKey, setFormKey] = useState(0);

  function handleCodeSaved(saved: ApplicantFile) {
    setMyFile(saved);
    setFormKey((key) => key + 1);
  }

  return (
    <>
      <PersonalCodeEntry
        file={file}
        headingLevel={3}
        nextHref="#consent-title"
        onSaved={handleCodeSaved}
      />
      <h3>{t('applicantFile.steps.company.withoutAccessCode')}</h3>
      <CompanyForm key={formKey} file={file} />
    </>
  );
}

function CompanyStep({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const isEditable = EDITABLE_STATES.includes(file.status) && file.progress.identityOk;
  return (
    <>
      <FileStepsNav current="company" progress={file.progress} />
      <p className="lead">{t('applicantFile.steps.company.intro')}</p>
      <p>{t('applicantFile.steps.company.attachText')}</p>
      {!file.progress.identityOk && (
        <Alert tone="error" title={t('applicantFile.steps.information.mismatch.title')}>
          <p>{t('applicantFile.steps.company.identityFirst')}</p>
          <ButtonLink to={STEP_PATH.information} variant="secondary">
            {t('applicantFile.steps.information.title')}
          </ButtonLink>
        </Alert>
      )}
      <section className="section" aria-labelledby="company-title">
        <h2 id="company-title">{t('applicantFile.steps.company.companyTitle')}</h2>
        {isEditable ? (
          <CompanyChoice file={file} />
        ) : (
          <>
            {file.progress.identityOk && (
              <Alert tone="info">
                <p>{t('applicantFile.steps.company.locked')}</p>
              </Alert>
            )}
            <SavedCompany file={file} />
          </>
        )}
      </section>
      <section className="section" aria-labelledby="consent-title">
        <h2 id="consent-title" tabIndex={-1}>
          {t('applicantFile.steps.company.consentTitle')}
        </h2>
        {file.progress.companyStepDone ? (
          <ConsentForm file={file} />
        ) : (
          <p>{t('applicantFile.steps.company.consentFirst')}</p>
        )}
      </section>
      <StepPager current="company" />
    </>
  );
}

/** Step 2, "Les informations à compléter pour AL'in": the company and the data sharing. */
export function CompanyStepPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('applicantFile.steps.company.title')} />
      <MyFileGate>{(file) => <CompanyStep file={file} />}</MyFileGate>
    </>
  );
}
