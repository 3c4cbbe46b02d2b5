import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, fraudReports } from '../../src/db/schema/index.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  countRows,
  newApplicant,
  NOW,
  PDF_BYTES,
  PNG_BYTES,
  postMultipart,
  staffClient,
} from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;
let operator: HttpClient;
let applicant: Awaited<ReturnType<typeof newApplicant>>;
let neighbour: Awaited<ReturnType<typeof newApplicant>>;

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
  operator = await staffClient(t, 'conseil@al.test', { role: 'operator' });
  applicant = await newApplicant(t, reg);
  neighbour = await newApplicant(t, reg);
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('help centre content', () => {
  it('serves the FAQ in French and English with the same sections', async () => {
    const visitor = new HttpClient(t.app);
    const fr = (await visitor.get('/api/help/faq')).json();
    const en = (await visitor.get('/api/help/faq?lang=en')).json();
    expect(fr.locale).toBe('fr');
    expect(fr.sections.map((s: { id: string }) => s.id)).toEqual([
      'account',
      'import',
      'codes',
      'documents',
      'offers',
      'candidacies',
    ]);
    const shape = (x: { sections: { id: string; entries: { id: string }[] }[] }) =>
      x.sections.map((s) => [s.id, s.entries.map((e) => e.id)]);
    expect(shape(en)).toEqual(shape(fr));
    expect(JSON.stringify(fr)).toContain('24 heures');
    expect(en.sections[2].title).toBe('Company code and personal code');
  });

  it('gives the customer-service hours and says whether it is open now', async () => {
    const info = (await new HttpClient(t.app).get('/api/help/contact')).json();
    expect(info).toMatchObject({
      phone: '0970 800 800',
      hours: {
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        opens: '09:00',
        closes: '18:00',
        timeZone: 'Europe/Paris',
        closedOnPublicHolidays: true,
      },
      openNow: true,
      fraud: { email: 'fraude.als@actionlogement.fr' },
    });
    expect(info.fraud.warning).toContain('gratuits');
    expect(info.categories.map((c: { key: string }) => c.key)).toContain('codes');
  });
});

describe('step-by-step guides', () => {
  it('lists the guides in French and English with the same slugs and FAQ links', async () => {
    const visitor = new HttpClient(t.app);
    const fr = await visitor.get('/api/help/guides');
    expect(fr.statusCode).toBe(200);
    const en = (await visitor.get('/api/help/guides?lang=en')).json();
    const slugs = fr.json().guides.map((g: { slug: string }) => g.slug);
    expect(slugs).toEqual([
      'creer-mon-compte',
      'importer-ma-demande',
      'completer-mon-dossier',
      'rechercher-des-offres',
      'postuler-et-suivre',
      'recuperer-un-code',
    ]);
    expect(en.guides.map((g: { slug: string }) => g.slug)).toEqual(slugs);
    expect(en.guides[5]).toMatchObject({
      title: 'Recover a lost code',
      faq: ['codes/lost', 'codes/difference'],
    });
    const faq = (await visitor.get('/api/help/faq')).json();
    const entries = faq.sections.flatMap((s: { id: string; entries: { id: string }[] }) =>
      s.entries.map((e) => `${s.id}/${e.id}`),
    );
    for (const guide of fr.json().guides)
      for (const ref of guide.faq) expect(entries).toContain(ref);
  });

  it('serves one guide with numbered steps and screenshots in the reader’s language', async () => {
    const visitor = new HttpClient(t.app);
    const fr = (await visitor.get('/api/help/guides/importer-ma-demande')).json();
    expect(fr.locale).toBe('fr');
    expect(fr.guide.title).toBe('Importer ma demande avec mon numéro unique');
    expect(fr.guide.steps).toHaveLength(5);
    expect(fr.guide.steps[3].screenshot).toMatchObject({
      src: '/help/guides/fr/import-code.webp',
      width: 900,
      height: 615,
    });
    expect(fr.guide.steps[3].text.join(' ')).toContain('24 heures');
    const en = (await visitor.get('/api/help/guides/importer-ma-demande?lang=en')).json();
    expect(en.guide.steps[3].screenshot.src).toBe('/help/guides/en/import-code.webp');
    expect(en.guide.steps[3].screenshot.alt).toContain('Code received by email');
  });

  it('answers 404 with a stable code for an unknown guide', async () => {
    const r = await new HttpClient(t.app).get('/api/help/guides/inconnu');
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('resource.not_found');
  });
});

describe('contact form and secure messages', () => {
  let threadId = '';

  it('creates a thread for the back office, due in 3 working days, with the attachments checked', async () => {
    const r = await postMultipart(t, applicant.c, '/api/help/contact', [
      ['category', 'documents'],
      ['subject', 'Pièce refusée'],
      ['message', 'Mon avis d’imposition a été refusé, pourquoi ?'],
      ['attachments', { fileName: 'avis.pdf', contentType: 'application/pdf', data: PDF_BYTES }],
      ['attachments', { fileName: 'capture.png', contentType: 'image/png', data: PNG_BYTES }],
    ]);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().dueOn).toBe('2026-11-27');
    threadId = r.json().threadId;
    const queue = (
      await operator.get('/api/backoffice/messages?kind=contact&status=awaiting_backoffice')
    ).json().threads;
    expect(queue).toEqual([
      expect.objectContaining({
        id: threadId,
        category: 'documents',
        dueOn: '2026-11-27',
        overdue: false,
        unread: 1,
        applicant: expect.objectContaining({ email: applicant.accountEmail }),
      }),
    ]);
  });

  it('refuses a wrong attachment or too many, and stores nothing', async () => {
    const before = [await countRows(t, 'uploaded_files'), await countRows(t, 'message_threads')];
    const fake = await postMultipart(t, applicant.c, '/api/help/contact', [
      ['category', 'other'],
      ['subject', 'Test'],
      ['message', 'Bonjour'],
      ['attachments', { fileName: 'ok.pdf', contentType: 'application/pdf', data: PDF_BYTES }],
      [
        'attachments',
        {
          fileName: 'virus.pdf',
          contentType: 'application/pdf',
          data: Buffer.from('<html>not a pdf</html>'),
        },
      ],
    ]);
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.fields).toEqual([
      { path: 'attachments.1', code: 'upload.unsupported_type', message: expect.any(String) },
    ]);
    const many = await postMultipart(t, applicant.c, '/api/help/contact', [
      ['category', 'other'],
      ['subject', 'Test'],
      ['message', 'Bonjour'],
      ...[1, 2, 3, 4].map(
        (i): [string, { fileName: string; contentType: string; data: Buffer }] => [
          'attachments',
          { fileName: `p${i}.pdf`, contentType: 'application/pdf', data: PDF_BYTES },
        ],
      ),
    ]);
    expect(many.json().error.code).toBe('upload.too_many_files');
    expect([await countRows(t, 'uploaded_files'), await countRows(t, 'message_threads')]).toEqual(
      before,
    );
    expect(
      (
        await postMultipart(t, new HttpClient(t.app), '/api/help/contact', [
          ['category', 'other'],
          ['subject', 'x'],
          ['message', 'y'],
        ])
      ).statusCode,
    ).toBe(401);
  });

  it('lets the back office read (attachments logged) and answer; the applicant is told by e-mail without the text', async () => {
    const thread = (await operator.get(`/api/backoffice/messages/${threadId}`)).json();
    const attachment = thread.messages[0].attachments[0];
    expect(attachment).toMatchObject({ fileName: 'avis.pdf', contentType: 'application/pdf' });
    const download = await operator.get(
      `/api/backoffice/messages/${threadId}/attachments/${attachment.id}`,
    );
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect(
      await t.database.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'message.attachment_viewed')),
    ).toHaveLength(1);

    const answer =
      'Votre avis de 2024 est illisible : déposez-le à nouveau sur le site d’enregistrement.';
    const r = await operator.post(`/api/backoffice/messages/${threadId}`, { body: answer });
    expect(r.json().thread.status).toBe('awaiting_applicant');
    const [mail] = (await t.mailsTo(applicant.accountEmail)).filter((m) =>
      m.subject.includes('Nouveau message'),
    );
    expect(mail?.text).toContain('Pièce refusée');
    expect(mail?.text).not.toContain('illisible');
    expect(mail?.text).toContain('http://alin.test/espace/messages');

    const read = (await applicant.c.get(`/api/messages/${threadId}`)).json();
    expect(read.messages.map((m: { side: string }) => m.side)).toEqual(['applicant', 'backoffice']);
    const mine = await applicant.c.get(`/api/messages/${threadId}/attachments/${attachment.id}`);
    expect(mine.headers['content-disposition']).toBe('attachment; filename="avis.pdf"');
    const reply = await applicant.c.post(`/api/messages/${threadId}`, {
      body: 'Merci, c’est fait.',
    });
    expect(reply.json().thread.status).toBe('awaiting_backoffice');
    expect(
      (
        await operator.post(`/api/backoffice/messages/${threadId}`, {
          body: 'Parfait.',
          close: true,
        })
      ).json().thread.status,
    ).toBe('closed');
    expect(
      (await applicant.c.post(`/api/messages/${threadId}`, { body: 'Encore une question' })).json()
        .error.code,
    ).toBe('message.thread_closed');
  });

  it('keeps each applicant’s messages to themselves', async () => {
    expect((await neighbour.c.get(`/api/messages/${threadId}`)).json().error.code).toBe(
      'message.not_found',
    );
    expect(
      (await neighbour.c.post(`/api/messages/${threadId}`, { body: 'Intrus' })).statusCode,
    ).toBe(404);
    expect((await neighbour.c.get('/api/messages')).json().threads).toEqual([]);
    expect((await applicant.c.get('/api/backoffice/messages')).statusCode).toBe(403);
  });

  it('lets a consultant start a conversation', async () => {
    const users = (await operator.get(`/api/backoffice/messages/${threadId}`)).json().thread
      .applicant;
    const r = await operator.post('/api/backoffice/messages', {
      applicantUserId: users.id,
      subject: 'Votre dossier',
      body: 'Pouvez-vous mettre à jour votre demande ?',
    });
    expect(r.statusCode).toBe(201);
    const threads = (await applicant.c.get('/api/messages')).json().threads;
    expect(threads.find((x: { id: string }) => x.id === r.json().thread.id)).toMatchObject({
      kind: 'general',
      subject: 'Votre dossier',
      unread: 1,
    });
  });
});

describe('fraud reports', () => {
  it('are accepted from anyone and handled in the back office', async () => {
    const r = await new HttpClient(t.app).post('/api/help/fraud-reports', {
      channel: 'phone',
      description: 'On m’a demandé 300 € pour un bon de visite.',
      amountRequestedEuros: 300,
      contactEmail: 'temoin@exemple.test',
    });
    expect(r.statusCode, r.body).toBe(201);
    const reference = r.json().reference;
    expect(reference).toMatch(/^FR-/);
    const mine = await applicant.c.post('/api/help/fraud-reports', {
      channel: 'social_network',
      description: 'Une annonce AL’in payante sur un réseau social.',
    });
    expect(mine.statusCode).toBe(201);
    const [row] = await t.database.db
      .select()
      .from(fraudReports)
      .where(eq(fraudReports.reference, mine.json().reference));
    expect(row?.reporterUserId).not.toBeNull();
    expect(
      (
        await new HttpClient(t.app).post('/api/help/fraud-reports', {
          channel: 'phone',
          description: 'court',
        })
      ).json().error.code,
    ).toBe('validation.failed');

    const list = (await operator.get('/api/backoffice/fraud-reports?status=new')).json().reports;
    const report = list.find((x: { reference: string }) => x.reference === reference);
    expect(report).toMatchObject({
      amountRequestedCents: 30000,
      fromAccount: false,
      status: 'new',
    });
    const handled = await operator.request('PATCH', `/api/backoffice/fraud-reports/${report.id}`, {
      status: 'closed',
      handlingNote: 'Transmis à la police.',
    });
    expect(handled.json().report).toMatchObject({
      status: 'closed',
      handlingNote: 'Transmis à la police.',
    });
    expect((await applicant.c.get('/api/backoffice/fraud-reports')).statusCode).toBe(403);
  });
});
