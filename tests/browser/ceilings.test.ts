import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createUser } from '../../src/db/factories.js';
import { DEMO_PASSWORD } from '../../src/db/seed.js';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  logIn,
  settledAndAccessible,
  browserEnvForFile,
} from '../support/browser.js';

// The income ceilings page of the back office in Chromium, with an axe scan on every page state:
// the demo operator administrator (Nadia Benali) changes the 2026 PLUS ceiling of zone 2,
// category 3 (48,362 € in the arrêté of 19 December 2025), saves it as a new version and finds
// the change in the history; a wrong amount is refused under its field; the tables scroll in
// their own region at 320 px; staff who are not administrators read the tables without editing.

const OPERATOR = 'conseiller@demo.al-in.fr';
const CONSULTANT = 'consultant.plafonds@demo.test';
const PAGE = '/backoffice/plafonds';
const PLUS_Z2_C3 = 'Plafond PLUS, zone 2, catégorie 3';

const { run, env } = browserEnvForFile();

beforeAll(async () => {
  if (!run) return;
  await createUser(env.platform.deps.database.db, {
    email: CONSULTANT,
    role: 'operator',
    isAdmin: false,
    firstName: 'Paul',
    lastName: 'Consultant',
    password: DEMO_PASSWORD,
  });
});

/** Opens the ceilings page once logged in and waits for its tables. */
async function openCeilings(page: Page, path = PAGE): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: 'Plafonds de ressources' }).waitFor();
  await page.getByRole('table', { name: /^PLUS .* 2026, en euros$/ }).waitFor();
  await settledAndAccessible(page);
}

async function storedAmount(page: Page, zone: number, category: number): Promise<number> {
  const response = await page.request.get('/api/admin/ceilings?year=2026&financing=PLUS');
  const { ceilings } = (await response.json()) as {
    ceilings: { zone: number; category: number; amount: number }[];
  };
  const found = ceilings.find((c) => c.zone === zone && c.category === category);
  return found?.amount ?? -1;
}

describe.runIf(run)('income ceilings in the back office', () => {
  it('lets the operator administrator change a ceiling, saved as a new version in the history', async () => {
    const page = await env.newPage();
    await logIn(page, OPERATOR, { waitForRedirect: true });
    await page.goto('/backoffice');
    await page.getByRole('link', { name: 'Plafonds de ressources' }).first().click();
    await page.waitForURL(`**${PAGE}`);
    await page.getByRole('table', { name: /^PLUS .* 2026, en euros$/ }).waitFor();
    await settledAndAccessible(page);

    // The official 2026 table, one labelled input per cell, the tables in focusable regions.
    const cell = page.getByRole('textbox', { name: PLUS_Z2_C3, exact: true });
    expect(await cell.inputValue()).toBe('48362');
    expect(
      await page
        .getByRole('textbox', { name: 'Plafond PLUS, zone 3, par personne supplémentaire' })
        .inputValue(),
    ).toBe('6710');
    const region = page.getByRole('region', { name: /^PLUS .* 2026, en euros$/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await page.getByRole('columnheader', { name: 'Zone 2' }).count()).toBe(3);
    await page
      .getByText(/Source : .*19 décembre 2025/)
      .first()
      .waitFor();

    await cell.fill('48 400');
    await page.getByLabel('Motif de la modification').fill('Correction de saisie (test)');
    await page.getByRole('button', { name: 'Enregistrer les plafonds' }).click();
    await page.getByText('1 plafond modifié : la nouvelle version est enregistrée.').waitFor();
    expect(await storedAmount(page, 2, 3)).toBe(48_400);

    const history = page.getByRole('table', {
      name: "Modifications des plafonds 2026, les plus récentes d'abord",
    });
    const row = history.getByRole('row', { name: /PLUS, zone 2, catégorie 3/ });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toMatch(/48\s362\s€/);
    expect(text).toMatch(/48\s400\s€/);
    expect(text).toContain('Nadia Benali');
    expect(text).toContain('Correction de saisie (test)');
    await expectAccessible(page);

    // Another year from the address; the year after the last one is offered for a new table.
    await page.getByLabel("Année d'application").selectOption('2025');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.waitForURL('**/backoffice/plafonds?annee=2025');
    await page.getByRole('table', { name: /^PLUS .* 2025, en euros$/ }).waitFor();
    expect(
      await page.getByRole('textbox', { name: 'Plafond PLUS, zone 1, catégorie 1' }).inputValue(),
    ).toBe('26687');
    expect(
      await page.getByLabel("Année d'application").locator('option').allTextContents(),
    ).toEqual(['2027 (nouvelle année)', '2026', '2025']);
    await settledAndAccessible(page);
  });

  it('shows the field error of a wrong amount and saves nothing', async () => {
    const page = await env.newPage();
    await logIn(page, OPERATOR, { waitForRedirect: true });
    await openCeilings(page);
    const before = await storedAmount(page, 1, 1);
    const cell = page.getByRole('textbox', { name: 'Plafond PLUS, zone 1, catégorie 1' });
    await cell.fill('12,5');
    await page.getByRole('button', { name: 'Enregistrer les plafonds' }).click();

    const summary = page
      .getByRole('alert')
      .filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
    await summary.waitFor();
    const message =
      "Plafond PLUS, zone 1, catégorie 1 : saisissez un nombre entier d'euros supérieur à zéro, sans décimale.";
    await summary.getByRole('link', { name: message }).waitFor();
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    const described = await cell.evaluate((input) =>
      (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain(message);
    await expectAccessible(page);

    // The summary link takes the keyboard to the field.
    await summary.getByRole('link', { name: message }).click();
    await expect.poll(() => cell.evaluate((input) => input === document.activeElement)).toBe(true);

    // A saved amount cannot be erased either.
    await cell.fill('');
    await page.getByRole('button', { name: 'Enregistrer les plafonds' }).click();
    await summary
      .getByRole('link', { name: /Plafond PLUS, zone 1, catégorie 1 : saisissez un montant/ })
      .waitFor();
    expect(await storedAmount(page, 1, 1)).toBe(before);
    await expectAccessible(page);
  });

  it('fits a 320 px screen: each table scrolls inside its own region, not the page', async () => {
    const page = await env.newPage({ width: 320 });
    await logIn(page, OPERATOR, { waitForRedirect: true });
    await openCeilings(page);
    await expectNoHorizontalScroll(page);
    const region = page.getByRole('region', { name: /^PLUS .* 2026, en euros$/ });
    const sizes = await region.evaluate((element) => ({
      scroll: element.scrollWidth,
      client: element.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    // Keyboard: the region takes focus and scrolls with the arrow keys.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Chromium scrolls smoothly: the position is read until the scroll has moved.
    await expect
      .poll(() => region.evaluate((element) => element.scrollLeft), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await expectNoHorizontalScroll(page);
  });

  it('shows the ceilings read-only to operator staff who are not administrators', async () => {
    const page = await env.newPage();
    await logIn(page, CONSULTANT, { waitForRedirect: true });
    await openCeilings(page);
    await page
      .getByText(
        'Seuls les administrateurs peuvent modifier les plafonds : vous les consultez en lecture seule.',
      )
      .waitFor();
    expect(await page.getByRole('textbox', { name: PLUS_Z2_C3 }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer les plafonds' }).count()).toBe(0);
    const plus = page.getByRole('table', { name: /^PLUS .* 2026, en euros$/ });
    const firstRow = plus.getByRole('row', { name: /^Catégorie 1/ });
    expect(await firstRow.textContent()).toMatch(/26\s920\s€/);
    expect(
      await page.getByLabel("Année d'application").locator('option').allTextContents(),
    ).toEqual(['2026', '2025']);
  });

  it('speaks English', async () => {
    const page = await env.newPage();
    await logIn(page, OPERATOR, { waitForRedirect: true });
    await openCeilings(page);
    await page.getByRole('button', { name: 'EN English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Income ceilings' }).waitFor();
    await page.getByRole('textbox', { name: 'PLUS ceiling, zone 2, category 3' }).waitFor();
    await page.getByRole('table', { name: /^PLUS .* 2026, in euros$/ }).waitFor();
    await expectAccessible(page);
  });
});
