import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { ApplicantFile } from '../../../api/file-types';
import { Alert, Button, ButtonLink, NewTabLink, PageTitle } from '../../../ui';
import { ApplicationDetails } from '../../file/ApplicationDetails';
import { useFormat } from '../../file/useFormat';
import { FileStepsNav, StepPager } from '../FileStepsNav';
import { MyFileGate } from '../MyFileGate';
import { STEP_PATH } from '../paths';
import { RefreshStatus, useRefreshFile } from '../RefreshFile';
import { IdentityMismatchNotice } from './IdentityMismatchNotice';

function wasJustImported(state: unknown): boolean {
  return (
    typeof state === 'object' && state !== null && 'imported' in state && state.imported === true
  );
}

function InformationStep({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshFile();
  const justImported = wasJustImported(useLocation().state);
  return (
    <>
      <FileStepsNav current="information" progress={file.progress} />
      {justImported && (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.steps.information.imported')}</p>
        </Alert>
      )}
      {file.identityMismatch.length > 0 && <IdentityMismatchNotice file={file} />}
      <p className="lead">
        {t('applicantFile.steps.information.intro', { number: file.uniqueNumberFormatted })}
      </p>
      <p>{t('applicantFile.steps.information.editText')}</p>
      <p>{t('applicantFile.steps.information.refreshText')}</p>
      <div className="actions">
        <NewTabLink href={file.registrationLinks.edit} buttonVariant="secondary">
          {t('applicantFile.steps.information.edit')}
        </NewTabLink>
        <Button variant="secondary" isBusy={refresh.isPending} onClick={() => refresh.mutate()}>
          {t('applicantFile.steps.information.refresh')}
        </Button>
        <ButtonLink to={STEP_PATH.company}>{t('common.nextStep')}</ButtonLink>
      </div>
      <p className="muted">
        {t('applicantFile.steps.information.refreshedAt', {
          date: format.dateTime(file.refreshedAt),
        })}
      </p>
      <RefreshStatus refresh={refresh} />
      <ApplicationDetails application={file.application} />
      <StepPager current="information" />
    </>
  );
}

/** Step 1, "Les informations de mon NUR-NUD": the imported application, read-only. */
export function InformationStepPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('applicantFile.steps.information.title')} />
      <MyFileGate>{(file) => <InformationStep file={file} />}</MyFileGate>
    </>
  );
}
