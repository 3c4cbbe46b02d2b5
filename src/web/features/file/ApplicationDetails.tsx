import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationPerson, Commune, RegistrationApplication } from '../../api/file-types';
import { SummaryList, type SummaryRow } from '../../ui';
import { HouseholdTable } from './HouseholdTable';
import { ResourcesList } from './ResourcesList';
import { formatNir, formatSiret, personName } from './labels';
import { useFormat } from './useFormat';

type HeadingLevel = 2 | 3;

/** "Paris 12e Arrondissement (75012)". */
export function communeText(commune: Pick<Commune, 'name' | 'postcode'>): string {
  return `${commune.name} (${commune.postcode})`;
}

function Section({
  title,
  level,
  children,
}: {
  title: string;
  level: HeadingLevel;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="details-section" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </section>
  );
}

function useRows() {
  const { t } = useTranslation();
  const format = useFormat();
  const orNone = (value: string | null | undefined) => value ?? t('common.notProvided');
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

  const identity = (person: ApplicationPerson): SummaryRow[] => [
    {
      label: t('applicantFile.file.details.fields.civility'),
      value: t(`civility.${person.civility}`),
    },
    {
      label: t('applicantFile.file.details.fields.lastName'),
      value: person.usageName ?? person.birthName,
    },
    { label: t('applicantFile.file.details.fields.birthName'), value: person.birthName },
    { label: t('applicantFile.file.details.fields.firstName'), value: person.firstName },
    {
      label: t('applicantFile.file.details.fields.birthDate'),
      value: format.day(person.birthDate),
    },
    {
      label: t('applicantFile.file.details.fields.nationality'),
      value: t(`applicantFile.file.cerfa.nationality.${person.nationality}`),
    },
    {
      label: t('applicantFile.file.details.fields.nir'),
      value: person.nir ? formatNir(person.nir) : t('common.notProvided'),
    },
    { label: t('applicantFile.file.details.fields.email'), value: person.email },
    {
      label: t('applicantFile.file.details.fields.mobilePhone'),
      value: orNone(person.mobilePhone),
    },
    { label: t('applicantFile.file.details.fields.smsConsent'), value: yesNo(person.smsConsent) },
    {
      label: t('applicantFile.file.details.fields.hasDisability'),
      value: yesNo(person.hasDisability),
    },
  ];

  const professional = ({ professional: pro }: ApplicationPerson): SummaryRow[] => [
    {
      label: t('applicantFile.file.details.fields.professionalStatus'),
      value: t(`applicantFile.file.cerfa.professionalStatus.${pro.status}`),
    },
    { label: t('applicantFile.file.details.fields.employerName'), value: orNone(pro.employerName) },
    {
      label: t('applicantFile.file.details.fields.employerSiret'),
      value: pro.employerSiret ? formatSiret(pro.employerSiret) : t('common.notProvided'),
    },
    {
      label: t('applicantFile.file.details.fields.contractType'),
      value: pro.contractType
        ? t(`applicantFile.file.cerfa.contractType.${pro.contractType}`)
        : t('common.notApplicable'),
    },
    {
      label: t('applicantFile.file.details.fields.hiredAt'),
      value: pro.hiredAt ? format.day(pro.hiredAt) : t('common.notProvided'),
    },
    {
      label: t('applicantFile.file.details.fields.workplace'),
      value: pro.workplace ? communeText(pro.workplace) : t('common.notProvided'),
    },
  ];

  return { identity, professional, yesNo, orNone };
}

/**
 * The imported application, read-only, grouped like the registration site: identity,
 * co-applicant, household, professional situation, resources, current housing, reasons, wanted
 * housing and dates.
 */
export function ApplicationDetails({
  application,
  level = 2,
}: {
  application: RegistrationApplication;
  level?: HeadingLevel;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useRows();
  const { applicant, coApplicant, resources, currentHousing, wanted } = application;
  const SubHeading = level === 2 ? 'h3' : 'h4';

  return (
    <div className="application-details">
      <Section title={t('applicantFile.file.details.identity')} level={level}>
        <SummaryList items={rows.identity(applicant)} />
      </Section>
      <Section title={t('applicantFile.file.details.coApplicant')} level={level}>
        {coApplicant ? (
          <SummaryList items={rows.identity(coApplicant)} />
        ) : (
          <p>{t('applicantFile.file.details.noCoApplicant')}</p>
        )}
      </Section>
      <Section title={t('applicantFile.file.details.household')} level={level}>
        <HouseholdTable members={application.household} />
      </Section>
      <Section title={t('applicantFile.file.details.professional')} level={level}>
        <SubHeading>
          {t('applicantFile.file.details.personTitle', {
            person: t('applicantFile.file.documents.person.applicant'),
            name: personName(applicant),
          })}
        </SubHeading>
        <SummaryList items={rows.professional(applicant)} />
        {coApplicant && (
          <>
            <SubHeading>
              {t('applicantFile.file.details.personTitle', {
                person: t('applicantFile.file.documents.person.co_applicant'),
                name: personName(coApplicant),
              })}
            </SubHeading>
            <SummaryList items={rows.professional(coApplicant)} />
          </>
        )}
      </Section>
      <Section title={t('applicantFile.file.details.resources')} level={level}>
        <ResourcesList resources={resources} />
      </Section>
      <Section title={t('applicantFile.file.details.currentHousing')} level={level}>
        <SummaryList
          items={[
            {
              label: t('applicantFile.file.details.fields.housingSituation'),
              value: t(`applicantFile.file.cerfa.housingSituation.${currentHousing.situation}`),
            },
            {
              label: t('applicantFile.file.details.fields.monthlyRent'),
              value:
                currentHousing.monthlyRentCents === null
                  ? t('common.notApplicable')
                  : format.cents(currentHousing.monthlyRentCents),
            },
            {
              label: t('applicantFile.file.details.fields.commune'),
              value: currentHousing.commune
                ? communeText(currentHousing.commune)
                : t('common.notProvided'),
            },
          ]}
        />
      </Section>
      <Section title={t('applicantFile.file.details.reasons')} level={level}>
        {application.reasons.length === 0 ? (
          <p>{t('applicantFile.file.details.noReasons')}</p>
        ) : (
          <ul className="bullets">
            {application.reasons.map((reason) => (
              <li key={reason}>{t(`applicantFile.file.cerfa.reason.${reason}`)}</li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('applicantFile.file.details.wanted')} level={level}>
        <SummaryList
          items={[
            {
              label: t('applicantFile.file.details.fields.typologies'),
              value: wanted.typologies.join(', ') || t('common.notProvided'),
            },
            {
              label: t('applicantFile.file.details.fields.housingType'),
              value: t(`applicantFile.file.cerfa.housingType.${wanted.housingType}`),
            },
            {
              label: t('applicantFile.file.details.fields.communes'),
              value:
                wanted.communes.length === 0 ? (
                  t('common.notProvided')
                ) : (
                  <ol className="compact-list">
                    {wanted.communes.map((commune) => (
                      <li key={commune.inseeCode}>{communeText(commune)}</li>
                    ))}
                  </ol>
                ),
            },
            {
              label: t('applicantFile.file.details.fields.mayWiden'),
              value: rows.yesNo(wanted.mayWiden),
            },
          ]}
        />
      </Section>
      <Section title={t('applicantFile.file.details.dates')} level={level}>
        <SummaryList
          items={[
            {
              label: t('applicantFile.file.details.fields.filedAt'),
              value: format.day(application.filedAt),
            },
            {
              label: t('applicantFile.file.details.fields.lastRenewedAt'),
              value: application.lastRenewedAt
                ? format.day(application.lastRenewedAt)
                : t('applicantFile.file.details.notRenewed'),
            },
            {
              label: t('applicantFile.file.details.fields.validUntil'),
              value: format.day(application.validUntil),
            },
            {
              label: t('applicantFile.file.details.fields.applicationStatus'),
              value: application.struckOffReason
                ? `${t(`applicantFile.file.cerfa.applicationStatus.${application.status}`)} (${t(
                    `applicantFile.file.cerfa.struckOffReason.${application.struckOffReason}`,
                  )})`
                : t(`applicantFile.file.cerfa.applicationStatus.${application.status}`),
            },
            ...(application.struckOffAt
              ? [
                  {
                    label: t('applicantFile.file.details.fields.struckOffAt'),
                    value: format.day(application.struckOffAt),
                  },
                ]
              : []),
            {
              label: t('applicantFile.file.details.fields.department'),
              value: application.department,
            },
          ]}
        />
      </Section>
    </div>
  );
}
