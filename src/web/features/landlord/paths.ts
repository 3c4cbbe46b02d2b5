/** The landlord portal's home: the organisation's offers. */
export const LANDLORD_HOME_PATH = '/bailleur';
/** A new offer. */
export const NEW_OFFER_PATH = '/bailleur/offres/nouvelle';
/** The CSV import. */
export const IMPORT_PATH = '/bailleur/import';

/** The preview and management page of an offer. */
export function landlordOfferPath(offerId: string): string {
  return `/bailleur/offres/${encodeURIComponent(offerId)}`;
}

/** The edit form of an offer. */
export function editOfferPath(offerId: string): string {
  return `${landlordOfferPath(offerId)}/modifier`;
}

/** The candidacies of an offer (a page of the candidacies feature). */
export function offerCandidaciesPath(offerId: string): string {
  return `${landlordOfferPath(offerId)}/candidatures`;
}
