import type { TFunction } from 'i18next';
import { companyEligibility } from '../../../domain/companies/eligibility';
import type { CompanySector, SizeBand } from '../../api/companies';

/**
 * Why a company of this sector and size cannot join (private non-agricultural ≥ 10 staff,
 * agricultural ≥ 50: the others do not contribute to Action Logement), or null when it can.
 */
export function eligibilityProblem(
  sector: CompanySector,
  sizeBand: SizeBand,
  t: TFunction,
): { field: 'sector' | 'sizeBand'; text: string } | null {
  const result = companyEligibility({ sector, sizeBand });
  if (result.eligible) return null;
  if (result.reason === 'sector_not_eligible') {
    return { field: 'sector', text: t('support.companies.eligibility.sector') };
  }
  return {
    field: 'sizeBand',
    text: t('support.companies.eligibility.size', {
      sector: t(`support.companies.sectors.${sector}`),
      min: result.minimumStaff ?? 0,
    }),
  };
}
