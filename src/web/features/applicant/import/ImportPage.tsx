import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { ApplicantFile, PendingImport } from '../../../api/file-types';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, PageTitle } from '../../../ui';
import { STEP_PATH } from '../paths';
import { useMyFile, useSetMyFile } from '../useMyFile';
import { ImportCodeForm } from './ImportCodeForm';
import { ImportTutorial } from './ImportTutorial';
import { UniqueNumberForm } from './UniqueNumberForm';

type Stage = 'tutorial' | 'number' | 'code';

/** The id of the file just deleted by "Supprimer l'import", from the navigation state. */
function deletedFileId(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('deletedFileId' in state)) return null;
  return typeof state.deletedFileId === 'string' ? state.deletedFileId : null;
}

function ImportStages({
  pending,
  onImported,
}: {
  pending: PendingImport | null;
  onImported: (file: ApplicantFile) => void;
}) {
  const { t } = useTranslation();
  const deleted = deletedFileId(useLocation().state) !== null;
  const [stage, setStage] = useState<Stage>(pending ? 'code' : deleted ? 'number' : 'tutorial');
  const [sent, setSent] = useState<{ request: PendingImport; isFresh: boolean } | null>(
    pending ? { request: pending, isFresh: false } : null,
  );
  const [hasMoved, setHasMoved] = useState(false);

  function moveTo(next: Stage) {
    setHasMoved(true);
    setStage(next);
  }

  const titles: Record<Stage, string> = {
    tutorial: t('applicantFile.import.title'),
    number: t('applicantFile.import.number.title'),
    code: t('applicantFile.import.code.title'),
  };

  return (
    <>
      <PageTitle key={stage} title={titles[stage]} shouldFocus={hasMoved} />
      {deleted && stage !== 'code' && (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.steps.information.mismatch.deleted')}</p>
        </Alert>
      )}
      {stage === 'tutorial' && <ImportTutorial onDone={() => moveTo('number')} />}
      {stage === 'number' && (
        <UniqueNumberForm
          onSent={(result) => {
            setSent({
              request: { uniqueNumber: result.uniqueNumber, maskedEmail: result.maskedEmail },
              isFresh: true,
            });
            moveTo('code');
          }}
        />
      )}
      {stage === 'code' && sent && (
        <ImportCodeForm
          key={sent.request.uniqueNumber}
          sent={sent.request}
          isFresh={sent.isFresh}
          onImported={onImported}
          onChangeNumber={() => moveTo('number')}
        />
      )}
    </>
  );
}

/**
 * Import of the application (handbook #3): tutorial, "Numéro unique", then the e-mailed code. A
 * request waiting for its code resumes at the code step; once imported, step 1 opens.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const query = useMyFile();
  const setMyFile = useSetMyFile();
  const [justImported, setJustImported] = useState(false);
  // Right after "Supprimer l'import" the cache may still hold the deleted file for a moment.
  const deletedId = deletedFileId(useLocation().state);

  if (query.isPending) return <LoadingStatus />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('applicantFile.import.title')} />
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      </>
    );
  }
  if (query.data.file && query.data.file.id !== deletedId) {
    return (
      <Navigate
        to={STEP_PATH.information}
        replace
        state={justImported ? { imported: true } : undefined}
      />
    );
  }
  return (
    <ImportStages
      pending={query.data.pendingImport}
      onImported={(file) => {
        setJustImported(true);
        setMyFile(file);
      }}
    />
  );
}
