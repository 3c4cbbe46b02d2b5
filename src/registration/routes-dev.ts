import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RegistrationDeps } from './context.js';
import { findMail, listMails } from './db/repo.js';
import { e } from './web/html.js';
import { sendPage } from './web/respond.js';

const message = z.object({
  id: z.number(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.date().transform((d) => d.toISOString()),
});

/** The service's development mailbox (e-mails kept when no SMTP server is configured). Never registered in production. */
export async function devRoutes(app: FastifyInstance, deps: RegistrationDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    '/api/dev/mailbox',
    {
      schema: {
        querystring: z.object({ to: z.string().max(254).optional() }),
        response: { 200: z.object({ messages: z.array(message) }) },
      },
    },
    async (request) => ({ messages: await listMails(db, request.query.to) }),
  );

  r.get('/dev/mailbox', async (_request, reply) => {
    const rows = await listMails(db);
    const lines = rows
      .map(
        (m) =>
          `<tr><td>${e(m.createdAt.toISOString().replace('T', ' ').slice(0, 19))}</td><td>${e(m.to)}</td><td><a href="/dev/mailbox/${m.id}">${e(m.subject)}</a></td></tr>`,
      )
      .join('');
    const body = rows.length
      ? `<p>E-mails envoyés par le site d'enregistrement (jamais en production).</p><div class="table-wrap"><table><caption>${rows.length} message(s), le plus récent d'abord</caption><thead><tr><th scope="col">Date (UTC)</th><th scope="col">Destinataire</th><th scope="col">Objet</th></tr></thead><tbody>${lines}</tbody></table></div>`
      : '<p>Aucun message pour le moment.</p>';
    return sendPage(reply, 200, 'Boîte aux lettres', 'Boîte aux lettres de démonstration', body);
  });

  r.get(
    '/dev/mailbox/:id',
    { schema: { params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      const m = await findMail(db, request.params.id);
      if (!m)
        return sendPage(
          reply,
          404,
          'Message introuvable',
          'Message introuvable',
          '<p><a href="/dev/mailbox">Retour à la boîte aux lettres</a></p>',
        );
      const body = `<p><a href="/dev/mailbox">« Retour à la boîte aux lettres</a></p><p>À : ${e(m.to)}<br>Objet : ${e(m.subject)}</p><h2>Texte</h2><pre style="white-space:pre-wrap">${e(m.text)}</pre>`;
      return sendPage(reply, 200, m.subject, 'Message', body);
    },
  );
}
