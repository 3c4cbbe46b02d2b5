import { useTranslation } from 'react-i18next';
import type { ApplicantFile } from '../../api/file-types';
import type { SessionUser } from '../../api/types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import { PersonalCodePanel } from '../codes/PersonalCodePanel';
import { HistoryTable } from '../file/HistoryTable';
import { FileNumbers } from './situation/FileNumbers';
import { FileProgressSteps } from './situation/FileProgressSteps';
import { NextActionCard } from './situation/NextActionCard';
import { NoFileSection } from './situation/NoFileSection';
import { RefusalNotice } from './situation/RefusalNotice';
import { ValidityNotice } from './situation/ValidityNotice';
import { useMyFile } from './useMyFile';

function FileSituation({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  return (
    <>
      {file.refusal && <RefusalNotice refusal={file.refusal} />}
      <ValidityNotice file={file} />
      <NextActionCard file={file} />
      {file.status !== 'validated' && (
        <Alert tone="info" title={t('applicantFile.situation.offersClosedTitle')}>
          <p>{t('applicantFile.situation.offersClosed')}</p>
        </Alert>
      )}
      <FileProgressSteps progress={file.progress} />
      <FileNumbers file={file} />
      <PersonalCodePanel personalCode={file.personalCode} />
      <section className="section" aria-labelledby="situation-history">
        <h2 id="situation-history">{t('applicantFile.situation.historyTitle')}</h2>
        <HistoryTable
          history={file.history}
          caption={t('applicantFile.situation.historyCaption')}
        />
      </section>
    </>
  );
}

/** "Ma situation": the import card before the import, then the file's state and next step. */
export function ApplicantHomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const query = useMyFile();
  return (
    <>
      <PageTitle title={t('applicant.title')} />
      <p className="lead">{t('applicantFile.situation.hello', { firstName: user.firstName })}</p>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data &&
        (query.data.file ? (
          <FileSituation file={query.data.file} />
        ) : (
          <NoFileSection pending={query.data.pendingImport} />
        ))}
    </>
  );
}
