import type {
  RegistrationApplication,
  RegistrationPerson,
  SupportingDocument,
} from '../contract.js';

type Professional = RegistrationPerson['professional'];
type Options<T extends string> = readonly (readonly [T, string])[];

/** French labels of every closed list of the CERFA form, in the order shown. */
export const LABELS = {
  civility: [
    ['mme', 'Madame'],
    ['m', 'Monsieur'],
  ] satisfies Options<RegistrationPerson['civility']>,
  nationality: [
    ['french', 'Française'],
    ['eu', "Ressortissant de l'Union européenne ou de l'EEE"],
    ['other', 'Autre nationalité (titre de séjour)'],
  ] satisfies Options<RegistrationPerson['nationality']>,
  professionalStatus: [
    ['private_employee', 'Salarié du secteur privé'],
    ['public_employee', 'Agent du secteur public'],
    ['self_employed', 'Travailleur indépendant'],
    ['unemployed', "Demandeur d'emploi"],
    ['student', 'Étudiant ou apprenti'],
    ['retired', 'Retraité'],
    ['other', 'Autre situation'],
  ] satisfies Options<Professional['status']>,
  contractType: [
    ['cdi', 'CDI'],
    ['cdd', 'CDD'],
    ['interim', 'Intérim'],
    ['apprenticeship', 'Apprentissage'],
    ['other', 'Autre contrat'],
  ] satisfies Options<NonNullable<Professional['contractType']>>,
  relationship: [
    ['child', 'Enfant'],
    ['spouse', 'Conjoint'],
    ['parent', 'Ascendant (parent)'],
    ['other_relative', 'Autre membre de la famille'],
    ['other', 'Autre personne'],
  ] satisfies Options<RegistrationApplication['household'][number]['relationship']>,
  housingSituation: [
    ['tenant_private', 'Locataire du parc privé'],
    ['tenant_social', "Locataire d'un logement social"],
    ['hosted_family', 'Hébergé chez des parents ou des enfants'],
    ['hosted_third_party', 'Hébergé chez un tiers'],
    ['shelter', "Structure d'hébergement ou foyer"],
    ['hotel', 'Hôtel'],
    ['non_decent', 'Logement non décent ou insalubre'],
    ['owner', 'Propriétaire occupant'],
    ['homeless', 'Sans abri ou habitat de fortune'],
    ['other', 'Autre situation'],
  ] satisfies Options<RegistrationApplication['currentHousing']['situation']>,
  reason: [
    ['too_small', 'Logement trop petit'],
    ['too_expensive', 'Logement trop cher'],
    ['non_decent', 'Logement non décent ou insalubre'],
    ['far_from_work', 'Logement éloigné du lieu de travail'],
    ['family_change', 'Changement de situation familiale (mariage, naissance…)'],
    ['disability', 'Handicap ou raisons de santé'],
    ['eviction', "Procédure d'expulsion"],
    ['separation', 'Divorce ou séparation'],
    ['violence', 'Violences familiales'],
    ['other', 'Autre motif'],
  ] satisfies Options<RegistrationApplication['reasons'][number]>,
  typology: [
    ['T1', 'T1 (1 pièce)'],
    ['T2', 'T2 (2 pièces)'],
    ['T3', 'T3 (3 pièces)'],
    ['T4', 'T4 (4 pièces)'],
    ['T5', 'T5 (5 pièces)'],
    ['T6', 'T6 (6 pièces et plus)'],
  ] satisfies Options<RegistrationApplication['wanted']['typologies'][number]>,
  housingType: [
    ['any', 'Indifférent'],
    ['flat', 'Appartement'],
    ['house', 'Maison'],
  ] satisfies Options<RegistrationApplication['wanted']['housingType']>,
  documentCategory: [
    ['identity', "Pièce d'identité"],
    ['residence_permit', 'Titre de séjour'],
    ['tax_notice', "Avis d'imposition"],
    ['family_status', 'Justificatif de situation familiale'],
    ['work_contract', 'Contrat de travail'],
    ['payslip', 'Bulletin de salaire'],
    ['employer_certificate', "Attestation de l'employeur"],
    ['benefit_notice', 'Avis de prestations (CAF, France Travail…)'],
    ['housing_proof', 'Justificatif du logement actuel'],
    ['reason_proof', 'Justificatif du motif de la demande'],
  ] satisfies Options<SupportingDocument['category']>,
  documentStatus: [
    ['received', 'Reçue, en attente de vérification'],
    ['validated', 'Validée'],
    ['refused', 'Refusée : à déposer de nouveau'],
  ] satisfies Options<SupportingDocument['status']>,
  person: [
    ['applicant', 'Demandeur'],
    ['co_applicant', 'Co-demandeur'],
  ] satisfies Options<SupportingDocument['person']>,
  applicationStatus: [
    ['active', 'Active'],
    ['to_renew', 'À renouveler'],
    ['struck_off', 'Radiée'],
  ] satisfies Options<RegistrationApplication['status']>,
  struckOffReason: [
    ['not_renewed', 'non renouvelée à temps'],
    ['lease_signed', 'bail signé'],
    ['renunciation', 'renonciation écrite'],
    ['inadmissible', "décision d'irrecevabilité"],
  ] satisfies Options<NonNullable<RegistrationApplication['struckOffReason']>>,
} as const;

/** The label of a value in one of the lists (the value itself if unknown). */
export function labelOf(
  list: readonly (readonly [string, string])[],
  value: string | null | undefined,
): string {
  if (value === null || value === undefined) return '—';
  return list.find(([v]) => v === value)?.[1] ?? value;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** `2026-11-24` → `24 novembre 2026`. */
export function frenchDate(isoDate: string | null): string {
  return isoDate ? longDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)) : '—';
}

/** Cents → `1 234,56 €`. */
export function euros(cents: number): string {
  return new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
