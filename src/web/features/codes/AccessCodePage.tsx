import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyFile } from '../../api/file';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, ButtonLink, PageTitle } from '../../ui';
import { CodesExplainer } from './CodesExplainer';
import { PersonalCodeEntry } from './PersonalCodeEntry';

/** The import of the application (applicant space), needed before a code can attach the file. */
const IMPORT_PATH = '/espace/import';

/**
 * "Utiliser mon code d'accès personnel": the code HR e-mailed attaches the applicant's file to
 * the company, once the application is imported.
 */
export function AccessCodePage() {
  const { t } = useTranslation();
  const myFile = useQuery({ queryKey: ['file', 'mine'], queryFn: fetchMyFile });
  const file = myFile.data?.file ?? null;
  return (
    <>
      <PageTitle title={t('support.accessCodeEntry.pageTitle')} />
      <p className="lead">{t('support.accessCodeEntry.lead')}</p>
      {myFile.isPending && <LoadingStatus />}
      {myFile.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(myFile.error, t)}</p>
        </Alert>
      )}
      {myFile.data && !file && (
        <Alert tone="info" title={t('support.accessCodeEntry.importFirstTitle')}>
          <p>{t('support.accessCodeEntry.importFirst')}</p>
          <p>
            <ButtonLink to={IMPORT_PATH}>{t('support.accessCodeEntry.importLink')}</ButtonLink>
          </p>
        </Alert>
      )}
      {file && (
        <>
          {file.company.linkedCompany && (
            <Alert tone="info">
              <p>
                {t('support.accessCodeEntry.alreadyLinked', {
                  name: file.company.linkedCompany.name,
                })}
              </p>
            </Alert>
          )}
          <PersonalCodeEntry file={file} headingLevel={null} />
        </>
      )}
      <CodesExplainer personalCode={file?.personalCode ?? null} />
      <p>
        <Link to="/centre-aide">{t('support.common.helpCentreLink')}</Link>
      </p>
    </>
  );
}
