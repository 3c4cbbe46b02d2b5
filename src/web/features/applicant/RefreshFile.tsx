import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { refreshFile } from '../../api/file';
import type { RefreshResult } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { Alert, Button } from '../../ui';
import { changeFieldLabel, changeValueLabel } from '../file/labels';
import { useFormat } from '../file/useFormat';
import { useSetMyFile } from './useMyFile';

/** "Mettre à jour": pulls the application again and keeps the fresh file in the cache. */
export function useRefreshFile() {
  const setMyFile = useSetMyFile();
  return useMutation({
    mutationFn: refreshFile,
    onSuccess: (result) => setMyFile(result.file),
  });
}

/** What "Mettre à jour" found: no change, or the list of changes, and a re-validation notice. */
export function RefreshOutcome({ result }: { result: RefreshResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="refresh-outcome">
      {result.sentBackForValidation && (
        <Alert tone="warning" title={t('applicantFile.steps.information.sentBackTitle')} isLive>
          <p>{t('applicantFile.steps.information.sentBack')}</p>
        </Alert>
      )}
      {result.changes.length === 0 ? (
        <Alert tone="success" isLive>
          <p>{t('applicantFile.steps.information.noChange')}</p>
        </Alert>
      ) : (
        <Alert tone="info" title={t('applicantFile.steps.information.changesTitle')} isLive>
          <p>
            {t('applicantFile.steps.information.changesIntro', { count: result.changes.length })}
          </p>
          <ul className="bullets">
            {result.changes.map((change) => (
              <li key={change.field}>
                <strong>{changeFieldLabel(change.field, t)}</strong>
                {t('applicantFile.steps.information.changeValues', {
                  after: changeValueLabel(change.field, change.after, t, format),
                  before: changeValueLabel(change.field, change.before, t, format),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}

/** The state of a "Mettre à jour" call: in progress, its error, or what it found. */
export function RefreshStatus({ refresh }: { refresh: ReturnType<typeof useRefreshFile> }) {
  const { t } = useTranslation();
  return (
    <>
      {refresh.isPending && (
        <p className="loading" role="status">
          {t('applicantFile.steps.information.refreshing')}
        </p>
      )}
      {refresh.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(refresh.error, t)}</p>
        </Alert>
      )}
      {refresh.isSuccess && <RefreshOutcome key={refresh.submittedAt} result={refresh.data} />}
    </>
  );
}

/** The "Mettre à jour" button followed by what it found. */
export function RefreshFileControl() {
  const { t } = useTranslation();
  const refresh = useRefreshFile();
  return (
    <>
      <div className="actions">
        <Button variant="secondary" isBusy={refresh.isPending} onClick={() => refresh.mutate()}>
          {t('applicantFile.steps.information.refresh')}
        </Button>
      </div>
      <RefreshStatus refresh={refresh} />
    </>
  );
}
