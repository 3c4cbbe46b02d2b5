import type { RegistrationPerson } from '../contract.js';
import type { ApplicationDraft } from '../use-cases/applications.js';

/** Raw values of a submitted form (a name may repeat for check boxes). */
export type FormBody = Record<string, string | string[] | undefined>;

/** Rows offered for other household members. */
export const HOUSEHOLD_ROWS = 6;
/** Communes wanted, in order of preference (CERFA: up to 8). */
export const COMMUNE_ROWS = 8;
/** Prefixes of the two people of the application in field names. */
export const PEOPLE = ['applicant', 'coApplicant'] as const;

/** Labels of a person's fields. */
export const PERSON_FIELDS = {
  civility: 'Civilité',
  birthName: 'Nom de naissance',
  usageName: "Nom d'usage",
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  nationality: 'Nationalité',
  nir: 'Numéro de sécurité sociale',
  email: 'Adresse électronique',
  mobilePhone: 'Téléphone portable',
  status: 'Situation professionnelle',
  employerSiret: "SIRET de l'employeur (case D12)",
  employerName: "Nom de l'employeur",
  contractType: 'Type de contrat',
  hiredAt: "Date d'embauche",
  workplaceName: 'Commune du lieu de travail',
  workplaceInsee: 'Code INSEE du lieu de travail',
  workplacePostcode: 'Code postal du lieu de travail',
} as const;

/** Labels of a household member's fields. */
export const MEMBER_FIELDS = {
  relationship: 'Lien avec le demandeur',
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
} as const;
/** Labels of a wanted commune's fields. */
export const COMMUNE_FIELDS = {
  name: 'Commune',
  inseeCode: 'Code INSEE',
  postcode: 'Code postal',
} as const;

const OTHER_FIELDS: Record<string, string> = {
  hasCoApplicant: 'Demande à deux',
  taxIncomeN2: 'Revenu fiscal de référence N-2',
  taxYearN2: 'Année des revenus N-2',
  taxIncomeN1: 'Revenu fiscal de référence N-1',
  monthlyIncome: 'Ressources mensuelles du ménage',
  housingBenefit: 'Aide au logement mensuelle',
  housingSituation: 'Logement actuel',
  monthlyRent: 'Loyer mensuel actuel',
  'currentCommune.name': 'Commune actuelle',
  'currentCommune.inseeCode': 'Code INSEE de la commune actuelle',
  'currentCommune.postcode': 'Code postal de la commune actuelle',
  reasons: 'Motifs de la demande',
  typologies: 'Types de logement recherchés',
  housingType: 'Maison ou appartement',
};

/** The label of any field name of the application form (used by the error summary). */
export function labelFor(name: string): string {
  const [head, index, key] = name.split('.');
  if ((head === 'applicant' || head === 'coApplicant') && index) {
    const label = PERSON_FIELDS[index as keyof typeof PERSON_FIELDS] ?? index;
    return `${label} (${head === 'applicant' ? 'demandeur' : 'co-demandeur'})`;
  }
  if (head === 'household' && key)
    return `${MEMBER_FIELDS[key as keyof typeof MEMBER_FIELDS] ?? key} (personne ${Number(index) + 1})`;
  if (head === 'commune' && key)
    return `${COMMUNE_FIELDS[key as keyof typeof COMMUNE_FIELDS] ?? key} (commune ${Number(index) + 1})`;
  return OTHER_FIELDS[name] ?? name;
}

function money(cents: number | null): string {
  if (cents === null) return '';
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2).replace('.', ',');
}

function personValues(prefix: string, p: RegistrationPerson): FormBody {
  const pro = p.professional;
  const values: FormBody = {
    civility: p.civility,
    birthName: p.birthName,
    usageName: p.usageName ?? '',
    firstName: p.firstName,
    birthDate: p.birthDate,
    nationality: p.nationality,
    nir: p.nir ?? '',
    email: p.email,
    mobilePhone: p.mobilePhone ?? '',
    smsConsent: p.smsConsent ? 'oui' : undefined,
    hasDisability: p.hasDisability ? 'oui' : undefined,
    status: pro.status,
    employerSiret: pro.employerSiret ?? '',
    employerName: pro.employerName ?? '',
    contractType: pro.contractType ?? '',
    hiredAt: pro.hiredAt ?? '',
    workplaceName: pro.workplace?.name ?? '',
    workplaceInsee: pro.workplace?.inseeCode ?? '',
    workplacePostcode: pro.workplace?.postcode ?? '',
  };
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}.${k}`, v]));
}

/** The form values that show an existing application (for "Modifier"). */
export function draftToValues(draft: ApplicationDraft): FormBody {
  const values: FormBody = {
    ...personValues('applicant', draft.applicant),
    ...(draft.coApplicant ? personValues('coApplicant', draft.coApplicant) : {}),
    hasCoApplicant: draft.coApplicant ? 'oui' : 'non',
    taxIncomeN2: String(draft.resources.taxIncomeN2),
    taxYearN2: String(draft.resources.taxYearN2),
    taxIncomeN1: draft.resources.taxIncomeN1 === null ? '' : String(draft.resources.taxIncomeN1),
    monthlyIncome: money(draft.resources.monthlyIncomeCents),
    housingBenefit: money(draft.resources.housingBenefitCents),
    housingSituation: draft.currentHousing.situation,
    monthlyRent: money(draft.currentHousing.monthlyRentCents),
    'currentCommune.name': draft.currentHousing.commune?.name ?? '',
    'currentCommune.inseeCode': draft.currentHousing.commune?.inseeCode ?? '',
    'currentCommune.postcode': draft.currentHousing.commune?.postcode ?? '',
    reasons: draft.reasons,
    typologies: draft.wanted.typologies,
    housingType: draft.wanted.housingType,
    mayWiden: draft.wanted.mayWiden ? 'oui' : undefined,
  };
  draft.household.forEach((m, i) => {
    Object.assign(values, {
      [`household.${i}.relationship`]: m.relationship,
      [`household.${i}.firstName`]: m.firstName,
      [`household.${i}.lastName`]: m.lastName,
      [`household.${i}.birthDate`]: m.birthDate,
      [`household.${i}.isDependant`]: m.isDependant ? 'oui' : undefined,
      [`household.${i}.hasDisability`]: m.hasDisability ? 'oui' : undefined,
    });
  });
  draft.wanted.communes.forEach((c, i) => {
    Object.assign(values, {
      [`commune.${i}.name`]: c.name,
      [`commune.${i}.inseeCode`]: c.inseeCode,
      [`commune.${i}.postcode`]: c.postcode,
    });
  });
  return values;
}

/** The first value of a field, trimmed ('' when absent). */
export function firstValue(body: FormBody, name: string): string {
  const value = body[name];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/** Every value of a repeated field (check boxes). */
export function allValues(body: FormBody, name: string): string[] {
  const value = body[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).map((v) => v.trim()).filter(Boolean);
}
