import { useTranslation } from 'react-i18next';
import type { FileRefusal } from '../../../api/file-types';
import { Alert } from '../../../ui';
import { isOperatorRefusalReason } from '../../file/labels';

/** Why the file was refused: the company's own text, or Action Logement's reason and comment. */
export function RefusalNotice({ refusal }: { refusal: FileRefusal }) {
  const { t } = useTranslation();
  if (refusal.by === 'company') {
    return (
      <Alert tone="error" title={t('applicantFile.situation.refusal.companyTitle')}>
        {refusal.comment && (
          <p>{t('applicantFile.situation.refusal.reason', { reason: refusal.comment })}</p>
        )}
        <p>{t('applicantFile.situation.refusal.correct')}</p>
      </Alert>
    );
  }
  const reason = isOperatorRefusalReason(refusal.reason)
    ? t(`applicantFile.file.refusalReason.${refusal.reason}`)
    : refusal.reason;
  return (
    <Alert tone="error" title={t('applicantFile.situation.refusal.operatorTitle')}>
      {reason && <p>{t('applicantFile.situation.refusal.reason', { reason })}</p>}
      {refusal.comment && (
        <p>{t('applicantFile.situation.refusal.comment', { comment: refusal.comment })}</p>
      )}
      <p>{t('applicantFile.situation.refusal.correct')}</p>
    </Alert>
  );
}
