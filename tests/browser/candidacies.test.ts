import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/db/factories.js';
import { users } from '../../src/db/schema/index.js';
import { DEMO_PASSWORD } from '../../src/db/seed.js';
import { createOffer, daysAfter } from '../../src/modules/offers/offer.factories.js';
import {
  completeAndSubmit,
  demoApplication,
  importApplication,
} from '../support/applicant-files.js';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  mainText,
  browserEnvForFile,
} from '../support/browser.js';
import type { HttpClient } from '../support/test-app.js';
import { loggedInClient } from '../support/test-app.js';

// The candidacy journey across the four portals, in Chromium, with an axe scan on every page
// visited. The applicants' files are prepared through the API (their UI belongs to the applicant
// file feature): Jean DUPONT (demo application a) applies through the offer page, Sophie MARTIN
// (demo application b) through the API while Jean's tracker is open. The demo operator
// (conseiller@demo.al-in.fr) closes the offer early, validates both files and sends them; the demo
// landlord (bailleur@demo.al-in.fr, Habitat Francilien) writes to Jean, records the visit, enters
// the commission's decision (Jean: attribution; Sophie: non-attribution), the lease and the
// move-in; Jean's tracker then shows every stage done, and Sophie may apply elsewhere.

/** The map's attribution line is the tile provider's markup, outside our control. */
const MAP_ATTRIBUTION = '.leaflet-control-attribution';

const { run, env } = browserEnvForFile();

const JEAN = 'jean.candidat@exemple.fr';
const PARIS = { communeInsee: '75112', postcode: '75012', latitude: 48.8412, longitude: 2.3876 };

/** A logged-in API client on the running platform. */
const apiClient = (email: string) => loggedInClient(env.platform.app, email, DEMO_PASSWORD);

/** An applicant account named like a demo application, whose file Action Logement validated. */
async function validatedApplicant(letter: string, email: string, operator: HttpClient) {
  const application = demoApplication(letter, new Date());
  const { db } = env.platform.deps.database;
  await createUser(db, {
    email,
    role: 'applicant',
    firstName: application.applicant.firstName,
    lastName: application.applicant.birthName,
    password: DEMO_PASSWORD,
  });
  env.registration.clock.advance(61_000);
  const c = await apiClient(email);
  const file = await importApplication(
    c,
    env.registration,
    application.uniqueNumber,
    application.applicant.email,
  );
  await completeAndSubmit(c, { consent: 'anonymous' });
  const decision = await operator.post(`/api/backoffice/files/${file.id}/decision`, {
    decision: 'validate',
  });
  expect(decision.json().status, decision.body).toBe('validated');
  return c;
}

/** Waits for a text in the page; on failure, says what the page showed instead. */
async function see(page: Page, text: string | RegExp): Promise<void> {
  try {
    await page.getByText(text).first().waitFor();
  } catch (error) {
    throw new Error(
      `"${String(text)}" not shown on ${page.url()}; the page shows: ${await mainText(page)}`,
      {
        cause: error,
      },
    );
  }
}

describe.runIf(run)('candidacy journey in Chromium', () => {
  it('applies, follows the position live, is shortlisted, sent, visited, allocated and moves in', async () => {
    const { db } = env.platform.deps.database;
    const operatorApi = await apiClient('conseiller@demo.al-in.fr');
    const [landlordUser] = await db
      .select({ landlordId: users.landlordId })
      .from(users)
      .where(eq(users.email, 'bailleur@demo.al-in.fr'));
    const landlordId = landlordUser?.landlordId ?? '';
    const now = new Date();
    const offer = await createOffer(db, landlordId, now, {
      ...PARIS,
      reference: 'CAND-1',
      applicationDeadline: daysAfter(now, 10),
      availableOn: daysAfter(now, 60),
    });
    const elsewhere = await createOffer(db, landlordId, now, { ...PARIS, reference: 'CAND-2' });
    await validatedApplicant('a', JEAN, operatorApi);
    const sophie = await validatedApplicant('b', 'sophie.candidate@exemple.fr', operatorApi);

    // Jean applies from the offer page.
    const jean = await env.newPage();
    await logIn(jean, JEAN);
    await jean.waitForURL('**/espace');
    await jean.goto(`/offres/${offer.id}`);
    await jean.getByRole('button', { name: 'Je postule' }).waitFor();
    await expectAccessible(jean, { exclude: MAP_ATTRIBUTION });
    await jean.getByRole('button', { name: 'Je postule' }).click();
    await see(jean, 'Ce logement a bien été ajouté à vos candidatures');
    await expectAccessible(jean, { exclude: MAP_ATTRIBUTION });
    await jean.getByRole('main').getByRole('link', { name: 'Mes candidatures' }).click();
    await jean.waitForURL('**/espace/candidatures');
    await jean.getByRole('heading', { level: 1, name: 'Mes candidatures' }).waitFor();
    await see(jean, 'Position 1 sur 1');
    expect(await mainText(jean)).toContain(
      'Il y a actuellement 1 candidature déposée sur cette offre.',
    );
    expect(await jean.locator('[aria-current="step"]').textContent()).toContain('Je postule');
    await jean.getByRole('button', { name: 'Annuler cette candidature' }).waitFor();
    await expectAccessible(jean);

    // Cancelling asks for a confirmation first (kept here).
    await jean.getByRole('button', { name: 'Annuler cette candidature' }).click();
    await jean.getByRole('dialog', { name: 'Annuler cette candidature ?' }).waitFor();
    await expectAccessible(jean);
    await jean.getByRole('button', { name: 'Non, garder ma candidature' }).click();

    // Sophie applies while Jean's page is open: the count follows without a reload.
    const applied = await sophie.post('/api/candidacies', { offerId: offer.id });
    expect(applied.statusCode, applied.body).toBe(201);
    await jean.getByText('Il y a actuellement 2 candidatures déposées sur cette offre.').waitFor({
      timeout: 20_000,
    });
    expect(await mainText(jean)).toMatch(/Position [12] sur 2/);
    // One candidacy at a time: a second one is refused with the reason.
    await jean.goto(`/offres/${elsewhere.id}`);
    await see(jean, 'Vous avez déjà une candidature en cours');
    await jean.getByRole('button', { name: 'Je postule' }).click();
    await see(jean, 'Vous pouvez postuler sur un logement à la fois');
    await expectAccessible(jean, { exclude: MAP_ATTRIBUTION });

    // The operator closes the offer early, validates both files and sends them.
    const operator = await env.newPage();
    await logIn(operator, 'conseiller@demo.al-in.fr');
    await operator.waitForURL('**/backoffice');
    await operator.getByRole('link', { name: 'Candidatures', exact: true }).click();
    await operator.getByRole('heading', { level: 1, name: 'Candidatures aux offres' }).waitFor();
    await expectAccessible(operator);
    await operator.goto(`/backoffice/candidatures/${offer.id}`);
    await operator.getByRole('button', { name: 'Clôturer maintenant' }).click();
    await operator
      .getByRole('dialog', { name: 'Clôturer les candidatures maintenant ?' })
      .waitFor();
    await expectAccessible(operator);
    await operator.getByRole('button', { name: 'Clôturer les candidatures' }).click();
    await see(operator, 'Les candidatures sont closes');
    await operator.getByRole('button', { name: 'Valider le dossier de Jean DUPONT' }).waitFor();
    await expectAccessible(operator);
    await operator.getByRole('button', { name: 'Valider le dossier de Jean DUPONT' }).click();
    await see(operator, 'Le dossier de Jean DUPONT est validé.');
    await operator.getByRole('button', { name: 'Valider le dossier de Sophie MARTIN' }).click();
    await see(operator, 'Le dossier de Sophie MARTIN est validé.');
    await operator
      .getByText('2 dossiers validés sont prêts à être transmis au bailleur.')
      .waitFor();
    await expectAccessible(operator);
    await operator.getByRole('button', { name: 'Envoyer au bailleur' }).click();
    await operator.getByRole('dialog', { name: 'Envoyer les dossiers au bailleur ?' }).waitFor();
    await operator.getByRole('button', { name: 'Envoyer les dossiers' }).click();
    await see(operator, '2 dossiers sont transmis au bailleur.');
    await expectAccessible(operator);

    // The audit view replays the frozen ranking bit for bit.
    await operator.getByRole('link', { name: "Voir l'audit du classement" }).click();
    await operator.getByRole('heading', { level: 1, name: /Audit du classement/ }).waitFor();
    await expectAccessible(operator);
    await operator.getByRole('button', { name: 'Rejouer le classement' }).click();
    await see(operator, 'Le rejeu donne exactement le même classement.');
    await see(operator, 'Empreinte du rejeu');
    await expectAccessible(operator);

    // The ranking rule and its history (administrators).
    await operator.getByRole('link', { name: 'Règle de classement' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Règle de classement' }).waitFor();
    await operator.getByRole('heading', { name: /Règle en vigueur \(version \d+\)/ }).waitFor();
    await expectAccessible(operator);

    // Jean's tracker: validated and sent, no cancellation any more.
    await jean.goto('/espace/candidatures');
    await see(jean, 'Dossier transmis au bailleur');
    expect(await jean.locator('[aria-current="step"]').textContent()).toContain('Envoi bailleur');
    expect(await jean.getByRole('button', { name: 'Annuler cette candidature' }).count()).toBe(0);
    await expectAccessible(jean);

    // The landlord finds the shortlist, proposes visit slots to Jean.
    const landlord = await env.newPage();
    await logIn(landlord, 'bailleur@demo.al-in.fr');
    await landlord.waitForURL('**/bailleur');
    await landlord.goto('/bailleur/candidatures');
    await landlord
      .getByRole('heading', { level: 1, name: 'Dossiers de candidature reçus' })
      .waitFor();
    await expectAccessible(landlord);
    await landlord.getByRole('link', { name: /CAND-1/ }).click();
    await landlord.getByRole('heading', { level: 1, name: /Dossiers de candidature : / }).waitFor();
    await expectAccessible(landlord);
    await landlord.getByRole('link', { name: 'Jean DUPONT' }).click();
    await landlord.getByRole('heading', { level: 1, name: 'Dossier de Jean DUPONT' }).waitFor();
    await expectAccessible(landlord);
    await landlord.getByLabel('Proposition de créneaux de visite').check();
    await landlord
      .getByRole('textbox', { name: /^Message/ })
      .fill('Bonjour, je vous propose de visiter le logement.');
    await landlord.getByLabel('Début du créneau 1').fill(`${daysAfter(now, 3)}T10:00`);
    await landlord.getByLabel('Fin du créneau 1').fill(`${daysAfter(now, 3)}T11:00`);
    await landlord.getByRole('button', { name: 'Envoyer le message' }).click();
    await see(landlord, 'Le message est envoyé.');
    await expectAccessible(landlord);

    // Jean reads it and chooses the slot.
    await jean.reload();
    await jean.getByRole('heading', { name: 'Messages du bailleur' }).waitFor();
    await see(jean, 'Bonjour, je vous propose de visiter le logement.');
    await jean
      .getByRole('group', { name: 'Créneau de visite choisi' })
      .getByRole('radio')
      .first()
      .check();
    await jean.getByLabel('Votre réponse').fill('Ce créneau me convient, merci.');
    await jean.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await see(jean, 'Votre réponse est envoyée au bailleur.');
    await expectAccessible(jean);

    // The landlord sees the answer and records the visit.
    await landlord.reload();
    await see(landlord, 'Ce créneau me convient, merci.');
    await landlord.getByLabel('Date et heure de la visite').fill(`${daysAfter(now, 0)}T10:00`);
    await landlord.getByLabel('État de la visite').selectOption('done');
    await landlord.getByRole('button', { name: 'Enregistrer la visite' }).click();
    await see(landlord, 'La visite est enregistrée.');
    await see(landlord, 'Visite enregistrée');
    await expectAccessible(landlord);

    // The commission: Jean gets the home, Sophie does not; fewer than 3 files need a justification.
    await landlord.getByRole('link', { name: "Retour aux dossiers de l'offre" }).first().click();
    await landlord.getByRole('link', { name: 'Enregistrer la décision de la commission' }).click();
    await landlord.getByRole('heading', { level: 1, name: /Décision de la commission/ }).waitFor();
    await expectAccessible(landlord);
    await landlord
      .getByRole('group', { name: 'Décision pour Jean DUPONT' })
      .getByLabel('Attribution', { exact: true })
      .check();
    await landlord
      .getByRole('group', { name: 'Décision pour Sophie MARTIN' })
      .getByLabel('Non-attribution', { exact: true })
      .check();
    await see(landlord, 'Moins de 3 candidats examinés');
    await landlord.getByRole('button', { name: 'Enregistrer la décision' }).click();
    // Missing reason and justification: the error summary takes focus.
    await landlord
      .getByText('Indiquez le motif de non-attribution pour Sophie MARTIN.')
      .first()
      .waitFor();
    await expectAccessible(landlord);
    await landlord
      .getByLabel('Motif de non-attribution pour Sophie MARTIN')
      .fill('Composition du foyer inadaptée au logement.');
    await landlord.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await see(landlord, "Justifiez l'examen de moins de 3 candidats.");
    await landlord
      .getByLabel('Justification')
      .fill('Seuls deux dossiers ont été transmis pour ce logement.');
    await landlord.getByRole('button', { name: 'Enregistrer la décision' }).click();
    await see(landlord, 'Décision enregistrée');
    await expectAccessible(landlord);

    // Lease and move-in.
    await landlord.getByRole('link', { name: "Retour aux dossiers de l'offre" }).first().click();
    await landlord.getByRole('link', { name: 'Jean DUPONT' }).click();
    await landlord.getByRole('heading', { name: 'Signature du bail' }).waitFor();
    await expectAccessible(landlord);
    await landlord.getByRole('button', { name: 'Enregistrer la signature du bail' }).click();
    await landlord.getByRole('heading', { name: 'Entrée dans les lieux' }).waitFor();
    await expectAccessible(landlord);
    await landlord.getByRole('button', { name: "Enregistrer l'entrée dans les lieux" }).click();
    await see(landlord, 'Entrée dans les lieux');
    await landlord.getByRole('button', { name: "Enregistrer l'entrée dans les lieux" }).waitFor({
      state: 'detached',
    });

    // Jean's tracker shows every stage done; the candidacy is in the history.
    await jean.goto('/espace/candidatures');
    await jean.getByText("Vous n'avez pas de candidature en cours.", { exact: false }).waitFor();
    await jean.getByRole('heading', { name: 'Historique de mes candidatures' }).waitFor();
    await expectAccessible(jean);
    await jean.getByRole('link', { name: /CAND-1/ }).click();
    await jean.getByRole('heading', { level: 1, name: /Candidature : / }).waitFor();
    await see(jean, /Entrée dans les lieux le/);
    const steps = jean.locator('ol.stepper > li');
    expect(await steps.count()).toBe(6);
    expect(await jean.locator('ol.stepper > li.stepper__step--done').count()).toBe(6);
    expect(await steps.allTextContents()).toEqual([
      'Je postule (étape terminée)',
      'Validations (étape terminée)',
      'Envoi bailleur (étape terminée)',
      'Visite (étape terminée)',
      'Commission logement (étape terminée)',
      'Entrée dans les lieux (étape terminée)',
    ]);
    expect(await mainText(jean)).toContain('le logement vous est attribué');
    await expectAccessible(jean);

    // The same tracker at 320 px, without sideways scrolling.
    const narrow = await env.newPage({ width: 320 });
    await logIn(narrow, JEAN);
    await narrow.waitForURL('**/espace');
    await narrow.goto(jean.url());
    await narrow.getByRole('heading', { level: 1, name: /Candidature : / }).waitFor();
    await expectAccessible(narrow);
    await expectNoHorizontalScroll(narrow);

    // Sophie's candidacy ended with the result: she may apply elsewhere at once.
    const mine = (await sophie.get('/api/candidacies')).json();
    expect(mine.current).toBeNull();
    expect(mine.history[0].status).toBe('not_attributed');
    const again = await sophie.post('/api/candidacies', { offerId: elsewhere.id });
    expect(again.statusCode, again.body).toBe(201);
  }, 300_000);
});
