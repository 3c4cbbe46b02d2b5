import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CUSTOMER_SERVICE_HOURS,
  isCustomerServiceOpen,
} from '../../domain/calendar/service-hours.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import type { Locale } from '../../server/i18n/index.js';
import { checkDocuments, registerMultipart, storeDocument } from '../messages/uploads.js';
import { answerDueOn, openThread } from '../messages/use-cases/threads.js';
import { CODES_HELP } from './content/codes.js';
import {
  CONTACT_CATEGORIES,
  CONTACT_CATEGORY_LABELS,
  CONTACT_POINTS,
  CONTACT_TEXTS,
} from './content/contact.js';
import { FAQ_EN } from './content/faq-en.js';
import { FAQ_FR } from './content/faq-fr.js';
import {
  codesHelpResponse,
  contactCreatedResponse,
  contactForm,
  contactInfoResponse,
  faqResponse,
  langQuery,
} from './help.schemas.js';

const OPEN_DAYS: ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** The language asked in the query, else the request's. */
function localeOf(request: FastifyRequest, lang: Locale | undefined): Locale {
  return lang ?? request.locale;
}

/** Help centre: FAQ, the codes explained, customer-service hours, and the contact form. */
export async function helpRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['help centre'];

  r.get(
    '/api/help/faq',
    {
      schema: {
        tags,
        summary:
          'Frequently asked questions (account, import, codes, documents, offers, candidacies)',
        querystring: langQuery,
        response: { 200: faqResponse },
      },
    },
    async (request) => {
      const locale = localeOf(request, request.query.lang);
      return { locale, sections: locale === 'en' ? FAQ_EN : FAQ_FR };
    },
  );

  r.get(
    '/api/help/codes',
    {
      schema: {
        tags,
        summary:
          'The company code, the personal code and the personal access code side by side, and the recovery path in order',
        querystring: langQuery,
        response: { 200: codesHelpResponse },
      },
    },
    async (request) => {
      const locale = localeOf(request, request.query.lang);
      return { locale, ...CODES_HELP[locale] };
    },
  );

  r.get(
    '/api/help/contact',
    {
      schema: {
        tags,
        summary:
          'Customer service: phone, hours (and whether open now), fraud contact, contact-form subjects',
        querystring: langQuery,
        response: { 200: contactInfoResponse },
      },
    },
    async (request) => {
      const locale = localeOf(request, request.query.lang);
      const texts = CONTACT_TEXTS[locale];
      return {
        locale,
        ...CONTACT_POINTS,
        phoneNote: texts.phoneNote,
        hours: {
          days: OPEN_DAYS,
          ...CUSTOMER_SERVICE_HOURS,
          timeZone: 'Europe/Paris' as const,
          closedOnPublicHolidays: true as const,
          text: texts.hours,
        },
        openNow: isCustomerServiceOpen(deps.clock.now()),
        answerDelay: texts.answerDelay,
        fraud: { email: CONTACT_POINTS.fraudEmail, warning: texts.fraudWarning },
        categories: CONTACT_CATEGORIES.map((key) => ({
          key,
          label: CONTACT_CATEGORY_LABELS[locale][key],
        })),
      };
    },
  );

  await app.register(async (scope) => {
    await registerMultipart(scope, { maxFiles: 4 });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/help/contact',
      {
        preHandler: requireUser({ roles: ['applicant'] }),
        config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
        schema: {
          tags,
          summary:
            'Write to Action Logement (multipart/form-data, attachments optional): answered as a secure message',
          consumes: ['multipart/form-data'],
          body: contactForm,
          response: { 201: contactCreatedResponse },
        },
      },
      async (request, reply) => {
        const user = currentUser(request);
        const { category, subject, message, attachments } = request.body;
        if (attachments.length > 3)
          throw new AppError('upload.too_many_files', {
            fields: [{ path: 'attachments', code: 'field.invalid' }],
          });
        const documents = checkDocuments(attachments, 'attachments');
        const now = deps.clock.now();
        const thread = await deps.database.db.transaction(async (tx) => {
          const attachmentIds: string[] = [];
          for (const document of documents)
            attachmentIds.push(
              await storeDocument(tx, {
                ownerUserId: user.id,
                purpose: 'contact_attachment',
                document,
              }),
            );
          return openThread(tx, {
            applicantUserId: user.id,
            kind: 'contact',
            category,
            subject,
            first: { side: 'applicant', authorUserId: user.id, body: message, attachmentIds },
            now,
          });
        });
        return reply
          .status(201)
          .send({ threadId: thread.id, dueOn: thread.dueOn ?? answerDueOn(now) });
      },
    );
  });
}
