import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { devMailbox } from '../../db/schema/index.js';
import { escapeHtml } from '../../mail/templates.js';
import type { AppDeps } from '../../server/context.js';

const message = z.object({
  id: z.number(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  createdAt: z.date().transform((d) => d.toISOString()),
});

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} — AL'in</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#1e1e1e}header,main{padding:1rem;max-width:60rem;margin:auto}header{border-bottom:1px solid #ccc}a{color:#0b4f9c}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem;overflow-wrap:anywhere}</style></head>
<body><header><p><strong>AL'in</strong> — boîte aux lettres de démonstration (jamais active en production)</p></header><main>${body}</main></body></html>`;
}

/** The development mailbox: e-mails "sent" when no SMTP server is configured. Never registered in production. */
export async function devMailboxRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    '/api/dev/mailbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Messages of the development mailbox (newest first)',
        querystring: z.object({ to: z.string().max(254).optional() }),
        response: { 200: z.object({ messages: z.array(message) }) },
      },
    },
    async (request) => ({
      messages: await db
        .select()
        .from(devMailbox)
        .where(
          request.query.to ? sql`lower(${devMailbox.to}) = lower(${request.query.to})` : undefined,
        )
        .orderBy(desc(devMailbox.id))
        .limit(100),
    }),
  );

  r.get('/dev/mailbox', { schema: { hide: true } }, async (_request, reply) => {
    const rows = await db.select().from(devMailbox).orderBy(desc(devMailbox.id)).limit(100);
    const lines = rows
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.createdAt.toISOString().replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td><td><a href="/dev/mailbox/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
      )
      .join('');
    const body = rows.length
      ? `<h1>Boîte aux lettres</h1><table><caption>${rows.length} message(s), le plus récent d'abord</caption><thead><tr><th scope="col">Date (UTC)</th><th scope="col">Destinataire</th><th scope="col">Objet</th></tr></thead><tbody>${lines}</tbody></table>`
      : '<h1>Boîte aux lettres</h1><p>Aucun message pour le moment.</p>';
    return reply.type('text/html; charset=utf-8').send(page('Boîte aux lettres', body));
  });

  r.get(
    '/dev/mailbox/:id',
    { schema: { hide: true, params: z.object({ id: z.coerce.number().int().positive() }) } },
    async (request, reply) => {
      const [m] = await db
        .select()
        .from(devMailbox)
        .where(eq(devMailbox.id, request.params.id))
        .limit(1);
      if (!m)
        return reply
          .status(404)
          .type('text/html; charset=utf-8')
          .send(
            page(
              'Message introuvable',
              '<h1>Message introuvable</h1><p><a href="/dev/mailbox">Retour à la boîte aux lettres</a></p>',
            ),
          );
      const links = [...m.html.matchAll(/href="([^"]+)"/g)]
        .map((match) => match[1] ?? '')
        .map((href) => href.replace(/&amp;/g, '&'))
        .map((href) => `<li><a href="${escapeHtml(href)}">${escapeHtml(href)}</a></li>`)
        .join('');
      const body = `<p><a href="/dev/mailbox">« Retour à la boîte aux lettres</a></p><h1>${escapeHtml(m.subject)}</h1>
<p>À : ${escapeHtml(m.to)}</p>${links ? `<h2>Liens du message</h2><ul>${links}</ul>` : ''}<h2>Texte</h2><pre>${escapeHtml(m.text)}</pre>`;
      return reply.type('text/html; charset=utf-8').send(page(m.subject, body));
    },
  );
}
