import type { CompanySector, SizeBand } from '../../../domain/companies/eligibility.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { findCompanyById, updateCompany, type CompanyRow } from '../company.repo.js';
import { assertEligible, assertIdentifiers, uniqueSirets } from './company-rules.js';

/** What the back office may change on a company (the SIREN and the code stay). */
export type UpdateCompanyInput = {
  name?: string | undefined;
  sirets?: string[] | undefined;
  sizeBand?: SizeBand | undefined;
  sector?: CompanySector | undefined;
  isTempAgency?: boolean | undefined;
};

/** Updates a company's identity, checking the SIRETs and the eligibility rule again. */
export async function changeCompany(
  deps: AppDeps,
  operator: SessionUser,
  id: string,
  input: UpdateCompanyInput,
  meta: RequestMeta,
): Promise<CompanyRow> {
  const { db } = deps.database;
  const company = await findCompanyById(db, id);
  if (!company) throw new AppError('resource.not_found');
  const sirets = input.sirets ? uniqueSirets(input.sirets) : undefined;
  if (sirets) assertIdentifiers(company.siren, sirets);
  const sector = input.sector ?? company.sector;
  const sizeBand = input.sizeBand ?? company.sizeBand;
  if (sector && sizeBand && (input.sector || input.sizeBand)) assertEligible({ sector, sizeBand });
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    const updated = await updateCompany(tx, id, {
      ...(input.name ? { name: input.name } : {}),
      ...(sirets ? { sirets } : {}),
      ...(input.sizeBand ? { sizeBand: input.sizeBand } : {}),
      ...(input.sector ? { sector: input.sector } : {}),
      ...(input.isTempAgency !== undefined ? { isTempAgency: input.isTempAgency } : {}),
      updatedAt: now,
    });
    if (!updated) throw new AppError('resource.not_found');
    await audit(tx, {
      action: 'company.updated',
      actorUserId: operator.id,
      ip: meta.ip,
      details: { companyId: id, fields: Object.keys(input) },
    });
    return updated;
  });
}
