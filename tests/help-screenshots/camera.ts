import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import {
  GUIDE_SHOT_MAX_BYTES,
  GUIDE_SHOT_SIZE,
  GUIDE_SHOT_VIEWPORT,
  GUIDE_SHOTS_DIR,
  type GuideShot,
} from '../../src/modules/help/content/guide-shots.js';
import type { BrowserEnv } from '../support/browser.js';

// Taking the guides' screenshots: a 1024×700 window, each state shot in French then in English
// (switched with the header's language buttons), resized to 900 px wide and saved as WebP.

/** The languages shot, French first (the page is left in French). */
export const SHOT_LOCALES = ['fr', 'en'] as const;

/** A language of the screenshots. */
export type ShotLocale = (typeof SHOT_LOCALES)[number];

/** A text of the interface in both languages, to find an element whatever the language shown. */
export type Both = Record<ShotLocale, string>;

/** What to do around a screenshot, in the language being shot. */
export type ShotOptions = {
  /** Brings the page to the state to show (scroll, open a dialog...), once per language; else the top. */
  prepare?: (locale: ShotLocale) => Promise<void>;
  /** Undoes what `prepare` opened (a dialog), once per language. */
  cleanup?: (locale: ShotLocale) => Promise<void>;
};

// Map tiles come from the Internet: a plain tile of the map's land colour stands in for them.
const BLANK_TILE = sharp({
  create: { width: 256, height: 256, channels: 3, background: '#f2efe9' },
})
  .png()
  .toBuffer();

/** A page of the given size, without animations, whose map tiles are blank. */
export async function openShotPage(env: BrowserEnv): Promise<Page> {
  const page = await env.newPage({ width: GUIDE_SHOT_VIEWPORT.width });
  await page.setViewportSize(GUIDE_SHOT_VIEWPORT);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const tile = await BLANK_TILE;
  await page.route(/tile\.openstreetmap\.org/, (route) =>
    route.fulfill({ body: tile, contentType: 'image/png' }),
  );
  return page;
}

/** Switches the interface language with the header's buttons ("FR Français", "EN English"). */
export async function switchLanguage(page: Page, locale: ShotLocale): Promise<void> {
  if ((await page.getAttribute('html', 'lang')) === locale) return;
  const name = locale === 'fr' ? 'FR Français' : 'EN English';
  await page.getByRole('button', { name, exact: true }).click();
  await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
}

/** Waits for the loading messages to go and the images in the window to be drawn. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  await page.waitForFunction(() =>
    Array.from(document.images).every((image) => {
      const box = image.getBoundingClientRect();
      const isInWindow = box.bottom > 0 && box.top < window.innerHeight;
      return !isInWindow || image.complete;
    }),
  );
  await page.waitForTimeout(400);
}

/** Scrolls so that an element is near the top of the window (or in its middle). */
export async function scrollTo(
  target: Locator,
  block: 'start' | 'center' = 'start',
): Promise<void> {
  await target.first().evaluate((element, where) => {
    element.scrollIntoView({ block: where });
    if (where === 'start') window.scrollBy(0, -40);
  }, block);
}

/** Keeps the names of the screenshots taken, to check at the end that none is missing. */
export const taken = new Set<GuideShot>();

/** Shoots the page in every language into `src/web/public/help/guides/<lang>/<shot>.webp`. */
export async function shoot(page: Page, shot: GuideShot, options: ShotOptions = {}): Promise<void> {
  for (const locale of SHOT_LOCALES) {
    await switchLanguage(page, locale);
    if (options.prepare) await options.prepare(locale);
    else await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    // A focused field shows its focus ring: not what the reader would see after typing.
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    });
    const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
    const webp = await sharp(png)
      .resize({ width: GUIDE_SHOT_SIZE.width })
      .webp({ quality: 78, effort: 6 })
      .toBuffer();
    if (webp.length > GUIDE_SHOT_MAX_BYTES)
      throw new Error(`${shot} (${locale}) is ${webp.length} bytes, more than allowed`);
    const dir = path.join(GUIDE_SHOTS_DIR, locale);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, `${shot}.webp`), webp);
    await options.cleanup?.(locale);
  }
  await switchLanguage(page, 'fr');
  taken.add(shot);
  console.log(`  ${shot}`);
}
