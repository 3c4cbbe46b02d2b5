import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  settledAndAccessible,
  browserEnvForFile,
} from '../support/browser.js';

// The help centre's step-by-step guides in Chromium, with an axe scan on every page visited: from
// the help centre (and a FAQ answer) to the list of guides and two guides in French, one in
// English; every screenshot of our own pages loads and has its alt text; the keyboard reaches the
// guides; nothing scrolls sideways at 320 px (the screenshots scale down with the column).

const { run, env } = browserEnvForFile();

/** Scrolls to each screenshot (they load lazily) and checks it is drawn and described. */
async function expectScreenshotsLoaded(page: Page, expected: number): Promise<string[]> {
  const images = page.locator('main figure > img');
  await images.first().waitFor();
  expect(await images.count()).toBe(expected);
  const sources: string[] = [];
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    expect((await image.getAttribute('alt'))?.length).toBeGreaterThan(20);
    sources.push((await image.getAttribute('src')) ?? '');
  }
  return sources;
}

/** Presses Tab until the focused element has this text (at most 60 times). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`"${text}" cannot be reached with the Tab key on ${page.url()}`);
}

describe.runIf(run)('help centre guides in Chromium', () => {
  it('leads from the help centre and the FAQ to the guides, then to two guides, in French', async () => {
    const page = await env.newPage();
    await page.goto('/centre-aide');
    await page.getByRole('heading', { level: 1, name: "Centre d'aide" }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Guides pas à pas' }).waitFor();
    await page.getByRole('heading', { level: 3, name: "Créer mon compte et l'activer" }).waitFor();
    await page.getByRole('heading', { name: 'Questions fréquentes' }).waitFor();
    await settledAndAccessible(page);

    // A FAQ answer links to the guide that shows it step by step.
    await page.getByText('Comment importer ma demande ?').click();
    const faqLink = page.getByRole('link', {
      name: 'Le guide pas à pas : Importer ma demande avec mon numéro unique',
    });
    expect(await faqLink.getAttribute('href')).toBe('/centre-aide/guides/importer-ma-demande');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Tous les guides pas à pas' }).click();
    await page.waitForURL('**/centre-aide/guides');
    await page.getByRole('heading', { level: 1, name: 'Guides pas à pas' }).waitFor();
    expect(await page.locator('main .guide-list > li').count()).toBe(6);
    await settledAndAccessible(page);

    // The keyboard reaches a guide and opens it.
    await tabTo(page, 'Importer ma demande avec mon numéro unique');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/centre-aide/guides/importer-ma-demande');
    await page
      .getByRole('heading', { level: 1, name: 'Importer ma demande avec mon numéro unique' })
      .waitFor();
    const steps = page.getByRole('list', { name: 'Les étapes' }).locator(':scope > li');
    expect(await steps.count()).toBe(5);
    expect(await steps.nth(3).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Saisir le code reçu par e-mail',
    );
    const sources = await expectScreenshotsLoaded(page, 5);
    expect(sources[3]).toBe('/help/guides/fr/import-code.webp');
    expect(await page.locator('main figure > figcaption').first().textContent()).toBeTruthy();
    await settledAndAccessible(page);

    await page
      .getByRole('navigation', { name: 'Autres guides' })
      .getByRole('link', { name: 'Compléter les trois étapes de mon dossier' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Compléter les trois étapes de mon dossier' })
      .waitFor();
    await expectScreenshotsLoaded(page, 6);
    await settledAndAccessible(page);
  }, 180_000);

  it('reads a guide in English, with the English screenshots', async () => {
    const page = await env.newPage();
    await page.goto('/centre-aide/guides/postuler-et-suivre');
    await page
      .getByRole('heading', { level: 1, name: 'Postuler et suivre ma candidature' })
      .waitFor();
    await page.getByRole('button', { name: 'EN English' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Apply and follow my application' })
      .waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const sources = await expectScreenshotsLoaded(page, 5);
    expect(sources.every((src) => src.startsWith('/help/guides/en/'))).toBe(true);
    await page.getByRole('navigation', { name: 'Other guides' }).waitFor();
    await settledAndAccessible(page);
  });

  it('says when a guide does not exist', async () => {
    const page = await env.newPage();
    await page.goto('/centre-aide/guides/inconnu');
    await page.getByRole('heading', { level: 1, name: 'Guide introuvable' }).waitFor();
    await settledAndAccessible(page);
  });

  it('is usable at 320 px wide, the screenshots scaled to the column', async () => {
    const page = await env.newPage({ width: 320 });
    for (const path of [
      '/centre-aide',
      '/centre-aide/guides',
      '/centre-aide/guides/creer-mon-compte',
      '/centre-aide/guides/rechercher-des-offres',
    ]) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.locator('main .loading').first().waitFor({ state: 'detached' });
      if (path.includes('/guides/'))
        await expectScreenshotsLoaded(page, path.includes('creer') ? 7 : 6);
      await expectNoHorizontalScroll(page);
      await expectAccessible(page);
    }
    const widest = await page
      .locator('main figure > img')
      .evaluateAll((images) => Math.max(...images.map((img) => img.getBoundingClientRect().width)));
    expect(widest).toBeLessThanOrEqual(320);
  }, 150_000);
});
