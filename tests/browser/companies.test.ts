import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  logIn,
  mainText,
  settledAndAccessible,
  browserEnvForFile,
} from '../support/browser.js';

// The companies in Chromium, with an axe scan on every page visited: the HR administrator's
// housing policy (versioned) and personal access codes sent from a CSV list, and the back office's
// company onboarding, which refuses an ineligible company with the reason. The demo company is
// "Boulangeries Artisanales de France" (BAF-7K2Q9).

const HR = 'rh@demo.al-in.fr';
const OPERATOR = 'conseiller@demo.al-in.fr';
const COMPANY = 'Boulangeries Artisanales de France';

const { run, env } = browserEnvForFile();

describe.runIf(run)('employer portal and company onboarding in Chromium', () => {
  it('lets an HR administrator version the housing policy and send codes from a CSV list', async () => {
    const hr = await env.newPage();
    await logIn(hr, HR);
    await hr.waitForURL('**/entreprise');
    await hr.getByRole('link', { name: 'Politique logement', exact: true }).click();
    await hr.getByRole('heading', { level: 1, name: 'Politique logement' }).waitFor();
    await settledAndAccessible(hr);
    expect(await mainText(hr)).toContain('BAF-7K2Q9');
    // The points' limit is the ranking rule's, said next to the field.
    await hr.getByText(/Un nombre entier de 0 à 10 :/).waitFor();

    // Seniority needs the hiring date: the error points at it.
    await hr.getByLabel('Ancienneté minimale, en mois').fill('6');
    await hr.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await hr
      .getByText(/Rendez la date d'entrée obligatoire/)
      .first()
      .waitFor();
    await expectAccessible(hr);
    await hr.getByLabel("Date d'entrée", { exact: false }).first().check();
    await hr.getByLabel('CDI', { exact: true }).check();
    await hr.getByLabel('Ajouter un département').selectOption('69');
    await hr.getByRole('button', { name: 'Ajouter le département' }).click();
    await hr.getByText('Département 69').first().waitFor();
    await hr.getByLabel('Points de priorité accordés').fill('3');
    await hr.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await hr.getByText(/La politique est enregistrée \(version 1\)/).waitFor();
    await hr.getByRole('rowheader', { name: 'Version 1' }).waitFor();
    expect(await mainText(hr)).toContain('Sophie Bernard');
    // A second change is listed with what changed.
    await hr.getByLabel('Points de priorité accordés').fill('4');
    await hr.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await hr.getByText(/La politique est enregistrée \(version 2\)/).waitFor();
    await hr.getByRole('cell', { name: 'points', exact: true }).waitFor();
    await expectAccessible(hr);

    // A list of three employees: one line is refused and reported.
    await hr.goto('/entreprise/codes-acces');
    await hr.getByRole('heading', { level: 1, name: "Codes d'accès personnels" }).waitFor();
    const csv =
      'nom;prénom;e-mail\nLEROY;Paul;paul.leroy@exemple.fr\nMOREL;Anne;pas-une-adresse\nROUX;Léo;leo.roux@exemple.fr\n';
    await hr.getByLabel('Fichier des salariés (CSV)').setInputFiles({
      name: 'salaries.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await hr.getByRole('button', { name: 'Envoyer les codes' }).click();
    await hr.getByText('2 codes envoyés.').waitFor();
    await hr.getByText('1 ligne refusée.').waitFor();
    await hr.getByText(/adresse e-mail invalide/).waitFor();
    await settledAndAccessible(hr);

    // Revoking asks for a confirmation in a dialog.
    await hr.getByRole('button', { name: 'Révoquer le code de Paul LEROY' }).click();
    await hr.getByRole('dialog', { name: 'Révoquer le code' }).waitFor();
    await expectAccessible(hr);
    await hr.getByRole('dialog').getByRole('button', { name: 'Révoquer le code' }).click();
    await hr.getByText('Le code envoyé à paul.leroy@exemple.fr est révoqué.').waitFor();
    await hr.getByRole('button', { name: 'Renvoyer le code de Léo ROUX' }).click();
    await hr.getByText(/Un nouveau code a été envoyé à leo.roux@exemple.fr/).waitFor();
    await expectAccessible(hr);
  });

  it('onboards a company in the back office, refusing an ineligible one with the reason', async () => {
    const operator = await env.newPage();
    await logIn(operator, OPERATOR);
    await operator.waitForURL('**/backoffice');
    await operator.getByRole('link', { name: 'Entreprises', exact: true }).click();
    await operator.getByRole('heading', { level: 1, name: 'Entreprises clientes' }).waitFor();
    await operator.getByRole('link', { name: COMPANY }).waitFor();
    await settledAndAccessible(operator);
    await operator.getByRole('link', { name: 'Inscrire une entreprise' }).click();
    await operator.getByRole('heading', { level: 1, name: 'Inscrire une entreprise' }).waitFor();
    await expectAccessible(operator);

    await operator.getByLabel('Raison sociale').fill('Fermes du Bocage');
    await operator.getByLabel('SIREN').fill('123 456 789');
    await operator.getByLabel("SIRET de l'établissement 1").fill('12345678900000');
    await operator.getByLabel('Effectif').selectOption('10-49');
    await operator
      .getByLabel('Secteur', { exact: false })
      .first()
      .selectOption('private_agricultural');
    await operator.getByText('Cette entreprise ne peut pas être inscrite').waitFor();
    await operator.getByRole('button', { name: "Inscrire l'entreprise" }).click();
    await operator
      .getByText(/doit compter au moins 50 salariés/)
      .first()
      .waitFor();
    await operator
      .getByText(/Ce SIREN n'est pas valide/)
      .first()
      .waitFor();
    await expectAccessible(operator);

    await operator.getByLabel('SIREN').fill('552 100 554');
    await operator.getByLabel("SIRET de l'établissement 1").fill('55210055400013');
    await operator.getByLabel('Effectif').selectOption('50-249');
    await operator.getByLabel('Prénom').fill('Claire');
    await operator
      .getByLabel(/^Nom\b/)
      .last()
      .fill('Fabre');
    await operator.getByLabel('Adresse e-mail').fill('rh@fermes-bocage.fr');
    await operator.getByLabel('Administrateur RH').check();
    await operator.getByRole('button', { name: "Inscrire l'entreprise" }).click();
    await operator.getByRole('heading', { level: 1, name: 'Fermes du Bocage' }).waitFor();
    await operator.getByText("L'entreprise est inscrite.").waitFor();
    expect(await mainText(operator)).toMatch(/[A-Z]{3}-[A-Z0-9]{5}/);
    await operator.getByText('Invitation envoyée').first().waitFor();
    await settledAndAccessible(operator);
    await env.waitForMail('rh@fermes-bocage.fr', '');
  });
});
