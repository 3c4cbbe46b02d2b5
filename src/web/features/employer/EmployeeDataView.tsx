import { useTranslation } from 'react-i18next';
import type { EmployeeFile, Place } from '../../api/file-types';
import { SummaryList } from '../../ui';
import { ResourcesList } from '../file/ResourcesList';
import { HouseholdTable } from '../file/HouseholdTable';
import { cerfaLabel } from '../file/cerfa';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';
import { formatUniqueNumber } from '../../../domain/identifiers/unique-number';

const placeText = (place: Place) => `${place.name} (${place.postcode})`;

/**
 * What the company may see of an employee's file: the limited fields always, the rest of the
 * application only when the employee chose full sharing (`data.level === 'full'`).
 */
export function EmployeeDataView({ file }: { file: EmployeeFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = file;
  const none = t('common.notProvided');
  return (
    <>
      <section className="section" aria-labelledby="employee-identity">
        <h2 id="employee-identity">{t('applicantFile.employerFiles.identityTitle')}</h2>
        <SummaryList
          items={[
            {
              label: t('applicantFile.file.details.fields.civility'),
              value: t(`civility.${data.civility}`),
            },
            { label: t('applicantFile.employerFiles.fields.lastName'), value: data.lastName },
            { label: t('applicantFile.file.details.fields.firstName'), value: data.firstName },
            {
              label: t('applicantFile.file.details.fields.birthDate'),
              value: format.day(data.birthDate),
            },
            { label: t('applicantFile.employerFiles.fields.email'), value: data.email },
          ]}
        />
      </section>
      <section className="section" aria-labelledby="employee-employment">
        <h2 id="employee-employment">{t('applicantFile.employerFiles.employmentTitle')}</h2>
        <SummaryList
          items={[
            {
              label: t('applicantFile.file.details.fields.employerName'),
              value: data.employerName ?? none,
            },
            {
              label: t('applicantFile.file.details.fields.employerSiret'),
              value: data.employerSiret ? formatSiret(data.employerSiret) : none,
            },
            {
              label: t('applicantFile.employerFiles.fields.severalEmployers'),
              value: data.severalEmployers ? t('common.yes') : t('common.no'),
            },
            {
              label: t('applicantFile.file.details.fields.workplace'),
              value: data.workplace ? placeText(data.workplace) : none,
            },
          ]}
        />
      </section>
      <section className="section" aria-labelledby="employee-location">
        <h2 id="employee-location">{t('applicantFile.employerFiles.locationTitle')}</h2>
        <SummaryList
          items={[
            {
              label: t('applicantFile.employerFiles.fields.currentCommune'),
              value: data.currentCommune ? placeText(data.currentCommune) : none,
            },
            {
              label: t('applicantFile.employerFiles.fields.wantedCommunes'),
              value:
                data.wantedCommunes.length === 0 ? (
                  none
                ) : (
                  <ol className="compact-list">
                    {data.wantedCommunes.map((place) => (
                      <li key={`${place.postcode}-${place.name}`}>{placeText(place)}</li>
                    ))}
                  </ol>
                ),
            },
          ]}
        />
      </section>
      {data.level === 'full' && (
        <>
          <section className="section" aria-labelledby="employee-application">
            <h2 id="employee-application">{t('applicantFile.employerFiles.applicationTitle')}</h2>
            <SummaryList
              items={[
                {
                  label: t('applicantFile.file.numbers.uniqueNumber'),
                  value: formatUniqueNumber(data.uniqueNumber),
                },
                {
                  label: t('applicantFile.file.numbers.platformNumber'),
                  value: data.platformNumber,
                },
                {
                  label: t('applicantFile.file.details.currentHousing'),
                  value: cerfaLabel('housingSituation', data.currentHousingSituation, t),
                },
                {
                  label: t('applicantFile.file.details.reasons'),
                  value:
                    data.reasons.map((reason) => cerfaLabel('reason', reason, t)).join(', ') ||
                    none,
                },
                {
                  label: t('applicantFile.file.details.fields.typologies'),
                  value: data.typologies.join(', ') || none,
                },
              ]}
            />
          </section>
          <section className="section" aria-labelledby="employee-household">
            <h2 id="employee-household">{t('applicantFile.file.details.household')}</h2>
            <HouseholdTable members={data.household} />
          </section>
          <section className="section" aria-labelledby="employee-resources">
            <h2 id="employee-resources">{t('applicantFile.file.details.resources')}</h2>
            <ResourcesList resources={data.resources} />
          </section>
        </>
      )}
    </>
  );
}
