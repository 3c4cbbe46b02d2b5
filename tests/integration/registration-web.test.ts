import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseUniqueNumber } from '../../src/domain/identifiers/unique-number.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import {
  demoApplication as demo,
  readThroughApi as readApplication,
  WebClient,
} from '../../src/registration/testing-clients.js';

/** A complete, valid creation form: a young couple in Brest with a child. */
const validForm = (
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> => ({
  'applicant.civility': 'mme',
  'applicant.birthName': 'Le Bihan',
  'applicant.firstName': 'Maëlle',
  'applicant.birthDate': '14/02/1994',
  'applicant.nationality': 'french',
  'applicant.nir': '2 94 02 29 019 123 58',
  'applicant.email': 'maelle.lebihan@exemple.fr',
  'applicant.mobilePhone': '06 11 22 33 44',
  'applicant.status': 'private_employee',
  'applicant.employerSiret': '432 187 656 00017',
  'applicant.employerName': 'Boulangeries Artisanales de France',
  'applicant.contractType': 'cdi',
  hasCoApplicant: 'non',
  'household.0.relationship': 'child',
  'household.0.firstName': 'Titouan',
  'household.0.lastName': 'Le Bihan',
  'household.0.birthDate': '2019-05-02',
  'household.0.isDependant': 'oui',
  taxIncomeN2: '21 400',
  taxYearN2: '2024',
  monthlyIncome: '1 950,50',
  housingSituation: 'tenant_private',
  monthlyRent: '720',
  'currentCommune.name': 'Guipavas',
  'currentCommune.inseeCode': '29075',
  'currentCommune.postcode': '29490',
  reasons: ['too_expensive', 'far_from_work'],
  typologies: ['T2', 'T3'],
  housingType: 'any',
  'commune.0.name': 'Brest',
  'commune.0.inseeCode': '29019',
  'commune.0.postcode': '29200',
  ...overrides,
});

let s: TestRegistrationService;
beforeAll(async () => {
  s = await startTestRegistrationService();
});
afterAll(async () => {
  await s.close();
});

const readThroughApi = (uniqueNumber: string, email: string) =>
  readApplication(s, uniqueNumber, email);

describe('creating an application through the HTML form', () => {
  it('issues a well-formed unique number for the first commune’s territory and shows it', async () => {
    const web = new WebClient(s.url);
    const form = await web.get('/demandes/nouvelle');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<html lang="fr">');
    expect(form.html.match(/<h1>/g)).toHaveLength(1);

    const created = await web.post('/demandes/nouvelle', validForm());
    expect(created.status).toBe(303);
    const nu = /^\/demandes\/([A-Z0-9]+)\?nouvelle=1$/.exec(created.location ?? '')?.[1] ?? '';
    const parsed = parseUniqueNumber(nu);
    expect(parsed.ok && parsed.value).toMatchObject({
      territory: '029',
      month: '11',
      year: '26',
      office: 'GDPUB',
    });
    expect(nu).toHaveLength(18);

    const summary = await web.get(created.location ?? '');
    expect(summary.status).toBe(200);
    expect(summary.html).toContain('Récapitulatif de ma demande');
    expect(summary.html).toContain(`029 11 26 ${nu.slice(7, 13)} GDPUB`);

    const stored = await readThroughApi(nu, 'maelle.lebihan@exemple.fr');
    expect(stored).toMatchObject({
      status: 'active',
      filedAt: '2026-11-24',
      validUntil: '2027-11-24',
      department: '29',
      applicant: {
        birthName: 'LE BIHAN',
        nir: '294022901912358',
        mobilePhone: '+33611223344',
        professional: { employerSiret: '43218765600017' },
      },
      resources: { taxIncomeN2: 21_400, monthlyIncomeCents: 195_050 },
      household: [{ firstName: 'Titouan', isDependant: true }],
      currentHousing: {
        situation: 'tenant_private',
        monthlyRentCents: 72_000,
        commune: { name: 'Guipavas', inseeCode: '29075', postcode: '29490' },
      },
    });

    // The next number of the territory follows (a sequence, never random).
    const second = new WebClient(s.url);
    await second.get('/demandes/nouvelle');
    const again = await second.post(
      '/demandes/nouvelle',
      validForm({ 'applicant.email': 'autre@exemple.fr' }),
    );
    const nu2 = /\/demandes\/([A-Z0-9]+)/.exec(again.location ?? '')?.[1] ?? '';
    expect(Number(nu2.slice(7, 13))).toBe(Number(nu.slice(7, 13)) + 1);
  });

  it('refuses a wrong SIRET with a message linked to its field, and stores nothing', async () => {
    const web = new WebClient(s.url);
    await web.get('/demandes/nouvelle');
    const r = await web.post(
      '/demandes/nouvelle',
      validForm({
        'applicant.employerSiret': '43218765600018',
        'applicant.email': 'siret.faux@exemple.fr',
        reasons: [],
      }),
    );
    expect(r.status).toBe(400);
    expect(r.html).toContain('id="f-applicant-employerSiret-error"');
    expect(r.html).toMatch(
      /id="f-applicant-employerSiret"[^>]*aria-describedby="[^"]*f-applicant-employerSiret-error"/,
    );
    expect(r.html).toContain('href="#f-reasons"');
    expect(r.html).toContain('value="Le Bihan"');
  });

  it('refuses a form post without the CSRF token', async () => {
    const web = new WebClient(s.url);
    await web.get('/demandes/nouvelle');
    web.csrf = 'forged';
    expect((await web.post('/demandes/nouvelle', validForm())).status).toBe(403);
  });
});

describe('"Modifier ma demande"', () => {
  it('shows the application in the form and saves a change, keeping the number and the dates', async () => {
    const { uniqueNumber, birthDate, email } = demo('b');
    const before = await readThroughApi(uniqueNumber, email);
    const web = new WebClient(s.url);
    await web.access(uniqueNumber, birthDate);
    const form = await web.get(`/demandes/${uniqueNumber}/modifier`);
    const values = Object.fromEntries(
      [
        ...form.html.matchAll(
          /<input type="(?:text|email|tel|date)" id="[^"]+" name="([^"]+)" value="([^"]*)"/g,
        ),
      ].map((m) => [m[1] ?? '', (m[2] ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&')]),
    );
    const selected = Object.fromEntries(
      [
        ...form.html.matchAll(
          /<select id="[^"]+" name="([^"]+)"[^>]*>(?:(?!<\/select>).)*?<option value="([^"]*)" selected>/gs,
        ),
      ].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
    const checked = [
      ...form.html.matchAll(
        /<input type="(?:radio|checkbox)" id="[^"]+" name="([^"]+)" value="([^"]+)" checked>/g,
      ),
    ].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
    const fields: Record<string, string | string[]> = { ...values, ...selected };
    for (const [name, value] of checked)
      fields[name] = name in fields ? [...[fields[name] ?? []].flat(), value] : value;
    const saved = await web.post(`/demandes/${uniqueNumber}/modifier`, {
      ...fields,
      monthlyIncome: '3 410',
      reasons: ['too_small', 'too_expensive'],
    });
    expect([saved.status, saved.location]).toEqual([303, `/demandes/${uniqueNumber}?modifiee=1`]);
    const after = await readThroughApi(uniqueNumber, email);
    expect(after.resources.monthlyIncomeCents).toBe(341_000);
    expect({ ...after, resources: before.resources, updatedAt: before.updatedAt }).toEqual(before);
  });
});

describe('access by number and birth date', () => {
  it('opens the pages with the right birth date only, and sends others to the access form', async () => {
    const jean = demo('a');
    const web = new WebClient(s.url);
    const blocked = await web.get(`/demandes/${jean.uniqueNumber}/modifier`);
    expect(blocked.status).toBe(303);
    expect(blocked.location).toContain('suite=%2Fdemandes%2F1110324517902GDPUB%2Fmodifier');
    expect((await web.access(jean.uniqueNumber, '1988-04-13')).status).toBe(400);
    const ok = await web.access('111 03 24 517902 gdpub', '12/04/1988');
    expect(ok.status).toBe(303);
    expect((await web.get(`/demandes/${jean.uniqueNumber}`)).html).toContain(
      'Boulangeries Artisanales de France',
    );
    expect((await web.get(`/demandes/${demo('b').uniqueNumber}`)).status).toBe(303);
  });
});
