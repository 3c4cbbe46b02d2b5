import { useQuery } from '@tanstack/react-query';
import { fetchLandlordOffer } from '../../api/offers';

/** Query key of one of the landlord's offers. */
export function landlordOfferKey(offerId: string) {
  return ['landlord', 'offer', offerId] as const;
}

/** One of the landlord's offers with its history. */
export function useLandlordOffer(offerId: string) {
  return useQuery({
    queryKey: landlordOfferKey(offerId),
    queryFn: () => fetchLandlordOffer(offerId),
  });
}
