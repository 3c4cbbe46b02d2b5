import type { Locale } from '../../server/i18n/index.js';
import { GUIDE_SHOT_SIZE, guideShotUrl } from './content/guide-shots.js';
import { GUIDES_EN } from './content/guides-en.js';
import { GUIDES_FR } from './content/guides-fr.js';
import type { Guide, GuideSlug } from './content/types.js';

// The step-by-step guides as the API serves them: the screenshots get their URL in the reader's
// language and their size (so the page keeps its layout while they load).

const GUIDES: Record<Locale, Guide[]> = { fr: GUIDES_FR, en: GUIDES_EN };

/** A screenshot as served: where it is, its size, what it shows. */
export type ScreenshotView = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
};

/** A guide as served. */
export type GuideView = Omit<Guide, 'steps'> & {
  steps: { title: string; text: string[]; screenshot: ScreenshotView | null }[];
};

/** A guide in the list: no steps, only how many. */
export type GuideSummary = Omit<Guide, 'steps'> & { stepCount: number };

/** The guides of a language, in reading order. */
export function listGuides(locale: Locale): GuideSummary[] {
  return GUIDES[locale].map(({ steps, ...guide }) => ({ ...guide, stepCount: steps.length }));
}

/** One guide in a language, with its screenshots' URLs; null for an unknown slug. */
export function findGuide(locale: Locale, slug: string): GuideView | null {
  const guide = GUIDES[locale].find((g) => g.slug === (slug as GuideSlug));
  if (!guide) return null;
  return {
    ...guide,
    steps: guide.steps.map(({ screenshot, ...step }) => ({
      ...step,
      screenshot: screenshot
        ? {
            src: guideShotUrl(locale, screenshot.shot),
            ...GUIDE_SHOT_SIZE,
            alt: screenshot.alt,
            caption: screenshot.caption,
          }
        : null,
    })),
  };
}
