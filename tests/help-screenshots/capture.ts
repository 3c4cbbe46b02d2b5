import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/db/seed.js';
import { GUIDE_SHOTS } from '../../src/modules/help/content/guide-shots.js';
import { seedDemoOffers } from '../../src/modules/offers/demo-offers.js';
import { logIn, browserEnvForFile } from '../support/browser.js';
import { loggedInClient } from '../support/test-app.js';
import { openShotPage, scrollTo, shoot, taken, type Both, type ShotLocale } from './camera.js';

// `npm run help:screenshots`: the screenshots of the help centre's step-by-step guides, taken from
// our own pages. It runs under Vitest with the browser tests' set-up (a migrated template database,
// the web build, `startBrowserEnv` with the demo data and Chromium), then walks the applicant's
// journey as the guides tell it: a new account (Élodie Lambert), the demo applicant Jean Dupont
// importing demo application (a), completing his file, searching the demo offers, applying, and a
// visitor asking for a lost code. Not part of the test suite: run it again after a screen changes.

const NEW_EMAIL = 'elodie.lambert@exemple.fr';
const NEW_PASSWORD = 'Appartement-2026';
const JEAN = 'salarie@demo.al-in.fr';
const JEAN_NUMBER = '111 03 24 517902 gdpub';
const BAF_SIRET = '43218765600017';
const PROOF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const { run, env } = browserEnvForFile();
let jean: Page;
let offerPath = '';

beforeAll(async () => {
  if (run) await seedDemoOffers(env.platform.deps.database.db, new Date());
});

/** A logged-in API client on the running platform, for the staff's side of the journey. */
const apiAs = (email: string) => loggedInClient(env.platform.app, email, DEMO_PASSWORD);

async function ok(response: Promise<{ statusCode: number; body: string }>): Promise<void> {
  const r = await response;
  expect(r.statusCode, r.body).toBeLessThan(300);
}

/** A button or link named in the language being shot. */
function named(page: Page, role: 'button' | 'link', name: Both) {
  return (locale: ShotLocale) => page.getByRole(role, { name: name[locale], exact: true });
}

describe.runIf(run)('help guides screenshots', () => {
  it('creates and activates an account', async () => {
    const page = await openShotPage(env);
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'JE ME CONNECTE' }).waitFor();
    await shoot(page, 'account-login');

    await page.getByRole('main').getByRole('link', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Création de compte' }).waitFor();
    await page.getByLabel('Madame').check();
    await page.getByLabel('Nom de naissance').fill('Lambert');
    await page.getByLabel('Prénom').fill('Élodie');
    await page.getByLabel('Téléphone portable').fill('06 98 76 54 32');
    await page.getByLabel('Email').fill(NEW_EMAIL);
    await page.getByLabel(/J'ai compris et j'accepte/).check();
    await shoot(page, 'account-sign-up', {
      prepare: async () => scrollTo(page.locator('main form')),
    });
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Validation du compte' }).waitFor();
    await shoot(page, 'account-sent');

    const mail = await env.waitForMail(NEW_EMAIL, "Demande d'accès");
    const link = /https?:\/\/\S+\/compte\/activation\S*/.exec(mail.text)?.[0];
    expect(link).toBeTruthy();
    await page.goto(new URL(link ?? '').pathname + new URL(link ?? '').search);
    await page
      .getByRole('heading', { name: 'Dernière étape avant la validation de votre compte' })
      .waitFor();
    await shoot(page, 'account-confirm');
    await page.getByRole('button', { name: /Cliquez ici/ }).click();
    await page.getByRole('heading', { name: 'Mise à jour du mot de passe' }).waitFor();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await shoot(page, 'account-password');
    await page.getByRole('button', { name: 'VALIDER' }).click();
    await page.getByRole('heading', { name: 'Votre compte a été créé.' }).waitFor();
    await shoot(page, 'account-created');

    await logIn(page, NEW_EMAIL, { password: NEW_PASSWORD, waitForRedirect: true });
    await page.getByRole('link', { name: 'Importer ma demande' }).waitFor();
    await shoot(page, 'account-home');
  });

  it('imports an application and completes the three steps', async () => {
    jean = await openShotPage(env);
    await logIn(jean, JEAN, { waitForRedirect: true });
    await jean.getByRole('link', { name: 'Importer ma demande' }).click();
    await jean.getByRole('heading', { name: 'Votre numéro unique' }).waitFor();
    await shoot(jean, 'import-tutorial');
    await jean.getByRole('button', { name: /Passer les étapes/ }).click();
    await jean.getByLabel('Numéro unique').fill(JEAN_NUMBER);
    await shoot(jean, 'import-number');
    const before = (await env.registration.mailsTo(JEAN)).length;
    await jean.getByRole('button', { name: 'Valider' }).click();
    await jean.getByLabel('Code reçu par e-mail').fill(await env.readImportCode(JEAN, before));
    await shoot(jean, 'import-code');
    await jean.getByRole('button', { name: 'Valider' }).click();
    await jean.getByText(/Votre demande est importée dans AL'in/).waitFor();
    await shoot(jean, 'import-information');

    await jean.getByRole('link', { name: 'Étape suivante' }).first().click();
    await jean.waitForURL('**/espace/dossier/entreprise');
    await jean.getByRole('textbox', { name: /^Code entreprise/ }).fill('BAF-7K2Q9');
    await shoot(jean, 'steps-access-code', {
      prepare: async () => scrollTo(jean.locator('#company-title')),
    });
    const withoutCode: Both = {
      fr: "Je n'ai pas de code d'accès personnel",
      en: 'I have no personal access code',
    };
    await shoot(jean, 'steps-company', {
      prepare: async (locale) =>
        scrollTo(jean.getByRole('heading', { level: 3, name: withoutCode[locale] })),
    });
    await jean.getByRole('button', { name: "Je valide l'entreprise" }).click();
    await jean.getByText('Votre entreprise est enregistrée.').waitFor();
    await jean.getByLabel(/partage limité/).check();
    await shoot(jean, 'steps-consent', {
      prepare: async () => scrollTo(jean.locator('#consent-title')),
    });
    await jean.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await jean.getByText('Votre choix est enregistré.').waitFor();

    await jean.getByRole('link', { name: 'Étape suivante' }).first().click();
    await jean.waitForURL('**/espace/dossier/pieces');
    await jean.getByRole('checkbox').first().waitFor();
    for (const box of await jean.getByRole('checkbox').all()) await box.check();
    await shoot(jean, 'steps-documents', {
      prepare: async () => scrollTo(jean.getByRole('checkbox').first(), 'center'),
    });
    await jean.getByRole('button', { name: 'Valider mes données' }).click();
    const sent = jean.getByText('Votre dossier est transmis à votre entreprise pour validation');
    await sent.waitFor();
    await shoot(jean, 'steps-sent', {
      prepare: async () => scrollTo(jean.locator('main .alert').first(), 'center'),
    });
  });

  it('shows the validated file and the personal code', async () => {
    const fileId = ((await (await apiAs(JEAN)).get('/api/file')).json() as { file: { id: string } })
      .file.id;
    await ok(
      (await apiAs('rh@demo.al-in.fr')).post(`/api/employer/files/${fileId}/decision`, {
        decision: 'validate',
        acknowledgeUnmetCriteria: true,
      }),
    );
    await ok(
      (await apiAs('conseiller@demo.al-in.fr')).post(`/api/backoffice/files/${fileId}/decision`, {
        decision: 'validate',
      }),
    );
    await jean.goto('/espace');
    await jean.getByRole('link', { name: 'Consulter les offres' }).waitFor();
    await shoot(jean, 'steps-validated');
    const personalCode: Both = { fr: 'Mon code personnel', en: 'My personal code' };
    await shoot(jean, 'code-personal', {
      prepare: async (locale) =>
        scrollTo(jean.getByRole('heading', { level: 2, name: personalCode[locale] })),
    });
  });

  it('searches the offers, with filters, the map and an alert', async () => {
    await jean.goto('/espace/offres');
    await jean.getByRole('heading', { level: 1, name: 'Propositions de logements' }).waitFor();
    await jean.getByText(/résultats? corresponde?n?t? à votre recherche/).waitFor();
    await shoot(jean, 'offers-results', {
      prepare: async () =>
        scrollTo(jean.locator('main h2').filter({ hasText: /Résultats|Results/ })),
    });
    await jean.getByLabel('T2', { exact: true }).check();
    await jean.getByLabel('Appartement').check();
    await jean.getByRole('combobox', { name: 'Où voulez-vous habiter ?' }).fill('750');
    await jean.getByRole('option', { name: /Paris 12e Arrondissement/ }).click();
    await jean.getByLabel(/^PROX/).fill('2000');
    const refine: Both = { fr: 'Affiner la recherche', en: 'Refine the search' };
    await shoot(jean, 'offers-filters', {
      prepare: async (locale) => scrollTo(jean.getByRole('heading', { name: refine[locale] })),
    });
    await jean.getByRole('button', { name: 'Afficher' }).click();
    await jean.waitForURL(/pieces=T2/);
    await jean.getByText(/résultats? corresponde?n?t? à votre recherche/).waitFor();

    await jean.getByRole('tab', { name: 'Carte' }).click();
    await jean.waitForURL(/vue=carte/);
    const marker = jean.locator('.leaflet-marker-icon:not(.marker-cluster)').first();
    await marker.waitFor();
    const popupLink = jean.locator('.leaflet-popup a').first();
    await shoot(jean, 'offers-map', {
      prepare: async () => {
        await scrollTo(jean.locator('.leaflet-container'), 'center');
        if (!(await popupLink.isVisible())) await marker.click();
        await popupLink.waitFor();
      },
    });
    // Under load the popup may close as its link is clicked: open it again until the offer shows.
    const offerPage = /\/offres\/[0-9a-f-]{36}$/;
    for (let attempt = 1; !offerPage.test(new URL(jean.url()).pathname); attempt += 1) {
      if (attempt > 3) throw new Error(`the map's popup did not lead to an offer (${jean.url()})`);
      if (!(await popupLink.isVisible())) await marker.click();
      await popupLink.click();
      await jean.waitForURL(offerPage, { timeout: 10_000 }).catch(() => undefined);
    }
    await jean.getByRole('link', { name: 'Retour aux résultats' }).first().waitFor();
    offerPath = new URL(jean.url()).pathname;
    await shoot(jean, 'offers-offer');

    await jean.getByRole('link', { name: 'Retour aux résultats' }).first().click();
    await jean.waitForURL(/\/espace\/offres/);
    const openAlert: Both = { fr: 'Créer une alerte', en: 'Create an alert' };
    const immediate: Both = {
      fr: "Dès qu'une offre est publiée",
      en: 'As soon as an offer is published',
    };
    const dialog = jean.getByRole('dialog');
    await shoot(jean, 'offers-alert', {
      prepare: async (locale) => {
        await named(jean, 'button', openAlert)(locale).click();
        await dialog.getByLabel(/^(Nom de l'alerte|Name of the alert)/).fill('T2 Paris 12e');
        await dialog.getByLabel(immediate[locale]).check();
      },
      cleanup: async () => {
        await jean.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
      },
    });
    await jean.getByRole('button', { name: 'Créer une alerte' }).click();
    await dialog.getByLabel(/^Nom de l'alerte/).fill('T2 Paris 12e');
    await dialog.getByLabel(immediate.fr).check();
    await dialog.getByRole('button', { name: "Enregistrer l'alerte" }).click();
    await jean.getByText(/L'alerte « T2 Paris 12e » est enregistrée/).waitFor();
    await jean.getByRole('link', { name: 'Gérer mes alertes' }).click();
    await jean.getByRole('rowheader', { name: 'T2 Paris 12e' }).waitFor();
    await shoot(jean, 'offers-alerts');
  });

  it('applies, follows the candidacy until it is sent to the landlord', async () => {
    await jean.goto(offerPath);
    const apply = named(jean, 'button', { fr: 'Je postule', en: 'I apply' });
    await apply('fr').waitFor();
    await shoot(jean, 'apply-button', {
      prepare: async (locale) => scrollTo(apply(locale), 'center'),
    });
    await apply('fr').click();
    const done: Both = {
      fr: 'Ce logement a bien été ajouté à vos candidatures',
      en: 'This home has been added to your applications',
    };
    await jean.getByText(done.fr).waitFor();
    await shoot(jean, 'apply-done', {
      prepare: async (locale) => scrollTo(jean.getByText(done[locale]), 'center'),
    });
    await jean.getByRole('main').getByRole('link', { name: 'Mes candidatures' }).click();
    await jean.waitForURL('**/espace/candidatures');
    await jean
      .getByText(/Position 1 sur/)
      .first()
      .waitFor();
    const stages = jean.locator('#candidacy-stages');
    await shoot(jean, 'apply-tracker', { prepare: async () => scrollTo(stages) });
    const cancel: Both = { fr: 'Annuler cette candidature', en: 'Cancel this application' };
    const keep: Both = { fr: 'Non, garder ma candidature', en: 'No, keep my application' };
    await shoot(jean, 'apply-cancel', {
      prepare: async (locale) => {
        await named(jean, 'button', cancel)(locale).click();
        await jean.getByRole('dialog').waitFor();
      },
      cleanup: async (locale) => {
        await named(jean, 'button', keep)(locale).click();
        await jean.getByRole('dialog').waitFor({ state: 'hidden' });
      },
    });

    // Action Logement closes the offer early, validates Jean's file and sends it to the landlord.
    const offerId = offerPath.split('/').pop() ?? '';
    const operator = await apiAs('conseiller@demo.al-in.fr');
    await ok(operator.post(`/api/backoffice/offers/${offerId}/close`));
    const mine = (await (await apiAs(JEAN)).get('/api/candidacies')).json() as {
      current: { id: string };
    };
    await ok(
      operator.post(`/api/backoffice/candidacies/${mine.current.id}/review`, {
        decision: 'validate',
      }),
    );
    await ok(operator.post(`/api/backoffice/offers/${offerId}/send`));
    await jean.reload();
    await jean.getByText('Dossier transmis au bailleur').first().waitFor();
    await shoot(jean, 'apply-sent', { prepare: async () => scrollTo(stages) });
  });

  it('asks for a lost code', async () => {
    const visitor = await openShotPage(env);
    await visitor.goto('/recuperer-mon-code');
    await visitor.getByRole('heading', { level: 1, name: 'Récupérer mon code' }).waitFor();
    await shoot(visitor, 'code-path', {
      prepare: async () => scrollTo(visitor.locator('#recovery-path')),
    });
    await visitor.getByLabel('Le code entreprise de mon employeur').check();
    await visitor.getByLabel('Madame').check();
    await visitor.getByLabel(/^Nom \*/).fill('Lambert');
    await visitor.getByLabel('Prénom').fill('Élodie');
    await visitor.getByLabel('Date de naissance').fill('1991-03-14');
    await visitor.getByLabel("Adresse e-mail de votre compte AL'in").fill(NEW_EMAIL);
    await visitor.getByLabel('Nom de votre employeur').fill('Boulangeries Artisanales de France');
    await visitor.getByLabel('SIRET de votre employeur').fill(BAF_SIRET);
    await visitor
      .getByLabel('Votre demande')
      .fill("Mon service RH est fermé cet été et je n'ai plus le code entreprise.");
    await visitor.getByLabel('Extrait de bulletin de salaire avec le SIRET').check();
    await visitor.getByLabel(/^Justificatif d'emploi \*/).setInputFiles({
      name: 'bulletin.pdf',
      mimeType: 'application/pdf',
      buffer: PROOF,
    });
    await shoot(visitor, 'code-form', {
      prepare: async () =>
        scrollTo(visitor.locator('section[aria-labelledby="recovery-form"] fieldset').nth(1)),
    });
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Demande envoyée' }).waitFor();
    await shoot(visitor, 'code-sent');
  });

  it('has taken every screenshot the guides show', () => {
    expect([...taken].sort()).toEqual([...GUIDE_SHOTS].sort());
  });
});
