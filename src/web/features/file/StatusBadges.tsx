import { useTranslation } from 'react-i18next';
import type { ExpectedDocumentStatus, FileStatus } from '../../api/file-types';
import { Badge } from '../../ui';
import { DOCUMENT_STATUS_TONE, FILE_STATUS_TONE } from './labels';

/** The state of a file, in words with a symbol. */
export function FileStatusBadge({ status }: { status: FileStatus }) {
  const { t } = useTranslation();
  return <Badge tone={FILE_STATUS_TONE[status]}>{t(`applicantFile.file.status.${status}`)}</Badge>;
}

/** Where a document stands on the registration site, in words with a symbol. */
export function DocumentStatusBadge({ status }: { status: ExpectedDocumentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge tone={DOCUMENT_STATUS_TONE[status]}>
      {t(`applicantFile.file.documents.status.${status}`)}
    </Badge>
  );
}
