import type { Queryable } from '../../db/database.js';
import { findCommune, listPhotos, type OfferRow, type PhotoMeta } from './offer.repo.js';

/** The URLs of a photo's two renditions. */
export function photoUrls(offerId: string, photoId: string) {
  const base = `/api/offers/${offerId}/photos/${photoId}`;
  return { galleryUrl: `${base}?size=gallery`, fullUrl: `${base}?size=full` };
}

/** A photo as the API lists it. */
export function photoView(photo: PhotoMeta) {
  return {
    id: photo.id,
    position: photo.position,
    width: photo.width,
    height: photo.height,
    ...photoUrls(photo.offerId, photo.id),
  };
}

/** An offer as its landlord sees it (every field, its state, counts and photos). */
export async function landlordOfferView(q: Queryable, offer: OfferRow) {
  const commune = await findCommune(q, offer.communeInsee);
  const photos = await listPhotos(q, offer.id);
  return {
    id: offer.id,
    reference: offer.reference,
    street: offer.street,
    postcode: offer.postcode,
    communeInsee: offer.communeInsee,
    commune: {
      inseeCode: offer.communeInsee,
      name: commune?.name ?? offer.communeInsee,
      departmentCode: offer.departmentCode,
      regionCode: offer.regionCode,
    },
    latitude: offer.latitude,
    longitude: offer.longitude,
    positionSource: offer.positionSource,
    typology: offer.typology,
    kind: offer.kind,
    surfaceM2: offer.surfaceM2,
    floor: offer.floor,
    hasLift: offer.hasLift,
    rentCents: offer.rentCents,
    chargesCents: offer.chargesCents,
    totalCents: offer.totalCents,
    financing: offer.financing,
    pmrAdapted: offer.pmrAdapted,
    energyClass: offer.energyClass,
    gesClass: offer.gesClass,
    heating: offer.heating,
    description: offer.description,
    availableOn: offer.availableOn,
    applicationDeadline: offer.applicationDeadline,
    showcase: offer.showcase,
    ceilingZone: offer.ceilingZone,
    status: offer.status,
    publishedAt: offer.publishedAt,
    candidacyCount: offer.candidacyCount,
    eligibleApplicants: offer.eligibleApplicants,
    photos: photos.map(photoView),
    createdAt: offer.createdAt,
    updatedAt: offer.updatedAt,
  };
}
