/** "Ma situation". */
export const SITUATION_PATH = '/espace';
/** The import of the application by its unique number. */
export const IMPORT_PATH = '/espace/import';
/** The offers the applicant is eligible for (the offers feature's search), once validated. */
export const APPLICANT_OFFERS_PATH = '/espace/offres';
/** Where to file an application without a number (applicant space). */
export const NO_NUMBER_PATH = '/espace/sans-numero';
/** The same page for visitors. */
export const PUBLIC_NO_NUMBER_PATH = '/sans-numero';

/** The three steps of the file, in order. */
export const FILE_STEPS = [
  { key: 'information', path: '/espace/dossier/informations' },
  { key: 'company', path: '/espace/dossier/entreprise' },
  { key: 'documents', path: '/espace/dossier/pieces' },
] as const;

/** One of the three steps of the file. */
export type FileStepKey = (typeof FILE_STEPS)[number]['key'];

/** Path of a step's page. */
export const STEP_PATH: Record<FileStepKey, string> = {
  information: '/espace/dossier/informations',
  company: '/espace/dossier/entreprise',
  documents: '/espace/dossier/pieces',
};
