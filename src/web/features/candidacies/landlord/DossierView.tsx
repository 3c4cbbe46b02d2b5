import { useTranslation } from 'react-i18next';
import type { LandlordDossier } from '../../../api/candidacies';
import { SummaryList, Table } from '../../../ui';
import { useFormat } from '../../file/useFormat';

type Person = LandlordDossier['applicant'] | NonNullable<LandlordDossier['coApplicant']>;

const KNOWN = {
  nationality: ['french', 'eu', 'other'],
  professionalStatus: [
    'private_employee',
    'public_employee',
    'self_employed',
    'unemployed',
    'student',
    'retired',
    'other',
  ],
  contractType: ['cdi', 'cdd', 'interim', 'apprenticeship', 'other'],
  relationship: ['child', 'spouse', 'parent', 'other_relative', 'other'],
  housing: [
    'tenant_private',
    'tenant_social',
    'hosted_family',
    'hosted_third_party',
    'shelter',
    'hotel',
    'non_decent',
    'owner',
    'homeless',
    'other',
  ],
  reason: [
    'too_small',
    'too_expensive',
    'non_decent',
    'far_from_work',
    'family_change',
    'disability',
    'eviction',
    'separation',
    'violence',
    'other',
  ],
} as const;

type Group = keyof typeof KNOWN;

/** A code of the dossier in words (unknown codes are shown as they are). */
function useCode(): (group: Group, code: string | null) => string {
  const { t } = useTranslation();
  return (group, code) => {
    if (code === null) return t('candidacies.dossier.notProvided');
    if (!(KNOWN[group] as readonly string[]).includes(code)) return code;
    switch (group) {
      case 'nationality':
        return t(
          `candidacies.dossier.nationality.${code as (typeof KNOWN)['nationality'][number]}`,
        );
      case 'professionalStatus':
        return t(
          `candidacies.dossier.professionalStatus.${code as (typeof KNOWN)['professionalStatus'][number]}`,
        );
      case 'contractType':
        return t(
          `candidacies.dossier.contractType.${code as (typeof KNOWN)['contractType'][number]}`,
        );
      case 'relationship':
        return t(
          `candidacies.dossier.relationship.${code as (typeof KNOWN)['relationship'][number]}`,
        );
      case 'housing':
        return t(`candidacies.dossier.housing.${code as (typeof KNOWN)['housing'][number]}`);
      case 'reason':
        return t(`candidacies.dossier.reason.${code as (typeof KNOWN)['reason'][number]}`);
    }
  };
}

function PersonSection({ id, title, person }: { id: string; title: string; person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  const code = useCode();
  return (
    <section className="section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <SummaryList
        items={[
          {
            label: t('candidacies.dossier.name'),
            value: `${t(`candidacies.dossier.civility.${person.civility}`)} ${person.firstName} ${person.lastName}`,
          },
          { label: t('candidacies.dossier.birthDate'), value: format.day(person.birthDate) },
          {
            label: t('candidacies.dossier.nationalityLabel'),
            value: code('nationality', person.nationality),
          },
          {
            label: t('candidacies.dossier.disability'),
            value: person.hasDisability ? t('candidacies.common.yes') : t('candidacies.common.no'),
          },
          {
            label: t('candidacies.dossier.professional'),
            value: [
              code('professionalStatus', person.professionalStatus),
              person.employerName,
              person.contractType ? code('contractType', person.contractType) : null,
              person.hiredAt
                ? t('candidacies.dossier.hiredAt', { date: format.day(person.hiredAt) })
                : null,
            ]
              .filter(Boolean)
              .join(' — '),
          },
          ...('email' in person
            ? [
                { label: t('candidacies.dossier.email'), value: person.email },
                {
                  label: t('candidacies.dossier.phone'),
                  value: person.mobilePhone ?? t('candidacies.dossier.notProvided'),
                },
              ]
            : []),
        ]}
      />
    </section>
  );
}

/** The file as the landlord received it: only what it needs to instruct the candidacy. */
export function DossierView({ dossier }: { dossier: LandlordDossier }) {
  const { t } = useTranslation();
  const format = useFormat();
  const code = useCode();
  return (
    <section className="section" aria-labelledby="dossier">
      <h2 id="dossier">{t('candidacies.dossier.title')}</h2>
      <p className="muted">{t('candidacies.dossier.minimised')}</p>
      <SummaryList
        items={[
          { label: t('candidacies.dossier.uniqueNumber'), value: dossier.uniqueNumber },
          { label: t('candidacies.dossier.platformNumber'), value: dossier.platformNumber },
          { label: t('candidacies.dossier.filedAt'), value: format.day(dossier.filedAt) },
          {
            label: t('candidacies.dossier.household'),
            value: t('candidacies.dossier.persons', { count: dossier.persons }),
          },
        ]}
      />
      <PersonSection
        id="dossier-applicant"
        title={t('candidacies.dossier.applicant')}
        person={dossier.applicant}
      />
      {dossier.coApplicant && (
        <PersonSection
          id="dossier-co-applicant"
          title={t('candidacies.dossier.coApplicant')}
          person={dossier.coApplicant}
        />
      )}
      {dossier.household.length > 0 && (
        <section className="section" aria-labelledby="dossier-household">
          <h3 id="dossier-household">{t('candidacies.dossier.otherMembers')}</h3>
          <Table
            caption={t('candidacies.dossier.otherMembersCaption')}
            rows={dossier.household.map((member, index) => ({ ...member, index }))}
            rowKey={(member) => String(member.index)}
            emptyText={t('candidacies.dossier.notProvided')}
            columns={[
              {
                key: 'relationship',
                header: t('candidacies.dossier.relationshipLabel'),
                isRowHeader: true,
                render: (m) => code('relationship', m.relationship),
              },
              {
                key: 'age',
                header: t('candidacies.dossier.age'),
                render: (m) => t('candidacies.dossier.ageValue', { count: m.age }),
              },
              {
                key: 'dependant',
                header: t('candidacies.dossier.dependant'),
                render: (m) =>
                  m.isDependant ? t('candidacies.common.yes') : t('candidacies.common.no'),
              },
              {
                key: 'disability',
                header: t('candidacies.dossier.disability'),
                render: (m) =>
                  m.hasDisability ? t('candidacies.common.yes') : t('candidacies.common.no'),
              },
            ]}
          />
        </section>
      )}
      <section className="section" aria-labelledby="dossier-resources">
        <h3 id="dossier-resources">{t('candidacies.dossier.resources')}</h3>
        <SummaryList
          items={[
            {
              label: t('candidacies.dossier.taxIncome', { year: dossier.resources.taxYearN2 }),
              value: format.euros(dossier.resources.taxIncomeN2),
            },
            {
              label: t('candidacies.dossier.monthlyIncome'),
              value: format.cents(dossier.resources.monthlyIncomeCents),
            },
            {
              label: t('candidacies.dossier.housingBenefit'),
              value: format.cents(dossier.resources.housingBenefitCents),
            },
          ]}
        />
      </section>
      <section className="section" aria-labelledby="dossier-housing">
        <h3 id="dossier-housing">{t('candidacies.dossier.currentHousing')}</h3>
        <SummaryList
          items={[
            {
              label: t('candidacies.dossier.situation'),
              value: code('housing', dossier.currentHousing.situation),
            },
            {
              label: t('candidacies.dossier.currentRent'),
              value:
                dossier.currentHousing.monthlyRentCents === null
                  ? t('candidacies.dossier.notProvided')
                  : format.cents(dossier.currentHousing.monthlyRentCents),
            },
            {
              label: t('candidacies.dossier.reasons'),
              value:
                dossier.reasons.length > 0
                  ? dossier.reasons.map((r) => code('reason', r)).join(', ')
                  : t('candidacies.dossier.notProvided'),
            },
            {
              label: t('candidacies.dossier.prioritySituations'),
              value:
                dossier.prioritySituations.length > 0
                  ? dossier.prioritySituations
                      .map((s) => t(`candidacies.prioritySituations.${s}`))
                      .join(', ')
                  : t('candidacies.dossier.none'),
            },
            {
              label: t('candidacies.dossier.documents'),
              value:
                dossier.documentCategories.length > 0
                  ? dossier.documentCategories.join(', ')
                  : t('candidacies.dossier.none'),
            },
          ]}
        />
      </section>
    </section>
  );
}
