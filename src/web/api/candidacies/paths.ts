// Every endpoint of the candidacies API, so a change of the server's routes is made here.

const id = (value: string) => encodeURIComponent(value);

/** Every endpoint of the candidacies API. */
export const paths = {
  apply: () => '/api/candidacies',
  mine: () => '/api/candidacies',
  one: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}`,
  position: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/position`,
  events: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/position/stream`,
  cancel: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/cancel`,
  decline: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/decline`,
  messages: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/messages`,
  preview: (offerId: string) => `/api/offers/${id(offerId)}/position-preview`,
  backofficeRounds: () => '/api/backoffice/rounds',
  backofficeShortlist: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/shortlist`,
  backofficeReview: (candidacyId: string) =>
    `/api/backoffice/candidacies/${id(candidacyId)}/review`,
  backofficeSend: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/send`,
  backofficeClose: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/close`,
  backofficeAudit: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/ranking`,
  backofficeReplay: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/ranking/replay`,
  rankingRules: () => '/api/backoffice/ranking-rules',
  landlordRounds: () => '/api/landlord/candidacies',
  landlordShortlist: (offerId: string, roundNo?: number) =>
    `/api/landlord/offers/${id(offerId)}/candidacies${roundNo === undefined ? '' : `?round=${roundNo}`}`,
  landlordCandidacy: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}`,
  landlordMessages: (candidacyId: string) =>
    `/api/landlord/candidacies/${id(candidacyId)}/messages`,
  landlordVisits: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/visits`,
  landlordCommission: (offerId: string) => `/api/landlord/offers/${id(offerId)}/commission`,
  landlordCondition: (candidacyId: string) =>
    `/api/landlord/candidacies/${id(candidacyId)}/condition`,
  landlordDecline: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/decline`,
  landlordLease: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/lease`,
  landlordMoveIn: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/move-in`,
  landlordRepublish: (offerId: string) => `/api/landlord/offers/${id(offerId)}/republish`,
  employerHistory: (fileId: string) => `/api/employer/files/${id(fileId)}/candidacies`,
};
