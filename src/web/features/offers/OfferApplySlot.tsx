import type { OfferDetail, OfferEligibility } from '../../api/offers-types';
import { ApplyButton } from '../candidacies/ApplyButton';

/** What the apply slot knows of the offer and of the reader. */
export interface OfferApplySlotProps {
  offer: OfferDetail;
  /** The verdict for a logged-in applicant; null for anyone else. */
  eligibility: OfferEligibility | null;
}

/** Where the candidacies feature puts "Je postule" on the offer page (seed: handbook §8). */
export function OfferApplySlot({ offer, eligibility }: OfferApplySlotProps) {
  const verdict =
    eligibility === null || eligibility.status === 'no_file'
      ? 'no_file'
      : eligibility.eligible
        ? 'eligible'
        : 'not_eligible';
  return <ApplyButton offerId={offer.id} isOpen={offer.status === 'published'} verdict={verdict} />;
}
