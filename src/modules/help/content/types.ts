import type { GuideShot } from './guide-shots.js';

/** One question and its answer (plain-text paragraphs). */
export type FaqEntry = { id: string; question: string; answer: string[] };

/** A section of the FAQ. */
export type FaqSection = {
  id: 'account' | 'import' | 'codes' | 'documents' | 'offers' | 'candidacies';
  title: string;
  entries: FaqEntry[];
};

/** One kind of code, explained for the people who confuse them. */
export type CodeExplanation = {
  kind: 'company_code' | 'personal_code' | 'personal_access_code';
  title: string;
  what: string;
  whereToFind: string[];
  format: string;
};

/** One step of the recovery path, in the order people should try them. */
export type RecoveryStep = {
  step: number;
  key: 'personal_space' | 'registration_emails' | 'hr' | 'form';
  title: string;
  text: string;
};

/** Everything the help centre and every code field show about the codes. */
export type CodesHelp = { codes: CodeExplanation[]; recoveryPaths: RecoveryStep[]; never: string };

/** Slugs of the step-by-step guides (French, like the web paths; the same in every language). */
export const GUIDE_SLUGS = [
  'creer-mon-compte',
  'importer-ma-demande',
  'completer-mon-dossier',
  'rechercher-des-offres',
  'postuler-et-suivre',
  'recuperer-un-code',
] as const;

/** The slug of a guide. */
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

/** A FAQ entry a guide answers step by step, as `section/entry`. */
export type FaqRef = `${FaqSection['id']}/${string}`;

/** A screenshot of one of our pages: what it shows, for those who cannot see it, and a caption. */
export type GuideScreenshot = { shot: GuideShot; alt: string; caption: string };

/** One numbered step: a short title, plain-text paragraphs, and maybe a screenshot. */
export type GuideStep = { title: string; text: string[]; screenshot?: GuideScreenshot };

/** A step-by-step guide, written from the seeds and our actual screens. */
export type Guide = {
  slug: GuideSlug;
  title: string;
  intro: string;
  steps: GuideStep[];
  /** The FAQ entries that link to this guide. */
  faq: FaqRef[];
};
