import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadMyDataJson, downloadMyDataPdf } from '../../api/data-rights';
import { describeError } from '../../forms/describeError';
import { Alert, Button } from '../../ui';

/** "Télécharger mes données": everything the platform holds, as JSON or as a readable PDF. */
export function DataDownloads() {
  const { t } = useTranslation();
  const json = useMutation({ mutationFn: downloadMyDataJson });
  const pdf = useMutation({ mutationFn: downloadMyDataPdf });
  const error = json.error ?? pdf.error;
  return (
    <section className="section" aria-labelledby="data-download">
      <h2 id="data-download">{t('support.myData.downloadTitle')}</h2>
      <p>{t('support.myData.downloadText')}</p>
      <div className="actions">
        <Button variant="secondary" isBusy={pdf.isPending} onClick={() => pdf.mutate()}>
          {t('support.myData.downloadPdf')}
        </Button>
        <Button variant="secondary" isBusy={json.isPending} onClick={() => json.mutate()}>
          {t('support.myData.downloadJson')}
        </Button>
      </div>
      <div aria-live="polite">
        {(json.isSuccess || pdf.isSuccess) && <p>{t('support.myData.downloaded')}</p>}
      </div>
      {error && (
        <Alert tone="error" isLive>
          <p>{describeError(error, t)}</p>
        </Alert>
      )}
    </section>
  );
}
