import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadEmployeeFilesCsv, type EmployeeFileFilter } from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { Alert, Button } from '../../ui';

/**
 * "Exporter (CSV)": exactly what the company may see of the files matching the filters; the
 * export is written to each employee's access log. Mountable on any list of employees' files.
 */
export function EmployeeFilesExport({ filter }: { filter: EmployeeFileFilter }) {
  const { t } = useTranslation();
  const download = useMutation({ mutationFn: () => downloadEmployeeFilesCsv(filter) });
  return (
    <div>
      <Button variant="secondary" isBusy={download.isPending} onClick={() => download.mutate()}>
        {t('support.employees.export')}
      </Button>
      <p className="field__hint">{t('support.employees.exportHint')}</p>
      <div aria-live="polite">{download.isSuccess && <p>{t('support.employees.exported')}</p>}</div>
      {download.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(download.error, t)}</p>
        </Alert>
      )}
    </div>
  );
}
