import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { requireCompanyFile } from '../applicant-file/use-cases/decisions.js';
import { recordCandidacyViews } from './audit-views.js';
import { candidacyIdParams, candidacySummary } from './candidacy.schemas.js';
import { listApplicantCandidacies } from './candidacy.repo.js';
import { candidacySummaries } from './candidacy.view.js';

/** Employer portal: an employee's candidacy history, only when the employee chose full sharing. */
export async function employerCandidacyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  r.get(
    '/api/employer/files/:id/candidacies',
    {
      preHandler: requireUser({ roles: ['employer'] }),
      schema: {
        tags: ['employer portal'],
        summary: "An employee's candidacies (full consent only; audited)",
        params: candidacyIdParams,
        response: { 200: z.object({ candidacies: z.array(candidacySummary) }) },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await requireCompanyFile(deps, user.companyId, request.params.id);
      if (file.consent !== 'full') throw new AppError('candidacy.consent_required');
      const rows = await listApplicantCandidacies(db, file.userId);
      await recordCandidacyViews(db, {
        actorUserId: user.id,
        action: 'candidacy.history_viewed',
        ip: request.ip,
        subjects: rows.map((c) => ({ applicantUserId: c.applicantUserId, candidacyId: c.id })),
      });
      return { candidacies: await candidacySummaries(db, rows) };
    },
  );
}
