import type { TFunction } from 'i18next';
import type { CompanySector, SizeBand } from '../../api/companies';

/** A size band in words, or "not given". */
export function sizeBandLabel(band: SizeBand | null, t: TFunction): string {
  return band ? t(`support.companies.sizeBands.${band}`) : t('support.common.notGiven');
}

/** A sector in words, or "not given". */
export function sectorLabel(sector: CompanySector | null, t: TFunction): string {
  return sector ? t(`support.companies.sectors.${sector}`) : t('support.common.notGiven');
}

/** "123 456 789" from a SIREN. */
export function formatSiren(siren: string): string {
  return siren.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
}
