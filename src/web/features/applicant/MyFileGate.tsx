import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { ApplicantFile } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert } from '../../ui';
import { IMPORT_PATH } from './paths';
import { useMyFile } from './useMyFile';

/** Renders its children with the applicant's file; without one, sends to the import. */
export function MyFileGate({ children }: { children: (file: ApplicantFile) => ReactNode }) {
  const { t } = useTranslation();
  const query = useMyFile();
  if (query.isPending) return <LoadingStatus />;
  if (query.isError) {
    return (
      <Alert tone="error" isLive>
        <p>{describeError(query.error, t)}</p>
      </Alert>
    );
  }
  if (!query.data.file) return <Navigate to={IMPORT_PATH} replace />;
  return children(query.data.file);
}
