// The pages of the candidacies feature, one place for every path (French, like the rest).

/** Applicant: "Mes candidatures" (the e-mails link here too). */
export const MY_CANDIDACIES_PATH = '/espace/candidatures';

/** Back office: the offers whose candidacies Action Logement handles. */
export const BACKOFFICE_ROUNDS_PATH = '/backoffice/candidatures';

/** Back office: one offer's retained files in rank order. */
export function backofficeShortlistPath(offerId: string): string {
  return `${BACKOFFICE_ROUNDS_PATH}/${encodeURIComponent(offerId)}`;
}

/** Back office: the audit view of one offer's frozen ranking. */
export function backofficeAuditPath(offerId: string): string {
  return `${backofficeShortlistPath(offerId)}/audit`;
}

/** Back office (administrators): the ranking rule and its versions. */
export const RANKING_RULE_PATH = '/backoffice/regle-de-classement';

/** Landlord: the offers whose files were sent. */
export const LANDLORD_ROUNDS_PATH = '/bailleur/candidatures';

/** Search parameter of the landlord's shortlist naming an earlier round (publication) to show. */
export const ROUND_PARAM = 'tour';

/** Landlord: one offer's shortlist, its current round unless `roundNo` names an earlier one (the e-mails link here too). */
export function landlordShortlistPath(offerId: string, roundNo?: number): string {
  const path = `/bailleur/offres/${encodeURIComponent(offerId)}/candidatures`;
  return roundNo === undefined ? path : `${path}?${ROUND_PARAM}=${roundNo}`;
}

/** Landlord: one file of the shortlist. */
export function landlordCandidacyPath(offerId: string, candidacyId: string): string {
  return `${landlordShortlistPath(offerId)}/${encodeURIComponent(candidacyId)}`;
}

/** Landlord: the commission's decisions for an offer. */
export function landlordCommissionPath(offerId: string): string {
  return `/bailleur/offres/${encodeURIComponent(offerId)}/commission`;
}

/** Employer: the candidacies of an employee's file (full consent). */
export function employerCandidaciesPath(fileId: string): string {
  return `/entreprise/dossiers/${encodeURIComponent(fileId)}/candidatures`;
}

/** Applicant: the tracker of one candidacy (current or past). */
export function candidacyDetailPath(candidacyId: string): string {
  return `${MY_CANDIDACIES_PATH}/${encodeURIComponent(candidacyId)}`;
}

/** Where the applicant finds offers (the offers feature's search among their eligible offers). */
export const OFFERS_PATH = '/espace/offres';
