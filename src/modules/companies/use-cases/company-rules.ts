import {
  companyEligibility,
  type CompanySector,
  type SizeBand,
} from '../../../domain/companies/eligibility.js';
import { isValidSiren, isValidSiret, sirenOf } from '../../../domain/identifiers/siret.js';
import { AppError, invalidFields, type FieldProblem } from '../../../server/errors.js';

/** Checks the SIREN and that each SIRET is valid and belongs to it. */
export function assertIdentifiers(siren: string, sirets: readonly string[]): void {
  const problems: FieldProblem[] = [];
  const sirenOk = isValidSiren(siren);
  if (!sirenOk) problems.push({ path: 'siren', code: 'siren.invalid' });
  sirets.forEach((siret, i) => {
    if (!isValidSiret(siret)) problems.push({ path: `sirets.${i}`, code: 'siret.invalid' });
    else if (sirenOk && sirenOf(siret) !== siren)
      problems.push({ path: `sirets.${i}`, code: 'siret.other_siren' });
  });
  if (problems.length > 0) throw invalidFields(problems);
}

/** Refuses a company whose sector or size is not eligible, with the reason on the field. */
export function assertEligible(input: { sector: CompanySector; sizeBand: SizeBand }): void {
  const result = companyEligibility(input);
  if (result.eligible) return;
  const field: FieldProblem =
    result.reason === 'sector_not_eligible'
      ? { path: 'sector', code: 'company.sector_not_eligible' }
      : { path: 'sizeBand', code: 'company.size_not_eligible' };
  throw new AppError('company.not_eligible', { fields: [field] });
}

/** Removes duplicate SIRETs, keeping the order given. */
export function uniqueSirets(sirets: readonly string[]): string[] {
  return [...new Set(sirets)];
}
