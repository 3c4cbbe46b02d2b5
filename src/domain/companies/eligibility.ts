// Which companies may join AL'in (handbook #0, leaflet: "accessible aux salariés d'entreprises du
// secteur privé non agricole de 10 salariés et plus, et aux salariés d'entreprises du secteur
// agricole de 50 salariés et plus"). The public sector and other employers do not contribute to
// Action Logement through the PEEC and are refused. Staff numbers are entered as a size band
// (bands of the INSEE "tranche d'effectif", grouped at the two thresholds that matter here).

/** Sectors a company can be declared in. */
export const COMPANY_SECTORS = [
  'private_non_agricultural',
  'private_agricultural',
  'public',
  'other',
] as const;
/** The sector of a company. */
export type CompanySector = (typeof COMPANY_SECTORS)[number];

/** Staff-size bands, by number of employees. */
export const SIZE_BANDS = ['0-9', '10-49', '50-249', '250-999', '1000+'] as const;
/** A staff-size band. */
export type SizeBand = (typeof SIZE_BANDS)[number];

/** Why a company cannot be onboarded. */
export type CompanyRefusalReason = 'sector_not_eligible' | 'too_small_for_sector';

/** The smallest number of employees of each band. */
const BAND_MINIMUM: Record<SizeBand, number> = {
  '0-9': 0,
  '10-49': 10,
  '50-249': 50,
  '250-999': 250,
  '1000+': 1000,
};

/** The minimum staff per eligible sector (null: the sector is not eligible at all). */
export const MINIMUM_STAFF: Record<CompanySector, number | null> = {
  private_non_agricultural: 10,
  private_agricultural: 50,
  public: null,
  other: null,
};

/** Whether a company of this sector and size may join, with the reason when it may not. */
export function companyEligibility(input: {
  sector: CompanySector;
  sizeBand: SizeBand;
}):
  | { eligible: true }
  | { eligible: false; reason: CompanyRefusalReason; minimumStaff: number | null } {
  const minimum = MINIMUM_STAFF[input.sector];
  if (minimum === null)
    return { eligible: false, reason: 'sector_not_eligible', minimumStaff: null };
  if (BAND_MINIMUM[input.sizeBand] < minimum) {
    return { eligible: false, reason: 'too_small_for_sector', minimumStaff: minimum };
  }
  return { eligible: true };
}
