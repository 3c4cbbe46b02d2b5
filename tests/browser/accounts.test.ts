import { describe, expect, it } from 'vitest';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  browserEnvForFile,
} from '../support/browser.js';

const { run, env } = browserEnvForFile();

describe.runIf(run)('account journeys in Chromium', () => {
  it('signs up, confirms from the e-mail, sets a password, logs in and out', async () => {
    const page = await env.newPage();
    const email = 'nouvelle.salariee@exemple.fr';
    await page.goto('/');
    await expectAccessible(page);
    await page.goto('/inscription');
    await page.getByRole('heading', { name: 'Création de compte' }).waitFor();
    await expectAccessible(page);

    // Submitting empty shows the field errors (and axe still finds nothing).
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByText('Saisissez votre nom de naissance.').first().waitFor();
    await expectAccessible(page);

    await page.getByLabel('Madame').check();
    await page.getByLabel('Nom de naissance').fill('Lambert');
    await page.getByLabel('Prénom').fill('Élodie');
    await page.getByLabel('Téléphone portable').fill('06 98 76 54 32');
    await page.getByLabel('Email').fill(email);
    await page
      .getByLabel("J'ai compris et j'accepte l'utilisation de mes données personnelles.")
      .check();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { name: 'Validation du compte' }).waitFor();
    expect(await page.textContent('main')).toContain(email);
    await expectAccessible(page);

    await env.followMailLink(page, email, "Demande d'accès");
    await page
      .getByRole('heading', { name: 'Dernière étape avant la validation de votre compte' })
      .waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /Cliquez ici/ }).click();
    await page.getByRole('heading', { name: 'Mise à jour du mot de passe' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Appartement-2026');
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Appartement-2026');
    await page.getByRole('button', { name: 'VALIDER' }).click();
    await page.getByRole('heading', { name: 'Votre compte a été créé.' }).waitFor();
    await expectAccessible(page);

    await logIn(page, email, { password: 'Appartement-2026' });
    await page.waitForURL('**/espace');
    await expectAccessible(page);
    expect(await page.textContent('main')).toContain('Élodie');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion**');
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session.user).toBeNull();
  });

  it('shows a clear error after a failed login', async () => {
    const page = await env.newPage();
    await logIn(page, 'salarie@demo.al-in.fr', { password: 'Mauvais-Mot-2-Passe' });
    await page.getByText('Adresse e-mail ou mot de passe incorrect.').first().waitFor();
    await expectAccessible(page);
    expect(page.url()).toContain('/connexion');
  });

  it('resets a forgotten password from the e-mailed link', async () => {
    const page = await env.newPage();
    await page.goto('/mot-de-passe-oublie');
    await expectAccessible(page);
    await page.getByLabel('Email').fill('salarie@demo.al-in.fr');
    await page
      .getByRole('button')
      .filter({ hasText: /envoyer|recevoir|valider/i })
      .first()
      .click();
    await page
      .getByText(/Si un compte existe/)
      .first()
      .waitFor();
    await env.followMailLink(page, 'salarie@demo.al-in.fr', 'Réinitialisation');
    await page.getByLabel('Nouveau mot de passe', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('Nouveau-Logis-31');
    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill('Nouveau-Logis-31');
    await page.getByRole('button', { name: 'VALIDER' }).click();
    await page.getByRole('heading', { name: 'Votre mot de passe a été modifié.' }).waitFor();
    await logIn(page, 'salarie@demo.al-in.fr', { password: 'Nouveau-Logis-31' });
    await page.waitForURL('**/espace');
  });

  it('lets each staff portal log in with its demo account', async () => {
    for (const [email, path] of [
      ['rh@demo.al-in.fr', '/entreprise'],
      ['conseiller@demo.al-in.fr', '/backoffice'],
      ['bailleur@demo.al-in.fr', '/bailleur'],
    ] as const) {
      const page = await env.newPage();
      await logIn(page, email);
      await page.waitForURL(`**${path}`);
      await expectAccessible(page);
    }
    const page = await env.newPage();
    await logIn(page, 'conseiller@demo.al-in.fr');
    await page.waitForURL('**/backoffice');
    await page.goto('/backoffice/utilisateurs');
    await page.getByText('rh@demo.al-in.fr').first().waitFor();
    await expectAccessible(page);
  });

  it('is usable at 320 px wide', async () => {
    const page = await env.newPage({ width: 320 });
    for (const path of ['/', '/inscription', '/connexion', '/aide']) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
  });

  it('switches to English', async () => {
    const page = await env.newPage();
    await page.goto('/connexion');
    await page
      .getByRole('button', { name: /^EN$|English/ })
      .first()
      .click();
    await page.getByRole('button', { name: /LOG IN/i }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible(page);
  });
});
