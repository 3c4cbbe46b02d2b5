import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  mainText,
  settledAndAccessible,
  browserEnvForFile,
} from '../support/browser.js';

// Issue 6 in Chromium, with an axe scan on every page visited: personal access codes sent by HR,
// the recovery of a lost code answered by secure message, the back office's queues, the help
// centre, contact and fraud forms, and the applicant's personal-data page (the housing policy and
// the company onboarding are in companies.test.ts). The new employee is Sophie MARTIN, demo application (b) of the
// registration stand-in; the company is "Boulangeries Artisanales de France" (BAF-7K2Q9).

const HR = 'rh@demo.al-in.fr';
const OPERATOR = 'conseiller@demo.al-in.fr';
const APPLICANT = 'salarie@demo.al-in.fr';
const COMPANY = 'Boulangeries Artisanales de France';
const NEW_EMPLOYEE = 'sophie.martin@exemple.fr';
const NEW_EMPLOYEE_NUMBER = '069 09 24 004211 GDPUB';
const NEW_PASSWORD = 'Logement-Lyon-2026';
/** The SIRET of the bakery's establishment (demo application (a)). */
const BAF_SIRET = '43218765600017';
/** A tiny but real PDF, recognised by its first bytes. */
const PROOF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const { run, env } = browserEnvForFile();

describe.runIf(run)('codes, help and personal data in Chromium', () => {
  it('HR e-mails a personal access code; the employee signs up, imports and attaches the file with it; HR validates', async () => {
    // HR sends the code from "Codes d'accès".
    const hr = await env.newPage();
    await logIn(hr, HR);
    await hr.waitForURL('**/entreprise');
    await hr.getByRole('link', { name: "Codes d'accès", exact: true }).click();
    await hr.getByRole('heading', { level: 1, name: "Codes d'accès personnels" }).waitFor();
    await settledAndAccessible(hr);
    await hr.getByRole('button', { name: 'Envoyer le code', exact: true }).click();
    await hr.getByText('Saisissez le nom du salarié.').first().waitFor();
    await expectAccessible(hr);
    await hr
      .getByLabel(/^Nom\b/)
      .first()
      .fill('MARTIN');
    await hr.getByLabel('Prénom').first().fill('Sophie');
    await hr.getByLabel('Adresse e-mail').first().fill(NEW_EMPLOYEE);
    await hr.getByRole('button', { name: 'Envoyer le code', exact: true }).click();
    await hr.getByText(`Un code d'accès a été envoyé à ${NEW_EMPLOYEE}.`).waitFor();
    await hr
      .getByRole('rowheader', { name: /Sophie MARTIN/ })
      .first()
      .waitFor();
    expect(await mainText(hr)).toContain('Envoyé');
    await expectAccessible(hr);

    // The e-mail carries the code and how to use it.
    const mail = await env.waitForMail(NEW_EMPLOYEE, "code d'accès personnel");
    const code = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(mail.text)?.[0];
    expect(code).toBeDefined();
    expect(mail.text).toContain(COMPANY);

    // The employee creates the account and confirms it from the e-mail.
    const page = await env.newPage();
    await page.goto('/inscription');
    await page.getByRole('heading', { name: 'Création de compte' }).waitFor();
    await page.getByLabel('Madame').check();
    await page.getByLabel('Nom de naissance').fill('Martin');
    await page.getByLabel('Prénom').fill('Sophie');
    await page.getByLabel('Téléphone portable').fill('07 45 11 22 33');
    await page.getByLabel('Email').fill(NEW_EMPLOYEE);
    await page
      .getByLabel("J'ai compris et j'accepte l'utilisation de mes données personnelles.")
      .check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Validation du compte' }).waitFor();
    await expectAccessible(page);
    await env.followMailLink(page, NEW_EMPLOYEE, "Demande d'accès");
    await page.getByRole('button', { name: /Cliquez ici/ }).click();
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'VALIDER' }).click();
    await page.getByRole('heading', { name: 'Votre compte a été créé.' }).waitFor();
    await logIn(page, NEW_EMPLOYEE, { password: NEW_PASSWORD });
    await page.waitForURL('**/espace');

    // Before the import, the code page asks for the application first.
    await page.goto('/espace/code-acces');
    await page.getByText("Importez d'abord votre demande").first().waitFor();
    await settledAndAccessible(page);

    // The application is imported with its unique number.
    await page.getByRole('link', { name: 'Importer ma demande' }).first().click();
    await page.waitForURL('**/espace/import');
    await page.getByRole('button', { name: /Passer les étapes/ }).click();
    const mailsBefore = (await env.registration.mailsTo(NEW_EMPLOYEE)).length;
    await page.getByLabel('Numéro unique').fill(NEW_EMPLOYEE_NUMBER);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(/Un code vient d'être envoyé à/).waitFor();
    await page
      .getByLabel('Code reçu par e-mail')
      .fill(await env.readImportCode(NEW_EMPLOYEE, mailsBefore));
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL('**/espace/dossier/informations');

    // The personal access code attaches the file to the company: no SIRET, no company code.
    await page.goto('/espace/code-acces');
    await page
      .getByRole('heading', { level: 1, name: "Utiliser mon code d'accès personnel" })
      .waitFor();
    await settledAndAccessible(page);
    await page.getByRole('button', { name: 'Vérifier le code' }).click();
    await page.getByText("Saisissez le code d'accès personnel reçu par e-mail.").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Code d'accès personnel").fill('AAAA-BBBB-CCCC');
    await page.getByRole('button', { name: 'Vérifier le code' }).click();
    await page
      .getByText(/Ce code d'accès personnel est inconnu/)
      .first()
      .waitFor();
    await page.getByLabel("Code d'accès personnel").fill((code ?? '').toLowerCase());
    await page.getByRole('button', { name: 'Vérifier le code' }).click();
    await page.getByText(`Ce code a été émis par ${COMPANY}.`).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: `Rattacher mon dossier à ${COMPANY}` }).click();
    await page.getByText(`Votre dossier est rattaché à ${COMPANY}.`).waitFor();
    await expectAccessible(page);

    // Sharing and documents, then "Valider mes données".
    await page.getByRole('link', { name: 'Choisir ce que mon entreprise peut voir' }).click();
    await page.waitForURL('**/espace/dossier/entreprise');
    await page.getByLabel(/partage limité/).check();
    await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await page.getByText('Votre choix est enregistré.').waitFor();
    await page.goto('/espace/dossier/pieces');
    await page
      .getByRole('heading', { level: 1, name: 'Les pièces justificatives de mon NUR-NUD' })
      .waitFor();
    // The list of documents loads after the heading: wait for it before ticking every box.
    await page.getByRole('checkbox').first().waitFor();
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Valider mes données' }).click();
    await page.getByText('Votre dossier est transmis à votre entreprise pour validation').waitFor();

    // HR finds the file with its search, sees the code was used, exports, then validates.
    await hr.goto('/entreprise/codes-acces?etat=used');
    await hr
      .getByRole('rowheader', { name: /Sophie MARTIN/ })
      .first()
      .waitFor();
    await settledAndAccessible(hr);
    await hr.getByRole('link', { name: 'Salariés', exact: true }).click();
    await hr.getByRole('heading', { level: 1, name: 'Dossiers des salariés' }).waitFor();
    await hr.getByRole('searchbox', { name: 'Rechercher par nom' }).fill('martin');
    await hr.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await hr.getByRole('link', { name: 'Sophie MARTIN' }).waitFor();
    await settledAndAccessible(hr);
    expect(await mainText(hr)).toContain('Utilisé');
    const [download] = await Promise.all([
      hr.waitForEvent('download'),
      hr.getByRole('button', { name: 'Exporter la liste (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await hr.getByRole('link', { name: 'Sophie MARTIN' }).click();
    await hr.getByRole('heading', { level: 1, name: /Sophie MARTIN/ }).waitFor();
    await settledAndAccessible(hr);
    await hr.getByRole('button', { name: 'Valider le dossier' }).click();
    await hr.getByText(/Le dossier est validé/).waitFor();
    await expectAccessible(hr);

    // The employee sees, in "Mes données", that the company viewed the file.
    await page.goto('/espace/mes-donnees');
    await page.getByRole('heading', { level: 1, name: 'Mes données personnelles' }).waitFor();
    await page
      .getByRole('cell', { name: new RegExp(COMPANY) })
      .first()
      .waitFor();
    await settledAndAccessible(page);
  }, 240_000);

  it('answers a lost-code request with a proof through a secure message the applicant reads', async () => {
    // A visitor finds the form from the help centre, after the recovery path.
    const visitor = await env.newPage();
    await visitor.goto('/centre-aide');
    await visitor.getByRole('heading', { level: 1, name: "Centre d'aide" }).waitFor();
    await visitor.getByRole('heading', { name: 'Questions fréquentes' }).waitFor();
    await settledAndAccessible(visitor);
    expect(await mainText(visitor)).toContain('Code entreprise');
    expect(await mainText(visitor)).toContain("Code personnel AL'in");
    await visitor.getByRole('link', { name: 'Récupérer mon code' }).click();
    await visitor.waitForURL('**/recuperer-mon-code');
    await visitor.getByRole('heading', { level: 1, name: 'Récupérer mon code' }).waitFor();
    await expectAccessible(visitor);
    const steps = await visitor.locator('main ol.numbered-steps li').allTextContents();
    expect(steps.map((s) => s.split('.')[0])).toEqual([
      "Mon espace AL'in",
      'Mes e-mails',
      'Mon service RH',
      'Le formulaire ci-dessous',
    ]);

    // Sent empty: the errors, summarised and focused.
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.getByText("Joignez votre justificatif d'emploi.").first().waitFor();
    expect(await visitor.evaluate(() => document.activeElement?.className)).toContain(
      'error-summary',
    );
    await expectAccessible(visitor);

    await visitor.getByLabel('Le code entreprise de mon employeur').check();
    await visitor.getByLabel('Monsieur').check();
    await visitor.getByLabel(/^Nom \*/).fill('Dupont');
    await visitor.getByLabel('Prénom').fill('Jean');
    await visitor.getByLabel("Adresse e-mail de votre compte AL'in").fill(APPLICANT);
    await visitor.getByLabel('Nom de votre employeur').fill(COMPANY);
    await visitor.getByLabel('SIRET de votre employeur').fill('432 187 656 00018');
    await visitor
      .getByLabel('Votre demande')
      .fill("Mon service RH est fermé cet été et je n'ai plus le code.");
    await visitor.getByLabel('Extrait de bulletin de salaire avec le SIRET').check();
    await visitor.getByLabel(/^Justificatif d'emploi \*/).setInputFiles({
      name: 'bulletin.pdf',
      mimeType: 'application/pdf',
      buffer: PROOF,
    });
    await visitor.getByText(/bulletin\.pdf \(\d+\s?ko\)/i).waitFor();
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor
      .getByText(/Ce SIRET n'est pas valide/)
      .first()
      .waitFor();
    await expectAccessible(visitor);
    await visitor.getByLabel('SIRET de votre employeur').fill(BAF_SIRET);
    await visitor.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Demande envoyée' }).waitFor();
    const reference = /RC-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(await mainText(visitor))?.[0] ?? '';
    expect(reference).not.toBe('');
    await expectAccessible(visitor);

    // The consultant checks the proof and answers from the queue.
    const operator = await env.newPage();
    await logIn(operator, OPERATOR);
    await operator.waitForURL('**/backoffice');
    await operator.getByRole('link', { name: 'Codes perdus', exact: true }).click();
    await operator
      .getByRole('heading', { level: 1, name: 'Demandes de récupération de code' })
      .waitFor();
    await operator.getByRole('link', { name: reference }).waitFor();
    await settledAndAccessible(operator);
    await operator.getByRole('link', { name: reference }).click();
    await operator.getByRole('heading', { level: 1, name: `Demande ${reference}` }).waitFor();
    await settledAndAccessible(operator);
    const [proof] = await Promise.all([
      operator.waitForEvent('download'),
      operator.getByRole('button', { name: 'Télécharger le justificatif' }).click(),
    ]);
    expect(proof.suggestedFilename()).toBe('bulletin.pdf');
    await operator.getByRole('button', { name: "Partir d'un modèle de réponse" }).click();
    await expect
      .poll(() => operator.getByLabel(/^Message au demandeur \*/).inputValue())
      .toContain('BAF-7K2Q9');
    await operator.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await operator
      .getByText('La réponse est envoyée dans la messagerie sécurisée du demandeur.')
      .waitFor();
    await operator.getByText('Répondue').first().waitFor();
    await expectAccessible(operator);

    // The e-mail only says a message is waiting; the applicant reads it in "Mes messages".
    const notice = await env.waitForMail(APPLICANT, 'Nouveau message');
    expect(notice.text).not.toContain('BAF-7K2Q9');
    const applicant = await env.newPage();
    await logIn(applicant, APPLICANT);
    await applicant.waitForURL('**/espace');
    await applicant.getByRole('link', { name: 'Messages', exact: true }).click();
    await applicant.getByRole('heading', { level: 1, name: 'Mes messages' }).waitFor();
    await applicant.getByText('1 non lu').waitFor();
    await settledAndAccessible(applicant);
    await applicant.getByRole('link', { name: new RegExp(reference) }).click();
    await applicant
      .getByText(/Le code entreprise de Boulangeries Artisanales de France est : BAF-7K2Q9/)
      .waitFor();
    await settledAndAccessible(applicant);
    await applicant.getByLabel('Votre message').fill('Merci beaucoup !');
    await applicant.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await applicant.getByText('Votre message est envoyé.').waitFor();
    await expectAccessible(applicant);
  });

  it('sends a contact message and a fraud report to the back office', async () => {
    // A visitor must log in to write; the fraud form is open to anyone.
    const visitor = await env.newPage();
    await visitor.goto('/contact');
    await visitor.getByText('Connectez-vous pour nous écrire').waitFor();
    await settledAndAccessible(visitor);
    await visitor.goto('/signaler-une-fraude');
    await visitor.getByRole('heading', { level: 1, name: 'Signaler une fraude' }).waitFor();
    expect(await mainText(visitor)).toContain('strictement gratuits');
    await expectAccessible(visitor);
    await visitor.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await visitor.getByText('Indiquez comment vous avez été contacté.').first().waitFor();
    await expectAccessible(visitor);
    await visitor.getByLabel('Comment vous a-t-on contacté ?').selectOption('sms');
    await visitor.getByLabel('Somme demandée, en euros (facultatif)').fill('150,50');
    await visitor
      .getByLabel("Ce qui s'est passé")
      .fill('Un SMS me demande 150 € pour « débloquer » mon code AL’in.');
    await visitor.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Signalement envoyé' }).waitFor();
    const fraudReference = /FR-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(await mainText(visitor))?.[0] ?? '';
    expect(fraudReference).not.toBe('');
    await expectAccessible(visitor);

    const applicant = await env.newPage();
    await logIn(applicant, APPLICANT);
    await applicant.waitForURL('**/espace');
    await applicant.goto('/contact');
    await applicant.getByRole('heading', { level: 1, name: 'Nous contacter' }).waitFor();
    await settledAndAccessible(applicant);
    await applicant.getByLabel('Sujet').selectOption('documents');
    await applicant.getByLabel('Objet').fill('Avis d’imposition');
    await applicant
      .getByLabel('Votre message', { exact: false })
      .fill('Faut-il déposer les deux avis ?');
    await applicant.getByLabel('Pièces jointes (facultatif)').setInputFiles({
      name: 'avis.pdf',
      mimeType: 'application/pdf',
      buffer: PROOF,
    });
    await applicant.getByRole('button', { name: 'Envoyer mon message' }).click();
    await applicant.getByRole('heading', { level: 1, name: 'Message envoyé' }).waitFor();
    await expectAccessible(applicant);

    const operator = await env.newPage();
    await logIn(operator, OPERATOR);
    await operator.waitForURL('**/backoffice');
    await operator.goto('/backoffice/messages?type=contact');
    await operator.getByRole('link', { name: 'Avis d’imposition' }).waitFor();
    await settledAndAccessible(operator);
    await operator.getByRole('link', { name: 'Avis d’imposition' }).click();
    await operator.getByRole('button', { name: /Télécharger avis\.pdf/ }).waitFor();
    await settledAndAccessible(operator);
    await operator.getByLabel('Votre message').fill('Oui, les deux derniers avis.');
    await operator.getByLabel('Clore la conversation avec cette réponse').check();
    await operator.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await operator.getByText('Cette conversation est close.').waitFor();
    await expectAccessible(operator);

    await operator.goto('/backoffice/signalements-fraude');
    await operator.getByRole('link', { name: fraudReference }).waitFor();
    await settledAndAccessible(operator);
    await operator.getByRole('link', { name: fraudReference }).click();
    await operator
      .getByRole('heading', { level: 1, name: `Signalement ${fraudReference}` })
      .waitFor();
    await operator.getByLabel("En cours d'examen").check();
    await operator.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await operator.getByText('Le traitement est enregistré.').waitFor();
    await expectAccessible(operator);
  });

  it('downloads my data, changes the sharing and deletes the account', async () => {
    const page = await env.newPage();
    await logIn(page, NEW_EMPLOYEE, { password: NEW_PASSWORD });
    await page.waitForURL('**/espace');
    await page.goto('/espace/mes-donnees');
    await page.getByRole('heading', { level: 1, name: 'Mes données personnelles' }).waitFor();
    await settledAndAccessible(page);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger en JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/\.json$/);

    await page.getByLabel('Rester anonyme').check();
    await page.getByRole('button', { name: 'Enregistrer mon choix' }).click();
    await page.getByText("Votre choix est enregistré : il s'applique dès maintenant.").waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Supprimer mon compte' }).click();
    await page.getByRole('dialog', { name: 'Supprimer définitivement mon compte' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.getByText('Cochez la case pour confirmer que vous avez compris.').first().waitFor();
    await page.getByLabel("J'ai compris ce qui est effacé et ce qui est conservé.").check();
    await page.getByLabel('Mot de passe de mon compte').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Supprimer définitivement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre compte est supprimé' }).waitFor();
    await expectAccessible(page);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.user).toBeNull();
  }, 150_000);

  it('is usable at 320 px wide', async () => {
    const page = await env.newPage({ width: 320 });
    for (const path of [
      '/centre-aide',
      '/recuperer-mon-code',
      '/signaler-une-fraude',
      '/contact',
    ]) {
      await page.goto(path);
      await settledAndAccessible(page);
      await expectNoHorizontalScroll(page);
    }
    await logIn(page, APPLICANT);
    await page.waitForURL('**/espace');
    for (const path of ['/espace/messages', '/espace/mes-donnees', '/espace/code-acces']) {
      await page.goto(path);
      await settledAndAccessible(page);
      await expectNoHorizontalScroll(page);
    }
    const hr = await env.newPage({ width: 320 });
    await logIn(hr, HR);
    await hr.waitForURL('**/entreprise');
    for (const path of [
      '/entreprise/politique-logement',
      '/entreprise/codes-acces',
      '/entreprise/salaries',
    ]) {
      await hr.goto(path);
      await settledAndAccessible(hr);
      await expectNoHorizontalScroll(hr);
    }
    const operator = await env.newPage({ width: 320 });
    await logIn(operator, OPERATOR);
    await operator.waitForURL('**/backoffice');
    for (const path of [
      '/backoffice/entreprises',
      '/backoffice/entreprises/nouvelle',
      '/backoffice/recuperation-codes',
      '/backoffice/messages',
      '/backoffice/signalements-fraude',
    ]) {
      await operator.goto(path);
      await settledAndAccessible(operator);
      await expectNoHorizontalScroll(operator);
    }
  }, 240_000);

  it('explains the codes in English', async () => {
    const page = await env.newPage({ locale: 'en-GB' });
    await page.goto('/centre-aide');
    await page.getByRole('button', { name: 'EN English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help centre' }).waitFor();
    await page.getByRole('heading', { name: 'Frequently asked questions' }).waitFor();
    await settledAndAccessible(page);
    expect(await mainText(page)).toContain("AL'in personal code");
  });
});
