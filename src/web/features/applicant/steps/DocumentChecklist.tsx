import { useTranslation } from 'react-i18next';
import type { ApplicantFile } from '../../../api/file-types';
import { Checkbox } from '../../../ui';
import { documentsByPerson } from '../../file/documents';
import { documentLabel } from '../../file/labels';
import { DocumentStatusBadge } from '../../file/StatusBadges';
import { useFormat } from '../../file/useFormat';

/** Props of the checklist of expected documents. */
export interface DocumentChecklistProps {
  file: ApplicantFile;
  checked: ReadonlySet<string>;
  onToggle: (key: string, isChecked: boolean) => void;
  fieldId: (key: string) => string;
  fieldErrors: Partial<Record<string, string>>;
  isReadOnly: boolean;
}

/**
 * For each person and each of the three headings, the expected documents with their status on
 * the registration site and one box to confirm each was filed there.
 */
export function DocumentChecklist({
  file,
  checked,
  onToggle,
  fieldId,
  fieldErrors,
  isReadOnly,
}: DocumentChecklistProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const people = documentsByPerson(file.documents, file.application);
  if (people.length === 0) return <p>{t('applicantFile.file.documents.none')}</p>;
  return (
    <>
      {people.map((entry) => (
        <section
          key={entry.person}
          className="section document-person"
          aria-labelledby={`documents-${entry.person}`}
        >
          <h2 id={`documents-${entry.person}`}>
            {t('applicantFile.file.details.personTitle', {
              person: t(`applicantFile.file.documents.person.${entry.person}`),
              name: entry.name ?? '',
            })}
          </h2>
          {entry.groups.map((group) => (
            <fieldset key={group.group} className="fieldset document-group">
              <legend className="document-group__legend">
                {t(`applicantFile.file.documents.group.${group.group}`)}
              </legend>
              {group.documents.map((document) => (
                <Checkbox
                  key={document.key}
                  id={fieldId(document.key)}
                  name="confirmed"
                  value={document.key}
                  label={documentLabel(document, t, format)}
                  hint={
                    <>
                      {t('applicantFile.file.documents.statusLabel')}{' '}
                      <DocumentStatusBadge status={document.status} />
                    </>
                  }
                  checked={checked.has(document.key)}
                  disabled={isReadOnly}
                  error={fieldErrors[document.key]}
                  onChange={(event) => onToggle(document.key, event.target.checked)}
                />
              ))}
            </fieldset>
          ))}
        </section>
      ))}
    </>
  );
}
