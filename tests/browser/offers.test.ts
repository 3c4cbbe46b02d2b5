import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/db/factories.js';
import { DEMO_PASSWORD } from '../../src/db/seed.js';
import { generatedPhoto } from '../../src/modules/offers/offer.factories.js';
import { sweepChangedFiles } from '../../src/modules/offers/use-cases/eligibility-jobs.js';
import { demoApplication } from '../support/applicant-files.js';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  settledAndAccessible,
  browserEnvForFile,
} from '../support/browser.js';

// The offers journeys in Chromium, with an axe scan on every page visited: the demo landlord
// publishes an offer with a photo, it appears in the public showcase; the demo applicant (Jean
// Dupont, single, tax income 24,800 €, 2,080 € a month: eligible to a PLUS T2 in Paris) finds it in
// the gallery and on the map with filters, and saves an alert; a family of five (demo application
// (d)) opens its link and sees why it is not for them; a new matching offer e-mails the alert,
// whose link unsubscribes without logging in.

const LANDLORD = 'bailleur@demo.al-in.fr';
const OPERATOR = 'conseiller@demo.al-in.fr';
const JEAN = 'salarie@demo.al-in.fr';
const JEAN_NUMBER = '1110324517902GDPUB';
const REFERENCE = 'PAR12-T2-001';

const { run, env } = browserEnvForFile();
let offerUrl = '';

/** `YYYY-MM-DD`, `days` days from today. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A JSON call with the page's session and a CSRF token (the steps other journeys test by hand). */
async function api(page: Page, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const { token } = (await (await page.request.get('/api/csrf')).json()) as { token: string };
  const response = await page.request.fetch(url, {
    method,
    headers: { 'x-csrf-token': token, 'content-type': 'application/json' },
    ...(method === 'GET' ? {} : { data: body ?? {} }),
  });
  if (!response.ok())
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

/** Imports an application into the logged-in account, completes the steps and submits the file. */
async function submitFile(
  page: Page,
  uniqueNumber: string,
  applicationEmail: string,
): Promise<string> {
  env.registration.clock.advance(61_000);
  const before = (await env.registration.mailsTo(applicationEmail)).length;
  await api(page, 'POST', '/api/file/import/request', { uniqueNumber });
  await api(page, 'POST', '/api/file/import/verify', {
    code: await env.readImportCode(applicationEmail, before),
  });
  await api(page, 'PUT', '/api/file/company', { attachTo: 'applicant', employerName: 'Employeur' });
  await api(page, 'PUT', '/api/file/consent', { level: 'anonymous' });
  const { file } = (await api(page, 'GET', '/api/file')) as {
    file: { documents: { documents: { key: string }[] }[] };
  };
  const keys = file.documents.flatMap((group) => group.documents.map((d) => d.key));
  await api(page, 'PUT', '/api/file/documents', { confirmed: keys });
  const submitted = (await api(page, 'POST', '/api/file/submit')) as { file: { id: string } };
  return submitted.file.id;
}

async function validateFile(fileId: string): Promise<void> {
  const operator = await env.newPage();
  await logIn(operator, OPERATOR, { waitForRedirect: true });
  await api(operator, 'POST', `/api/backoffice/files/${fileId}/decision`, { decision: 'validate' });
  await operator.close();
}

async function fillOfferForm(page: Page, reference: string): Promise<void> {
  await page.getByLabel(/^Référence de l'offre/).fill(reference);
  await page.getByLabel(/^Adresse \(numéro et voie\)/).fill('12 rue de Charenton');
  await page.getByRole('combobox', { name: /^Commune/ }).fill('Paris 12');
  await page.getByRole('option', { name: /Paris 12e Arrondissement \(75012\)/ }).click();
  await expect.poll(() => page.getByLabel(/^Code postal/).inputValue()).toBe('75012');
  await page.getByLabel(/^Typologie/).selectOption('T2');
  await page.getByLabel('Appartement').check();
  await page.getByLabel(/^Surface habitable/).fill('45');
  await page.getByLabel(/^Étage/).fill('2');
  await page.getByLabel('Ascenseur').check();
  await page.getByLabel(/^Chauffage/).selectOption('collective_gas');
  await page.getByLabel(/^Classe énergie/).selectOption('C');
  await page.getByLabel(/^Classe gaz/).selectOption('C');
  await page.getByLabel(/^Description/).fill('Appartement lumineux, proche du métro Gare de Lyon.');
  await page.getByLabel(/^Loyer hors charges/).fill('520');
  await page.getByLabel(/^Charges/).fill('80');
  await page.getByLabel(/^Financement/).selectOption('PLUS');
  await page.getByLabel(/^Date limite de candidature/).fill(inDays(21));
  await page.getByLabel(/^Disponible dès le/).fill(inDays(60));
  await page.getByLabel("Diffuser l'offre dans la vitrine publique").check();
}

describe.runIf(run)('offers journeys in Chromium', () => {
  it(
    'lets the landlord publish an offer with a photo, which then appears in the showcase',
    { timeout: 240_000 },
    async () => {
      const page = await env.newPage();
      await logIn(page, LANDLORD, { waitForRedirect: true });
      await page.getByRole('heading', { level: 1, name: 'Espace bailleur' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Mes offres' }).waitFor();
      await settledAndAccessible(page);

      await page.getByRole('link', { name: 'Créer une offre' }).click();
      await page.getByRole('heading', { level: 1, name: 'Créer une offre' }).waitFor();
      await expectAccessible(page);
      // Sent empty: every required field is named in the focused summary.
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.getByText("Renseignez le champ « Référence de l'offre ».").first().waitFor();
      expect(await page.evaluate(() => document.activeElement?.className)).toContain(
        'error-summary',
      );
      await expectAccessible(page);

      // The server's rules come back under their fields (deadline not after today).
      await fillOfferForm(page, REFERENCE);
      await page.getByLabel(/^Date limite de candidature/).fill(inDays(0));
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.locator('#offer-form-applicationDeadline-error').waitFor();
      await expectAccessible(page);
      await page.getByLabel(/^Date limite de candidature/).fill(inDays(21));
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();

      await page.getByRole('heading', { level: 1, name: `Offre ${REFERENCE}` }).waitFor();
      await page.getByText('Le brouillon est enregistré.').waitFor();
      await page.locator('.offers-map .leaflet-marker-icon').first().waitFor();
      await settledAndAccessible(page);

      // A photo: the file, its size, the upload, then the gallery.
      const photo = await generatedPhoto('Séjour', 210);
      await page.getByLabel('Ajouter une photo').setInputFiles({
        name: 'sejour.jpg',
        mimeType: 'image/jpeg',
        buffer: photo,
      });
      await page.getByText(/Fichier choisi : sejour\.jpg \(\d/).waitFor();
      await page.getByRole('button', { name: 'Envoyer la photo' }).click();
      await page.getByText('La photo est ajoutée.').waitFor();
      await page
        .getByRole('img', { name: /^Photo 1 sur 1 : Appartement T2/ })
        .first()
        .waitFor();
      await expectAccessible(page);
      // A second photo, moved to the front: it becomes the cover.
      await page.getByLabel('Ajouter une photo').setInputFiles({
        name: 'cuisine.png',
        mimeType: 'image/png',
        buffer: await generatedPhoto('Cuisine', 40, 800, 600),
      });
      await page.getByRole('button', { name: 'Envoyer la photo' }).click();
      await page.getByText('2 photos sur 10 au plus.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Monter Photo 2 sur 2' }).click();
      await page.getByText('La photo est maintenant en position 1 sur 2.').waitFor();
      // The focus follows the moved photo (its "Descendre" button, now that it is first).
      await page.waitForFunction(() =>
        (document.activeElement?.textContent ?? '').includes('Descendre'),
      );
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Publier', exact: true }).click();
      await page.getByRole('dialog', { name: "Publier l'offre" }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: "Publier l'offre" }).click();
      await page.getByText("L'offre est publiée.").waitFor();
      expect(await page.textContent('main')).toContain('Publiée');
      await expectAccessible(page);
      const offerId = /\/bailleur\/offres\/([0-9a-f-]{36})/.exec(page.url())?.[1];
      expect(offerId).toBeTruthy();
      offerUrl = `/offres/${offerId}`;

      // The list shows it with its state.
      await page.getByRole('link', { name: 'Retour à mes offres' }).click();
      await page.getByRole('link', { name: REFERENCE }).waitFor();
      await settledAndAccessible(page);

      // A visitor: the home page warns about fraud (and the footer links to the report form),
      // then its search text leads to the showcase, then the combobox.
      const visitor = await env.newPage();
      await visitor.goto('/');
      await visitor.getByRole('heading', { level: 2, name: 'Attention aux fraudes' }).waitFor();
      expect(
        await visitor
          .getByRole('main')
          .getByRole('link', { name: 'Signaler une fraude' })
          .getAttribute('href'),
      ).toBe('/signaler-une-fraude');
      expect(
        await visitor
          .getByRole('contentinfo')
          .getByRole('link', { name: 'Signaler une fraude' })
          .getAttribute('href'),
      ).toBe('/signaler-une-fraude');
      await expectAccessible(visitor);
      await visitor.getByLabel('Où souhaitez-vous habiter ?').fill('Paris');
      await visitor.getByRole('button', { name: 'RECHERCHER' }).click();
      await visitor.waitForURL('**/offres?departement=75');
      await visitor.getByText('1 résultat correspond à votre recherche').waitFor();
      await visitor.getByRole('link', { name: /Appartement T2/ }).waitFor();
      expect(await visitor.textContent('main')).toMatch(/600\s€ charges comprises/);
      expect(await visitor.textContent('main')).toContain(
        "toutes les offres d'Action Logement ne sont pas visibles",
      );
      await settledAndAccessible(visitor);
      await visitor.getByRole('combobox', { name: 'Où souhaitez-vous habiter ?' }).fill('Lyon');
      await visitor
        .getByRole('option', { name: /Lyon \(69/ })
        .first()
        .waitFor();
      await expectAccessible(visitor);
      await visitor.keyboard.press('ArrowDown');
      await visitor.keyboard.press('Enter');
      await visitor.getByRole('button', { name: 'RECHERCHER' }).click();
      await visitor.getByText('Aucune offre en vitrine ici').waitFor();
      await settledAndAccessible(visitor);

      await visitor.goto(offerUrl);
      await visitor
        .getByRole('heading', { level: 1, name: /Appartement T2 — Paris 12e/ })
        .waitFor();
      await visitor.getByRole('heading', { level: 2, name: 'Attention aux fraudes' }).waitFor();
      await settledAndAccessible(visitor);
    },
  );

  it(
    'shows the offer to an eligible applicant in the gallery and on the map, with filters',
    { timeout: 240_000 },
    async () => {
      const page = await env.newPage();
      await logIn(page, JEAN, { waitForRedirect: true });
      // Before the file is validated, the offers are closed and the page says why.
      await page.goto('/espace/offres');
      await page.getByText('Les offres ne vous sont pas encore ouvertes').waitFor();
      await settledAndAccessible(page);
      const fileId = await submitFile(page, JEAN_NUMBER, JEAN);
      await validateFile(fileId);

      await page.goto('/espace/offres');
      await page.getByRole('heading', { level: 1, name: 'Propositions de logements' }).waitFor();
      await page.getByText('1 résultat correspond à votre recherche').waitFor();
      await page.getByRole('link', { name: /Appartement T2/ }).waitFor();
      await settledAndAccessible(page);

      // Filters: T2, flat, 1 km around Paris 12e: kept in the address.
      await page.getByLabel('T2', { exact: true }).check();
      await page.getByLabel('Appartement').check();
      await page.getByRole('combobox', { name: 'Où voulez-vous habiter ?' }).fill('750');
      await page.getByRole('option', { name: /Paris 12e Arrondissement/ }).click();
      await page.getByLabel(/^PROX/).fill('1000');
      await page.getByRole('button', { name: 'Afficher' }).click();
      await page.waitForURL(/commune=75112&prox=1000&pieces=T2&type=appartement/);
      await page.getByText('1 résultat correspond à votre recherche').waitFor();
      await settledAndAccessible(page);

      // A filter nothing matches: the seed's "Aucune offre adaptée" message.
      await page.getByLabel('T2', { exact: true }).uncheck();
      await page.getByLabel('T5', { exact: true }).check();
      await page.getByRole('button', { name: 'Afficher' }).click();
      await page.getByText('Aucune offre adaptée').waitFor();
      await page.getByText(/élargir vos souhaits/).waitFor();
      await page.getByRole('button', { name: 'Mettre à jour' }).waitFor();
      await settledAndAccessible(page);
      await page.getByRole('button', { name: 'Réinitialiser tous les critères' }).first().click();
      await page.getByText('1 résultat correspond à votre recherche').waitFor();

      // The list view, then the map: a marker per offer, named, and its popup links to the offer.
      await page.getByRole('tab', { name: 'Liste' }).click();
      await page.getByRole('table', { name: /Offres de la page 1 sur 1/ }).waitFor();
      await settledAndAccessible(page);
      await page.getByRole('tab', { name: 'Carte' }).click();
      await page.waitForURL(/vue=carte/);
      await page.getByRole('region', { name: /Carte de l'offre de cette page/ }).waitFor();
      const marker = page.getByRole('button', { name: /Appartement T2, 600 €, Paris 12e/ });
      await marker.waitFor();
      await page.getByText(/Positions des communes : GeoNames/).waitFor();
      await settledAndAccessible(page);
      await marker.click();
      await page
        .locator('.leaflet-popup')
        .getByRole('link', { name: /Appartement T2/ })
        .waitFor();
      await expectAccessible(page);
      await page
        .locator('.leaflet-popup')
        .getByRole('link', { name: /Appartement T2/ })
        .click();

      // The offer page: the indicators, the verdict, and back to the same results.
      await page.getByRole('heading', { level: 1, name: /Appartement T2 — Paris 12e/ }).waitFor();
      const text = (await page.textContent('main')) ?? '';
      expect(text).toContain('Date limite de candidature');
      expect(text).toContain('Disponible dès le');
      expect(text).toContain("Consommation d'énergie (DPE) : classe C");
      await page.getByText('Ce logement correspond à votre situation').waitFor();
      await page.getByRole('img', { name: /^Photo 1 sur 2/ }).waitFor();
      await settledAndAccessible(page);
      await page.getByRole('link', { name: 'Retour aux résultats' }).first().click();
      await page.waitForURL(/\/espace\/offres\?vue=carte/);

      // "Créer une alerte" saves the search (T2), e-mailed at once.
      await page.getByLabel('T2', { exact: true }).check();
      await page.getByRole('button', { name: 'Afficher' }).click();
      await page.waitForURL(/pieces=T2/);
      await page.getByRole('button', { name: 'Créer une alerte' }).click();
      const dialog = page.getByRole('dialog', { name: 'Créer une alerte' });
      await dialog.waitFor();
      await dialog.getByText('Nombre de pièces : T2').waitFor();
      await expectAccessible(page);
      await dialog.getByLabel(/^Nom de l'alerte/).fill('T2 à Paris');
      await dialog.getByLabel("Dès qu'une offre est publiée").check();
      await dialog.getByRole('button', { name: "Enregistrer l'alerte" }).click();
      await page.getByText(/L'alerte « T2 à Paris » est enregistrée/).waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: 'Gérer mes alertes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mes alertes' }).waitFor();
      await page.getByRole('rowheader', { name: 'T2 à Paris' }).waitFor();
      await settledAndAccessible(page);
    },
  );

  it('tells an applicant the offer is not for and why, rule by rule', async () => {
    const family = demoApplication('d', new Date()).applicant;
    const email = 'famille.moreau@compte.test';
    await createUser(env.platform.deps.database.db, {
      email,
      role: 'applicant',
      firstName: family.firstName,
      lastName: family.birthName,
      password: DEMO_PASSWORD,
    });
    const page = await env.newPage();
    await logIn(page, email, { waitForRedirect: true });
    const number = demoApplication('d', new Date()).uniqueNumber;
    await validateFile(await submitFile(page, number, family.email));

    await page.goto(offerUrl);
    await page.getByRole('heading', { level: 1, name: /Appartement T2 — Paris 12e/ }).waitFor();
    await page.getByText('Ce logement ne correspond pas à votre situation').waitFor();
    await page
      .getByText(/pour un foyer de 5 personnes, les typologies possibles sont T4/)
      .waitFor();
    await page.getByRole('heading', { name: /Taille du logement Condition non remplie/ }).waitFor();
    await page.getByRole('heading', { name: /Plafond de ressources Condition remplie/ }).waitFor();
    await settledAndAccessible(page);

    await page.goto('/espace/offres');
    await page.getByText('Aucune offre adaptée').waitFor();
    await settledAndAccessible(page);
  });

  it(
    'e-mails the alert when a matching offer is published, and its link unsubscribes',
    { timeout: 180_000 },
    async () => {
      // The eligibility profiles the alerts use are refreshed by a job every 5 minutes: run it now.
      await sweepChangedFiles(env.platform.deps);
      const landlord = await env.newPage();
      await logIn(landlord, LANDLORD, { waitForRedirect: true });
      await landlord.getByRole('link', { name: REFERENCE }).click();
      await landlord.getByRole('heading', { level: 1, name: `Offre ${REFERENCE}` }).waitFor();
      await landlord.getByRole('button', { name: 'Dupliquer', exact: true }).click();
      await landlord.getByRole('dialog', { name: "Dupliquer l'offre" }).waitFor();
      await expectAccessible(landlord);
      await landlord.getByRole('button', { name: "Dupliquer l'offre" }).click();
      await landlord.getByRole('heading', { level: 1, name: `Offre ${REFERENCE}-copie` }).waitFor();
      await landlord.getByText('La copie est créée en brouillon').waitFor();
      await settledAndAccessible(landlord);
      await landlord.getByRole('button', { name: 'Publier', exact: true }).click();
      await landlord.getByRole('button', { name: "Publier l'offre" }).click();
      await landlord.getByText("L'offre est publiée.").waitFor();

      const mail = await env.waitForMail(JEAN, 'Nouvelle offre pour votre alerte');
      expect(mail.subject).toContain('T2 à Paris');
      const link = /\/alertes\/desabonnement\?jeton=[\w.-]+/.exec(mail.text)?.[0];
      expect(link).toBeTruthy();

      const visitor = await env.newPage();
      await visitor.goto(link ?? '');
      await visitor.getByText('Vous êtes désabonné').waitFor();
      await visitor.getByText(/« T2 à Paris »/).waitFor();
      await settledAndAccessible(visitor);

      const jean = await env.newPage();
      await logIn(jean, JEAN, { waitForRedirect: true });
      await jean.goto('/espace/alertes');
      await jean.getByRole('rowheader', { name: 'T2 à Paris' }).waitFor();
      await jean.getByText('Désactivée').waitFor();
      await settledAndAccessible(jean);
    },
  );

  it('reports a CSV import line by line and imports nothing when a line is wrong', async () => {
    const page = await env.newPage();
    await logIn(page, LANDLORD, { waitForRedirect: true });
    await page.getByRole('link', { name: 'Importer un fichier CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer des offres (CSV)' }).waitFor();
    await expectAccessible(page);
    const header =
      'reference;street;postcode;communeInsee;latitude;longitude;typology;kind;surfaceM2;floor;hasLift;rent;charges;financing;pmrAdapted;energyClass;gesClass;heating;description;availableOn;applicationDeadline;showcase';
    const line = (ref: string, typology: string) =>
      `${ref};3 rue de Paris;93100;93048;;;${typology};appartement;42,5;3;oui;540;70;PLUS;non;C;D;collective_gas;Balcon;${inDays(70)};${inDays(20)};oui`;
    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'offres.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, line('CSV-1', 'T2'), line('CSV-2', 'T9')].join('\n')),
    });
    await page.getByRole('button', { name: 'Importer' }).click();
    await page.locator('.alert__title', { hasText: "Aucune offre n'a été importée" }).waitFor();
    await page.getByRole('table', { name: /Rapport ligne par ligne/ }).waitFor();
    expect(await page.textContent('main')).toContain('Colonne « typology »');
    await expectAccessible(page);
  });

  it('is usable at 320 px without horizontal scrolling', { timeout: 180_000 }, async () => {
    const page = await env.newPage({ width: 320 });
    await logIn(page, JEAN, { waitForRedirect: true });
    for (const path of [
      '/offres',
      offerUrl,
      '/espace/offres',
      '/espace/offres?vue=carte',
      '/espace/alertes',
    ]) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.locator('main .loading').first().waitFor({ state: 'detached' });
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
    const landlord = await env.newPage({ width: 320 });
    await logIn(landlord, LANDLORD, { waitForRedirect: true });
    for (const path of ['/bailleur', '/bailleur/offres/nouvelle', '/bailleur/import']) {
      await landlord.goto(path);
      await landlord.locator('h1').first().waitFor();
      await landlord.locator('main .loading').first().waitFor({ state: 'detached' });
      await expectNoHorizontalScroll(landlord);
      await expectAccessible(landlord);
    }
  });

  it('reads the offer page in English', async () => {
    const page = await env.newPage();
    await page.goto(offerUrl);
    await page.getByRole('button', { name: 'EN English' }).click();
    await page.getByRole('link', { name: 'Back to the results' }).waitFor();
    await page.getByText('Application deadline').first().waitFor();
    await settledAndAccessible(page);
  });
});
