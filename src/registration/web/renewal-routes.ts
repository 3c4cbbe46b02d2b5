import type { FastifyInstance } from 'fastify';
import type { RegistrationDeps } from '../context.js';
import { addMonths, checkRenewal, parisDate } from '../domain/validity.js';
import { loadApplication, renewApplication } from '../use-cases/applications.js';
import { csrfField, e } from './html.js';
import { frenchDate } from './labels.js';
import { guard, sendPage } from './respond.js';

/** "Renouveler ma demande": one more year from today in the last month, reactivation until 18 months. */
export async function renewalRoutes(app: FastifyInstance, deps: RegistrationDeps): Promise<void> {
  const today = () => parisDate(deps.clock.now());

  app.get<{ Params: { nu: string } }>('/demandes/:nu/renouveler', async (request, reply) => {
    const nu = await guard(request, reply, deps);
    if (!nu) return reply;
    const application = await loadApplication(deps.database.db, nu, deps.clock.now());
    if (!application) return reply.callNotFound();
    const check = checkRenewal(application, today());
    const back = `<p><a href="/demandes/${e(nu)}">« Retour au récapitulatif</a></p>`;
    const body = check.ok
      ? `<p>Votre demande est valable jusqu'au ${e(frenchDate(application.validUntil))}. En la ${check.reactivation ? 'réactivant' : 'renouvelant'} aujourd'hui, elle sera valable un an de plus, jusqu'au ${e(frenchDate(addMonths(today(), 12)))}, et gardera son ancienneté (déposée le ${e(frenchDate(application.filedAt))}).</p>
<p>Avant de confirmer, vérifiez que votre situation (ménage, ressources, souhaits) est à jour : <a href="/demandes/${e(nu)}/modifier">modifier ma demande</a>.</p>
<form method="post" action="/demandes/${e(nu)}/renouveler">${csrfField(reply.generateCsrf())}<button type="submit">${check.reactivation ? 'Réactiver' : 'Renouveler'} ma demande</button></form>${back}`
      : check.reason === 'too_early'
        ? `<p>Votre demande est valable jusqu'au ${e(frenchDate(application.validUntil))}. Le renouvellement sera possible à partir du ${e(frenchDate(check.opensOn))}.</p>${back}`
        : `<p>Cette demande est radiée et ne peut plus être renouvelée.</p>${back}`;
    return sendPage(
      reply,
      check.ok ? 200 : 409,
      'Renouveler ma demande',
      'Renouveler ma demande',
      body,
    );
  });

  app.post<{ Params: { nu: string } }>(
    '/demandes/:nu/renouveler',
    { preHandler: app.csrfProtection },
    async (request, reply) => {
      const nu = await guard(request, reply, deps);
      if (!nu) return reply;
      const result = await renewApplication(deps, nu);
      if (!result) return reply.callNotFound();
      if (!result.ok) return reply.redirect(`/demandes/${nu}/renouveler`, 303);
      return reply.redirect(`/demandes/${nu}?renouvelee=1`, 303);
    },
  );
}
