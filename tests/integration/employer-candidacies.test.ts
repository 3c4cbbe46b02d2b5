import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createCompany } from '../../src/db/factories.js';
import { applicantFiles } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicant,
  apply,
  candidacyTestApp,
  codeOf,
  landlordOffer,
  staff,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

// One source of truth: the employer's file page reads the candidacies from the candidacies module
// (`/api/employer/files/:id/candidacies`, audited), not from a copy inside the file detail.
describe("employer view of an employee's candidacies (DOMAIN.md §6)", () => {
  it('shows the real history of a full-consent file to its company only', async () => {
    const company = await createCompany(t.database.db);
    const hr = await staff(t, { role: 'employer', companyId: company.id });
    const full = await applicant(t, { consent: 'full', companyId: company.id });
    const limited = await applicant(t, { consent: 'limited', companyId: company.id });
    const first = await landlordOffer(t);
    const second = await landlordOffer(t);
    const cancelled = await apply(full.c, first.offer.id);
    expect((await full.c.post(`/api/candidacies/${cancelled.id}/cancel`)).statusCode).toBe(200);
    t.clock.advance(60_000);
    const active = await apply(full.c, second.offer.id);
    await apply(limited.c, first.offer.id);

    const history = await hr.c.get(`/api/employer/files/${full.fileId}/candidacies`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().candidacies).toMatchObject([
      { id: active.id, status: 'applied', offer: { id: second.offer.id } },
      { id: cancelled.id, status: 'cancelled', offer: { id: first.offer.id } },
    ]);
    const detail = await hr.c.get(`/api/employer/files/${full.fileId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().file).not.toHaveProperty('candidacies');

    const refused = await hr.c.get(`/api/employer/files/${limited.fileId}/candidacies`);
    expect(refused.statusCode).toBe(403);
    expect(codeOf(refused)).toBe('candidacy.consent_required');

    const stranger = await staff(t, {
      role: 'employer',
      companyId: (await createCompany(t.database.db)).id,
    });
    for (const fileId of [full.fileId, limited.fileId]) {
      const r = await stranger.c.get(`/api/employer/files/${fileId}/candidacies`);
      expect(r.statusCode).toBe(404);
      expect(codeOf(r)).toBe('company.not_found');
    }
  });

  it('stops showing them as soon as the employee lowers the consent', async () => {
    const company = await createCompany(t.database.db);
    const hr = await staff(t, { role: 'employer', companyId: company.id });
    const employee = await applicant(t, { consent: 'full', companyId: company.id });
    await apply(employee.c, (await landlordOffer(t)).offer.id);
    const url = `/api/employer/files/${employee.fileId}/candidacies`;
    expect((await hr.c.get(url)).json().candidacies).toHaveLength(1);
    await t.database.db
      .update(applicantFiles)
      .set({ consent: 'limited' })
      .where(eq(applicantFiles.id, employee.fileId));
    expect(codeOf(await hr.c.get(url))).toBe('candidacy.consent_required');
  });
});
