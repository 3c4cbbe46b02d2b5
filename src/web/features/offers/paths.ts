/** The public showcase ("vitrine"), searched by region, department or commune. */
export const SHOWCASE_PATH = '/offres';
/** The applicant's search among the offers they are eligible for ("Les offres"). */
export const APPLICANT_SEARCH_PATH = '/espace/offres';
/** The applicant's alerts (the e-mails link here). */
export const ALERTS_PATH = '/espace/alertes';
/** The unsubscribe page of the alert e-mails (`?jeton=`), reachable without login. */
export const UNSUBSCRIBE_PATH = '/alertes/desabonnement';
/** "Ma situation". */
export const SITUATION_PATH = '/espace';
/** The registration site of social-housing applications. */
export const REGISTRATION_SITE_URL = 'https://www.demande-logement-social.gouv.fr';

/** The page of an offer (as linked from the e-mails). */
export function offerPath(offerId: string): string {
  return `/offres/${encodeURIComponent(offerId)}`;
}

/** What an offer link carries so that "Retour aux résultats" goes back to the same search. */
export interface OfferLinkState {
  results: string;
}

/** True when a location state holds the search to return to. */
export function isOfferLinkState(value: unknown): value is OfferLinkState {
  return (
    typeof value === 'object' &&
    value !== null &&
    'results' in value &&
    typeof value.results === 'string' &&
    value.results.startsWith('/')
  );
}
