import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatUniqueNumber } from '../../domain/identifiers/unique-number.js';
import type { RegistrationDeps } from '../context.js';
import { checkRenewal, parisDate } from '../domain/validity.js';
import {
  checkWebAccess,
  createApplication,
  loadApplication,
  readUniqueNumber,
  updateApplication,
} from '../use-cases/applications.js';
import { grantAccess, revokeAccess, safeReturnPath } from './access.js';
import { formBody, guard, sendPage } from './respond.js';
import { renderApplicationForm } from './application-form-render.js';
import { readApplicationForm } from './application-form-read.js';
import { draftToValues, firstValue, type FormBody } from './form-fields.js';
import { readBirthDate, renderHome } from './home.js';
import { e, type FieldErrors } from './html.js';
import { renderSummary } from './summary.js';

const BANNERS: Record<string, (nu: string) => string> = {
  nouvelle: (nu) =>
    `Votre demande est enregistrée. Votre numéro unique : <strong class="number">${e(formatUniqueNumber(nu))}</strong>. Notez-le : il vous sera demandé sur AL'in. Déposez maintenant votre pièce d'identité.`,
  modifiee: () => 'Vos modifications sont enregistrées.',
  renouvelee: () => 'Votre demande est renouvelée pour un an. Son ancienneté est conservée.',
};

/** The applicant's pages: home and access, creation, "Récapitulatif", "Modifier", "Renouveler". */
export async function webRoutes(app: FastifyInstance, deps: RegistrationDeps): Promise<void> {
  const production = deps.config.NODE_ENV === 'production';
  const today = () => parisDate(deps.clock.now());

  const home = (
    reply: FastifyReply,
    status: number,
    values: {
      uniqueNumber?: string;
      birthDate?: string;
      returnTo?: string;
      errors?: FieldErrors;
      notice?: string | null;
    },
  ) =>
    sendPage(
      reply,
      status,
      values.errors && Object.keys(values.errors).length ? 'Erreur — Accueil' : 'Accueil',
      "Site d'enregistrement de la demande de logement social (démonstration)",
      renderHome({
        csrf: reply.generateCsrf(),
        uniqueNumber: values.uniqueNumber ?? '',
        birthDate: values.birthDate ?? '',
        returnTo: values.returnTo ?? '',
        errors: values.errors ?? {},
        notice: values.notice ?? null,
      }),
    );

  app.get<{ Querystring: { numero?: string; suite?: string } }>('/', async (request, reply) => {
    const { numero, suite } = request.query;
    return home(reply, 200, {
      uniqueNumber: numero ?? '',
      returnTo: suite ?? '',
      notice: numero ? 'Identifiez-vous pour accéder à cette demande.' : null,
    });
  });

  app.post(
    '/acces',
    {
      preHandler: app.csrfProtection,
      config: { rateLimit: { max: 10, timeWindow: '15 minutes' } },
    },
    async (request, reply) => {
      const body = formBody(request);
      const typedNumber = firstValue(body, 'uniqueNumber');
      const typedDate = firstValue(body, 'birthDate');
      const returnTo = firstValue(body, 'suite');
      const errors: FieldErrors = {};
      const nu = readUniqueNumber(typedNumber);
      const birthDate = readBirthDate(typedDate);
      if (!nu)
        errors['uniqueNumber'] = typedNumber
          ? 'numéro unique de 17 ou 18 caractères attendu'
          : 'ce champ est obligatoire';
      if (!birthDate)
        errors['birthDate'] = typedDate
          ? 'date attendue au format JJ/MM/AAAA'
          : 'ce champ est obligatoire';
      const granted =
        nu && birthDate ? await checkWebAccess(deps.database.db, nu, birthDate) : null;
      if (!granted) {
        if (nu && birthDate)
          errors['uniqueNumber'] = 'numéro unique ou date de naissance incorrect';
        return home(reply, 400, {
          uniqueNumber: typedNumber,
          birthDate: birthDate ?? typedDate,
          returnTo,
          errors,
        });
      }
      grantAccess(reply, granted, deps.clock.now(), production);
      return reply.redirect(safeReturnPath(returnTo, granted), 303);
    },
  );

  app.post('/sortie', { preHandler: app.csrfProtection }, async (_request, reply) => {
    revokeAccess(reply);
    return reply.redirect('/', 303);
  });

  const formPage = (
    reply: FastifyReply,
    status: number,
    h1: string,
    action: string,
    values: FormBody,
    errors: FieldErrors,
    submitLabel: string,
  ) =>
    sendPage(
      reply,
      status,
      Object.keys(errors).length ? `Erreur — ${h1}` : h1,
      h1,
      renderApplicationForm({
        action,
        csrf: reply.generateCsrf(),
        values,
        errors,
        submitLabel,
        today: today(),
      }),
    );

  app.get('/demandes/nouvelle', async (_request, reply) =>
    formPage(
      reply,
      200,
      'Créer une demande de logement social',
      '/demandes/nouvelle',
      {},
      {},
      'Enregistrer ma demande et obtenir mon numéro unique',
    ),
  );

  app.post('/demandes/nouvelle', { preHandler: app.csrfProtection }, async (request, reply) => {
    const body = formBody(request);
    const read = readApplicationForm(body, today());
    if (!read.ok)
      return formPage(
        reply,
        400,
        'Créer une demande de logement social',
        '/demandes/nouvelle',
        body,
        read.errors,
        'Enregistrer ma demande et obtenir mon numéro unique',
      );
    const application = await createApplication(deps, read.draft);
    grantAccess(reply, application.uniqueNumber, deps.clock.now(), production);
    return reply.redirect(`/demandes/${application.uniqueNumber}?nouvelle=1`, 303);
  });

  app.get<{ Params: { nu: string }; Querystring: Record<string, string | undefined> }>(
    '/demandes/:nu',
    async (request, reply) => {
      const nu = await guard(request, reply, deps);
      if (!nu) return reply;
      const application = await loadApplication(deps.database.db, nu, deps.clock.now());
      if (!application)
        return sendPage(
          reply,
          404,
          'Demande introuvable',
          'Demande introuvable',
          '<p><a href="/">Retour à l’accueil</a></p>',
        );
      const bannerKey = Object.keys(BANNERS).find((k) => request.query[k] !== undefined);
      const banner = bannerKey ? (BANNERS[bannerKey]?.(nu) ?? null) : null;
      return sendPage(
        reply,
        200,
        'Récapitulatif de ma demande',
        'Récapitulatif de ma demande',
        renderSummary(
          application,
          checkRenewal(application, today()),
          reply.generateCsrf(),
          banner,
        ),
      );
    },
  );

  app.get<{ Params: { nu: string } }>('/demandes/:nu/modifier', async (request, reply) => {
    const nu = await guard(request, reply, deps);
    if (!nu) return reply;
    const application = await loadApplication(deps.database.db, nu, deps.clock.now());
    if (!application) return reply.callNotFound();
    return formPage(
      reply,
      200,
      'Modifier ma demande',
      `/demandes/${nu}/modifier`,
      draftToValues(application),
      {},
      'Enregistrer les modifications',
    );
  });

  app.post<{ Params: { nu: string } }>(
    '/demandes/:nu/modifier',
    { preHandler: app.csrfProtection },
    async (request, reply) => {
      const nu = await guard(request, reply, deps);
      if (!nu) return reply;
      const body = formBody(request);
      const read = readApplicationForm(body, today());
      if (!read.ok)
        return formPage(
          reply,
          400,
          'Modifier ma demande',
          `/demandes/${nu}/modifier`,
          body,
          read.errors,
          'Enregistrer les modifications',
        );
      if (!(await updateApplication(deps, nu, read.draft))) return reply.callNotFound();
      return reply.redirect(`/demandes/${nu}?modifiee=1`, 303);
    },
  );
}
