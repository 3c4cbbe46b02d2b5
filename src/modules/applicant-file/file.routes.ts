import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  DEPARTMENTS,
  registrationSiteFor,
  WHAT_TO_PREPARE,
} from '../../domain/applicant-file/registration-sites.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import {
  companyStepBody,
  consentBody,
  departmentsResponse,
  documentsBody,
  fileResponse,
  myFileResponse,
  refreshResponse,
  registrationSiteQuery,
  registrationSiteResponse,
  requestImportBody,
  requestImportResponse,
  verifyImportBody,
} from './file.schemas.js';
import { findFileByUser } from './file.repo.js';
import { applicantFileView } from './file.view.js';
import { saveCompanyStep, saveConsent } from './use-cases/company-step.js';
import { confirmDocuments } from './use-cases/documents.js';
import { deleteImport, pendingImport, requestImport, verifyImport } from './use-cases/import.js';
import { refreshFile } from './use-cases/refresh.js';
import { submitFile } from './use-cases/submit.js';
import { z } from 'zod';

/** The applicant's file: import by unique number, the three steps, submission, "Mettre à jour". */
export async function applicantFileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applicant file'];
  const applicant = requireUser({ roles: ['applicant'] });
  const sensitive = sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE);
  const view = async (userId: string) => {
    const file = await findFileByUser(deps.database.db, userId);
    if (!file) throw new AppError('file.not_found');
    return { file: await applicantFileView(deps, file) };
  };

  r.get(
    '/api/file',
    {
      preHandler: applicant,
      schema: { tags, summary: 'My file ("Ma situation")', response: { 200: myFileResponse } },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await findFileByUser(deps.database.db, user.id);
      return {
        file: file ? await applicantFileView(deps, file) : null,
        pendingImport: file ? null : await pendingImport(deps, user),
      };
    },
  );

  r.post(
    '/api/file/import/request',
    {
      preHandler: applicant,
      config: sensitive,
      schema: {
        tags,
        summary: 'Ask the registration site to e-mail an import code',
        body: requestImportBody,
        response: { 200: requestImportResponse },
      },
    },
    async (request) => requestImport(deps, currentUser(request), request.body),
  );

  r.post(
    '/api/file/import/verify',
    {
      preHandler: applicant,
      config: sensitive,
      schema: {
        tags,
        summary: 'Import the application with the e-mailed code',
        body: verifyImportBody,
        response: { 201: fileResponse },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await verifyImport(deps, user, request.body, request.meta);
      return reply.status(201).send(await view(user.id));
    },
  );

  r.delete(
    '/api/file',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Delete the imported application (to import the right one)',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteImport(deps, currentUser(request), request.meta);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/file/refresh',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Mettre à jour": pull the application again',
        response: { 200: refreshResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const result = await refreshFile(deps, user, request.meta);
      return {
        file: await applicantFileView(deps, result.file),
        changes: result.changes,
        sentBackForValidation: result.sentBackForValidation,
      };
    },
  );

  r.put(
    '/api/file/company',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Je valide l\'entreprise"',
        body: companyStepBody,
        response: { 200: fileResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await saveCompanyStep(deps, user, request.body);
      return view(user.id);
    },
  );

  r.put(
    '/api/file/consent',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'What the employer may see',
        body: consentBody,
        response: { 200: fileResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await saveConsent(deps, user, request.body.level);
      return view(user.id);
    },
  );

  r.put(
    '/api/file/documents',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Confirm the expected supporting documents',
        body: documentsBody,
        response: { 200: fileResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await confirmDocuments(deps, user, request.body.confirmed);
      return view(user.id);
    },
  );

  r.post(
    '/api/file/submit',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Valider mes données": send the file for validation',
        response: { 200: fileResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await submitFile(deps, user, request.meta);
      return view(user.id);
    },
  );

  r.get(
    '/api/registration-sites',
    {
      schema: {
        tags,
        summary: 'Where to file an application, by department',
        querystring: registrationSiteQuery,
        response: { 200: registrationSiteResponse },
      },
    },
    async (request) => {
      const site = registrationSiteFor(request.query.department);
      return {
        department:
          site.departmentCode && site.departmentName
            ? { code: site.departmentCode, name: site.departmentName }
            : null,
        site: { name: site.name, url: site.url, isNational: site.isNational },
        whatToPrepare: [...WHAT_TO_PREPARE],
      };
    },
  );

  r.get(
    '/api/departments',
    { schema: { tags, summary: 'French departments', response: { 200: departmentsResponse } } },
    async () => ({ departments: [...DEPARTMENTS] }),
  );
}
