import type { Guide } from './types.js';
import { CREER_MON_COMPTE_EN } from './guides-en/creer-mon-compte.js';
import { IMPORTER_MA_DEMANDE_EN } from './guides-en/importer-ma-demande.js';
import { COMPLETER_MON_DOSSIER_EN } from './guides-en/completer-mon-dossier.js';
import { RECHERCHER_DES_OFFRES_EN } from './guides-en/rechercher-des-offres.js';
import { POSTULER_ET_SUIVRE_EN } from './guides-en/postuler-et-suivre.js';
import { RECUPERER_UN_CODE_EN } from './guides-en/recuperer-un-code.js';

/** The step-by-step guides, in English (same slugs, steps and screenshots as the French). */
export const GUIDES_EN: Guide[] = [
  CREER_MON_COMPTE_EN,
  IMPORTER_MA_DEMANDE_EN,
  COMPLETER_MON_DOSSIER_EN,
  RECHERCHER_DES_OFFRES_EN,
  POSTULER_ET_SUIVRE_EN,
  RECUPERER_UN_CODE_EN,
];
