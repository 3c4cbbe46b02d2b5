import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  GUIDE_SHOT_MAX_BYTES,
  GUIDE_SHOT_SIZE,
  GUIDE_SHOTS,
  GUIDE_SHOTS_DIR,
} from './content/guide-shots.js';
import { FAQ_EN } from './content/faq-en.js';
import { FAQ_FR } from './content/faq-fr.js';
import { GUIDES_EN } from './content/guides-en.js';
import { GUIDES_FR } from './content/guides-fr.js';
import { GUIDE_SLUGS, type Guide } from './content/types.js';
import { findGuide, listGuides } from './guides.js';

/** What must be the same in every language: slugs, FAQ links, steps and their screenshots. */
function outline(guides: Guide[]) {
  return guides.map((g) => ({
    slug: g.slug,
    faq: g.faq,
    shots: g.steps.map((s) => s.screenshot?.shot ?? null),
  }));
}

describe('step-by-step guides', () => {
  it('has every guide once, in both languages, with the same steps and screenshots', () => {
    expect(GUIDES_FR.map((g) => g.slug)).toEqual([...GUIDE_SLUGS]);
    expect(outline(GUIDES_EN)).toEqual(outline(GUIDES_FR));
  });

  it('links only FAQ entries that exist', () => {
    for (const faq of [FAQ_FR, FAQ_EN]) {
      const entries = new Set(faq.flatMap((s) => s.entries.map((e) => `${s.id}/${e.id}`)));
      for (const ref of GUIDES_FR.flatMap((g) => g.faq)) expect(entries).toContain(ref);
    }
  });

  it('uses every screenshot, each with an alt text that says more than its caption', () => {
    const used = new Set(
      GUIDES_FR.flatMap((g) => g.steps.flatMap((s) => (s.screenshot ? [s.screenshot.shot] : []))),
    );
    expect([...used].sort()).toEqual([...GUIDE_SHOTS].sort());
    for (const guide of [...GUIDES_FR, ...GUIDES_EN])
      for (const step of guide.steps) {
        expect(step.text.length).toBeGreaterThan(0);
        if (!step.screenshot) continue;
        expect(step.screenshot.alt.length).toBeGreaterThan(step.screenshot.caption.length);
      }
  });

  it.each(['fr', 'en'] as const)(
    'has every %s screenshot on disk, WebP, at its size and small',
    async (locale) => {
      for (const shot of GUIDE_SHOTS) {
        const file = path.join(GUIDE_SHOTS_DIR, locale, `${shot}.webp`);
        expect(existsSync(file), `${file} (run npm run help:screenshots)`).toBe(true);
        expect(statSync(file).size).toBeLessThanOrEqual(GUIDE_SHOT_MAX_BYTES);
        const meta = await sharp(file).metadata();
        expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
          format: 'webp',
          ...GUIDE_SHOT_SIZE,
        });
      }
    },
  );

  it('serves a guide with its screenshots in the reader’s language, and nothing for an unknown slug', () => {
    expect(listGuides('en')[0]).toMatchObject({ slug: 'creer-mon-compte', stepCount: 7 });
    const guide = findGuide('en', 'importer-ma-demande');
    expect(guide?.steps[2]?.screenshot).toMatchObject({
      src: '/help/guides/en/import-number.webp',
      width: 900,
      height: 615,
    });
    expect(findGuide('fr', 'inconnu')).toBeNull();
  });
});
