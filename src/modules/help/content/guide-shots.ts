import type { Locale } from '../../../server/i18n/index.js';

// Screenshots of our own pages shown by the step-by-step guides. They are not drawn by hand:
// `npm run help:screenshots` (tests/help-screenshots/capture.ts) starts the platform with demo data,
// walks the applicant's journey in Chromium and writes one WebP file per name and language into
// the web app's public folder, which Vite copies into the build. Run it again after a screen changes.

/** Every screenshot a guide may show, named after its guide (the file is `<name>.webp`). */
export const GUIDE_SHOTS = [
  'account-login',
  'account-sign-up',
  'account-sent',
  'account-confirm',
  'account-password',
  'account-created',
  'account-home',
  'import-tutorial',
  'import-number',
  'import-code',
  'import-information',
  'steps-company',
  'steps-access-code',
  'steps-consent',
  'steps-documents',
  'steps-sent',
  'steps-validated',
  'offers-results',
  'offers-filters',
  'offers-map',
  'offers-offer',
  'offers-alert',
  'offers-alerts',
  'apply-button',
  'apply-done',
  'apply-tracker',
  'apply-cancel',
  'apply-sent',
  'code-path',
  'code-personal',
  'code-form',
  'code-sent',
] as const;

/** The name of a guide screenshot. */
export type GuideShot = (typeof GUIDE_SHOTS)[number];

/** The browser window the screenshots are taken in. */
export const GUIDE_SHOT_VIEWPORT = { width: 1024, height: 700 } as const;

/** Size of every screenshot file: the window resized to 900 px wide. */
export const GUIDE_SHOT_SIZE = { width: 900, height: 615 } as const;

/** Largest screenshot file accepted, in bytes. */
export const GUIDE_SHOT_MAX_BYTES = 150_000;

/** Folder of the screenshot files, from the repository root (the web app's public folder). */
export const GUIDE_SHOTS_DIR = 'src/web/public/help/guides';

/** The URL of a screenshot in a language. */
export function guideShotUrl(locale: Locale, shot: GuideShot): string {
  return `/help/guides/${locale}/${shot}.webp`;
}
