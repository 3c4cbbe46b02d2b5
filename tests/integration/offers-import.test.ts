import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { offers } from '../../src/db/schema/index.js';
import { createTestApp, type HttpClient, type TestApp } from '../support/test-app.js';
import { ensureReferenceData, landlordWithUser, multipartBody, sendRaw } from './offers-helpers.js';

let t: TestApp;
let a: { id: string; c: HttpClient };
const header =
  'reference;street;postcode;communeInsee;latitude;longitude;typology;kind;surfaceM2;floor;hasLift;rent;charges;financing;pmrAdapted;energyClass;gesClass;heating;description;availableOn;applicationDeadline;showcase';
const line = (ref: string, over: Partial<Record<'typology' | 'rent' | 'postcode', string>> = {}) =>
  `${ref};3 rue de Paris;${over.postcode ?? '93100'};93048;;;${over.typology ?? 'T2'};appartement;42,5;3;oui;${over.rent ?? '540,00'};70;PLUS;non;C;D;collective_gas;"Proche métro ; balcon";01/03/2027;20/12/2026;oui`;
const countOffers = async () =>
  (await t.database.db.select().from(offers).where(eq(offers.landlordId, a.id))).length;
const importCsv = (text: string, query = '') =>
  sendRaw(t, a.c, 'POST', `/api/landlord/offers/import${query}`, text, 'text/csv; charset=utf-8');

beforeAll(async () => {
  t = await createTestApp();
  await ensureReferenceData(t);
  a = await landlordWithUser(t, 'Habitat Import');
});
afterAll(async () => {
  await t?.close();
});

describe('CSV import', () => {
  it('imports nothing when a line fails, and reports every line', async () => {
    const text = [
      header,
      line('CSV-1'),
      line('CSV-2', { typology: 'T9' }),
      line('CSV-3', { rent: '20' }),
      line('CSV-1'),
      line('CSV-5', { postcode: '75001' }),
    ].join('\r\n');
    const r = await importCsv(text);
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('offer.import_invalid');
    const report = r
      .json()
      .lines.map((l: { line: number; ok: boolean; problems: { path: string; code: string }[] }) => [
        l.line,
        l.ok,
        l.problems.map((p) => `${p.path}:${p.code}`),
      ]);
    expect(report).toEqual([
      [2, true, []],
      [3, false, ['typology:field.invalid_choice']],
      [4, false, ['rent:offer.rent_implausible', 'charges:offer.charges_implausible']],
      [5, false, ['reference:offer.reference_taken']],
      [6, false, ['postcode:offer.postcode_mismatch']],
    ]);
    expect(r.json().lines[2].problems[0].message).toContain('3 000 €');
    expect(await countOffers()).toBe(0);
  });

  it('gives the header line to start from', async () => {
    const template = await a.c.get('/api/landlord/offers/import/template');
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.body).toBe(`${header}\n`);
  });

  it('names the missing columns of the header', async () => {
    const r = await importCsv('reference;street\nX;1 rue');
    expect(r.statusCode).toBe(422);
    expect(r.json().lines[0].problems.map((p: { path: string; code: string }) => p.code)).toEqual(
      expect.arrayContaining(['offer.column_missing']),
    );
    expect(r.json().lines[0].problems.map((p: { path: string }) => p.path)).toContain('typology');
  });

  it('imports every line of a correct file as drafts, in one go', async () => {
    const r = await importCsv([header, line('CSV-1'), line('CSV-2'), line('CSV-3')].join('\n'));
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ created: 3, published: false });
    const stored = await t.database.db.select().from(offers).where(eq(offers.landlordId, a.id));
    expect(stored.map((o) => o.status)).toEqual(['draft', 'draft', 'draft']);
    expect(stored.find((o) => o.reference === 'CSV-1')).toMatchObject({
      surfaceM2: 42.5,
      rentCents: 54_000,
      chargesCents: 7_000,
      hasLift: true,
      showcase: true,
      kind: 'flat',
      availableOn: '2027-03-01',
      applicationDeadline: '2026-12-20',
      description: 'Proche métro ; balcon',
      ceilingZone: 1,
    });
    // The same references again are refused as taken.
    expect((await importCsv([header, line('CSV-1')].join('\n'))).statusCode).toBe(422);
  });

  it('takes a multipart upload and can publish what it imports', async () => {
    const body = multipartBody(
      'file',
      'offres.csv',
      'text/csv',
      Buffer.from([header, line('MP-1'), line('MP-2')].join('\n')),
    );
    const r = await sendRaw(
      t,
      a.c,
      'POST',
      '/api/landlord/offers/import?publish=true',
      body.payload,
      body.contentType,
    );
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ created: 2, published: true });
    const published = await t.database.db
      .select()
      .from(offers)
      .where(eq(offers.status, 'published'));
    expect(published.map((o) => o.reference).sort()).toEqual(['MP-1', 'MP-2']);
    expect(await t.platform.deps.jobs.drain()).toBeGreaterThanOrEqual(4);
  });
});
