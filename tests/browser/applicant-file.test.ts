import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  mainText,
  browserEnvForFile,
} from '../support/browser.js';

// The applicant's journey from the import of the application to its validation, in Chromium, with
// an axe scan on every page visited. The demo applicant salarie@demo.al-in.fr (Jean Dupont) owns
// demo application (a) of the registration stand-in, whose employer SIRET is that of
// "Boulangeries Artisanales de France" (company code BAF-7K2Q9, validation by the company required).

const APPLICANT = 'salarie@demo.al-in.fr';
const UNIQUE_NUMBER_TYPED = '111 03 24 517902 gdpub';
const UNIQUE_NUMBER_SHOWN = '111 03 24 517902 GDPUB';

const { run, env } = browserEnvForFile();

// The journey scans about thirty pages with axe: it gets more time than the default.
describe.runIf(run)('applicant file journeys in Chromium', () => {
  it('imports the application, completes the three steps and is validated by the company then Action Logement', async () => {
    const page = await env.newPage();
    await logIn(page, APPLICANT);
    await page.waitForURL('**/espace');
    await page.getByRole('heading', { name: 'Importer ma demande de logement social' }).waitFor();
    await expectAccessible(page);

    // Import: the tutorial, skipped after one panel.
    await page.getByRole('link', { name: 'Importer ma demande' }).click();
    await page.waitForURL('**/espace/import');
    await page.getByRole('heading', { name: 'Votre numéro unique' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: 'Un code par e-mail' }).waitFor();
    await page.getByRole('button', { name: /Passer les étapes/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Numéro unique' }).waitFor();
    await expectAccessible(page);

    // A number with an impossible month: the server explains the structure under the field.
    await page.getByLabel('Numéro unique').fill('111 13 24 517902 GDPUB');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByText(/Les caractères 4 à 7 doivent être le mois/)
      .first()
      .waitFor();
    await expectAccessible(page);

    // The right number, typed with spaces and in lower case.
    const mailsBefore = (await env.registration.mailsTo(APPLICANT)).length;
    await page.getByLabel('Numéro unique').fill(UNIQUE_NUMBER_TYPED);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(/Un code vient d'être envoyé à/).waitFor();
    const codeField = page.getByLabel('Code reçu par e-mail');
    expect(await codeField.getAttribute('inputmode')).toBe('numeric');
    expect(await codeField.getAttribute('autocomplete')).toBe('one-time-code');
    await expectAccessible(page);
    const code = await env.readImportCode(APPLICANT, mailsBefore);

    // A wrong code tells how many tries are left.
    await codeField.fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page
      .getByText(/Il vous reste 4 essais/)
      .first()
      .waitFor();
    await expectAccessible(page);

    // Asking for another code at once is refused by the registration site: the wait is shown.
    await page.getByRole('button', { name: 'Renvoyer un code' }).click();
    await page.getByText(/Vous pourrez demander un nouveau code dans \d+ secondes?/).waitFor();
    await expectAccessible(page);

    // After a reload, the pending import resumes at the code step.
    await page.reload();
    await page.getByLabel('Code reçu par e-mail').fill(code);
    await page.getByRole('button', { name: 'Valider' }).click();

    // Step 1: the imported data, "Mettre à jour".
    await page.waitForURL('**/espace/dossier/informations');
    await page.getByRole('heading', { name: 'Les informations de mon NUR-NUD' }).first().waitFor();
    await page.getByText(/Votre demande est importée dans AL'in/).waitFor();
    expect(await mainText(page)).toContain(UNIQUE_NUMBER_SHOWN);
    expect(await mainText(page)).toContain('DUPONT');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await page.getByText(/Aucun changement/).waitFor();
    await expectAccessible(page);

    // Step 2: the company (code BAF-7K2Q9) and limited sharing.
    await page.getByRole('link', { name: 'Étape suivante' }).first().click();
    await page.waitForURL('**/espace/dossier/entreprise');
    await page
      .getByRole('heading', { level: 1, name: "Les informations à compléter pour AL'in" })
      .waitFor();
    expect(await page.getByLabel("Nom de l'employeur").inputValue()).toBe(
      'Boulangeries Artisanales de France',
    );
    // The personal access code from HR is the other way to name the company; the codes explained.
    await page
      .getByRole('heading', { level: 3, name: "J'ai reçu un code d'accès personnel" })
      .waitFor();
    await page.getByRole('textbox', { name: "Code d'accès personnel" }).waitFor();
    await page.getByRole('heading', { level: 3, name: /ne les confondez pas/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^Code entreprise/ }).fill('BAF-7K2Q9');
    await page.getByRole('button', { name: "Je valide l'entreprise" }).click();
    await page.getByText('Votre entreprise est enregistrée.').waitFor();
    await page.getByLabel(/partage limité/).check();
    await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await page.getByText('Votre choix est enregistré.').waitFor();
    await expectAccessible(page);

    // Step 3: every document confirmed, then "Valider mes données".
    await page.getByRole('link', { name: 'Étape suivante' }).click();
    await page.waitForURL('**/espace/dossier/pieces');
    await page
      .getByRole('heading', { level: 1, name: 'Les pièces justificatives de mon NUR-NUD' })
      .waitFor();
    expect(await mainText(page)).toMatch(/Bulletin de salaire — \p{L}+ \d{4}/u);
    expect(await mainText(page)).toMatch(/Avis d'imposition \d{4} \(revenus \d{4}\)/);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Valider mes données' }).click();
    await page
      .getByText(/Cochez la case pour confirmer le dépôt de cette pièce/)
      .first()
      .waitFor();
    await expectAccessible(page);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Valider mes données' }).click();
    await page.getByText('Votre dossier est transmis à votre entreprise pour validation').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Retour à Ma situation' }).click();
    await page.waitForURL('**/espace');
    await page.getByText("En attente de validation par l'entreprise").first().waitFor();
    expect(await mainText(page)).toContain(
      'Vous pourrez consulter et postuler aux offres uniquement',
    );
    await expectAccessible(page);

    // The company sees the name but not the income, then validates.
    const hr = await env.newPage();
    await logIn(hr, 'rh@demo.al-in.fr');
    await hr.waitForURL('**/entreprise');
    await expectAccessible(hr);
    // A policy limited to the Rhône: Jean works in Paris, so validating him is an exception.
    await hr.goto('/entreprise/politique-logement');
    await hr.getByLabel('Ajouter un département').selectOption('69');
    await hr.getByRole('button', { name: 'Ajouter le département' }).click();
    await hr.getByText('Département 69').first().waitFor();
    await hr.getByRole('button', { name: 'Enregistrer une nouvelle version' }).click();
    await hr.getByText(/La politique est enregistrée \(version 1\)/).waitFor();
    await hr.goto('/entreprise');
    await hr.getByRole('link', { name: 'Voir les dossiers des salariés' }).click();
    await hr.waitForURL('**/entreprise/dossiers');
    await hr.getByRole('link', { name: 'Jean DUPONT' }).waitFor();
    await expectAccessible(hr);
    await hr.getByRole('link', { name: 'Jean DUPONT' }).click();
    await hr.getByRole('heading', { level: 1, name: 'Dossier de Jean DUPONT' }).waitFor();
    const seenByCompany = await mainText(hr);
    expect(seenByCompany).toContain('DUPONT');
    expect(seenByCompany).not.toContain('Revenu fiscal');
    expect(seenByCompany).not.toContain('€');
    await expectAccessible(hr);
    // The refusal dialog opens, is accessible, and gives focus back when cancelled.
    await hr.getByRole('button', { name: 'Refuser', exact: true }).click();
    await hr.getByRole('dialog', { name: 'Refuser le dossier' }).waitFor();
    await expectAccessible(hr);
    await hr.getByRole('button', { name: 'Annuler' }).click();
    await hr.getByRole('dialog').waitFor({ state: 'hidden' });
    expect(await hr.evaluate(() => document.activeElement?.textContent)).toBe('Refuser');
    // The server refuses a plain validation: the unmet criterion is shown, focused, and HR
    // either goes back (focus returns to the button) or confirms the exception.
    await hr.getByRole('button', { name: 'Valider le dossier' }).click();
    await hr.getByRole('heading', { level: 3, name: /ne remplit pas tous les critères/ }).waitFor();
    expect(await mainText(hr)).toMatch(/Lieu de travail : critère non rempli/);
    expect(await hr.evaluate(() => document.activeElement?.className)).toContain('alert');
    await expectAccessible(hr);
    await hr.getByRole('button', { name: 'Annuler' }).click();
    await expect
      .poll(() => hr.evaluate(() => document.activeElement?.textContent))
      .toBe('Valider le dossier');
    await hr.getByRole('button', { name: 'Valider le dossier' }).click();
    await hr.getByRole('button', { name: 'Valider malgré les critères non remplis' }).click();
    await hr.getByText(/Le dossier est validé/).waitFor();
    await expectAccessible(hr);

    // Action Logement validates it from its queue.
    const operator = await env.newPage();
    await logIn(operator, 'conseiller@demo.al-in.fr');
    await operator.waitForURL('**/backoffice');
    await expectAccessible(operator);
    await operator.getByRole('link', { name: 'Voir les dossiers à valider' }).click();
    await operator.waitForURL('**/backoffice/dossiers');
    await operator.getByRole('link', { name: 'Jean Dupont' }).waitFor();
    await expectAccessible(operator);
    await operator.getByRole('link', { name: 'Jean Dupont' }).click();
    await operator.getByRole('heading', { level: 1, name: /Dossier .* Jean Dupont/ }).waitFor();
    expect(await mainText(operator)).toContain('Boulangeries Artisanales de France');
    await expectAccessible(operator);
    await operator.getByRole('button', { name: 'Valider', exact: true }).click();
    await operator.getByText(/Le dossier est validé/).waitFor();
    await expectAccessible(operator);

    // "Ma situation" now shows the file as validated, the way to the offers and the personal code.
    await page.goto('/espace');
    await page.getByText('Validé par Action Logement').first().waitFor();
    expect(await mainText(page)).toContain('Validé');
    expect(await mainText(page)).not.toContain(
      'Vous pourrez consulter et postuler aux offres uniquement',
    );
    expect(
      await page.getByRole('link', { name: 'Consulter les offres' }).getAttribute('href'),
    ).toBe('/espace/offres');
    await page.getByRole('heading', { level: 2, name: 'Mon code personnel' }).waitFor();
    expect(await mainText(page)).toMatch(/Votre code personnel AL'in :\s*[A-Z2-9]{10}/);
    await expectAccessible(page);
    const [certificate] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mon attestation (PDF)' }).click(),
    ]);
    expect(certificate.suggestedFilename()).toMatch(/^attestation-alin.*\.pdf$/);
    await page.getByText('Votre attestation est téléchargée.').waitFor();
  }, 360_000);

  it('shows the three steps without horizontal scrolling at 320 px', async () => {
    // Uses the file imported by the journey above.
    const page = await env.newPage({ width: 320 });
    await logIn(page, APPLICANT);
    await page.waitForURL('**/espace');
    for (const path of [
      '/espace',
      '/espace/dossier/informations',
      '/espace/dossier/entreprise',
      '/espace/dossier/pieces',
    ]) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.locator('main .loading').waitFor({ state: 'detached' });
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
  });

  it('switches "Ma situation" to English', async () => {
    const page = await env.newPage();
    await logIn(page, APPLICANT);
    await page.waitForURL('**/espace');
    await page.getByRole('heading', { level: 1, name: 'Ma situation' }).waitFor();
    await page.getByRole('button', { name: 'EN English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My situation' }).waitFor();
    await page.getByText('Approved by Action Logement').first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page);
  });

  it('tells a visitor without a unique number where to register, by department', async () => {
    const page = await env.newPage({ width: 320 });
    await page.goto('/sans-numero');
    await page
      .getByRole('heading', { level: 1, name: "Je n'ai pas encore de numéro unique" })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: "Afficher le site d'enregistrement" }).click();
    await page
      .getByText('Choisissez le département où vous cherchez un logement.')
      .first()
      .waitFor();
    await expectAccessible(page);
    await page.getByLabel('Département de recherche').selectOption('29');
    await page.getByRole('button', { name: "Afficher le site d'enregistrement" }).click();
    const finistere = page.getByRole('link', { name: /Finistère/ });
    await finistere.waitFor();
    expect(await finistere.getAttribute('href')).toBe(
      'https://www.demandelogement29.fr/imhowebGP29/',
    );
    expect(await finistere.getAttribute('target')).toBe('_blank');
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
    await page.getByLabel('Département de recherche').selectOption('75');
    await page.getByRole('button', { name: "Afficher le site d'enregistrement" }).click();
    await page.getByRole('link', { name: /demande-logement-social\.gouv\.fr/ }).waitFor();
    await expectAccessible(page);
  });
});
