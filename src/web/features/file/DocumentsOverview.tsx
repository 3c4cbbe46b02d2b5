import { useTranslation } from 'react-i18next';
import type { ExpectedDocumentGroup, RegistrationApplication } from '../../api/file-types';
import { Badge } from '../../ui';
import { documentsByPerson } from './documents';
import { documentLabel } from './labels';
import { DocumentStatusBadge } from './StatusBadges';
import { useFormat } from './useFormat';

/** The expected documents, read-only: status on the registration site and the confirmation. */
export function DocumentsOverview({
  groups,
  application,
}: {
  groups: readonly ExpectedDocumentGroup[];
  application: RegistrationApplication;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = documentsByPerson(groups, application);
  if (people.length === 0) return <p>{t('applicantFile.file.documents.none')}</p>;
  return (
    <>
      {people.map((entry) => (
        <div key={entry.person}>
          <h3>
            {t('applicantFile.file.details.personTitle', {
              person: t(`applicantFile.file.documents.person.${entry.person}`),
              name: entry.name ?? '',
            })}
          </h3>
          {entry.groups.map((group) => (
            <div key={group.group}>
              <h4>{t(`applicantFile.file.documents.group.${group.group}`)}</h4>
              <ul className="document-list">
                {group.documents.map((document) => (
                  <li key={document.key} className="document-list__item">
                    <span className="document-list__name">
                      {documentLabel(document, t, format)}
                    </span>
                    <span className="document-list__badges">
                      <DocumentStatusBadge status={document.status} />
                      <Badge tone={document.confirmed ? 'success' : 'warning'}>
                        {document.confirmed
                          ? t('applicantFile.file.documents.confirmed')
                          : t('applicantFile.file.documents.notConfirmed')}
                      </Badge>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
