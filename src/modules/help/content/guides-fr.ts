import type { Guide } from './types.js';
import { CREER_MON_COMPTE_FR } from './guides-fr/creer-mon-compte.js';
import { IMPORTER_MA_DEMANDE_FR } from './guides-fr/importer-ma-demande.js';
import { COMPLETER_MON_DOSSIER_FR } from './guides-fr/completer-mon-dossier.js';
import { RECHERCHER_DES_OFFRES_FR } from './guides-fr/rechercher-des-offres.js';
import { POSTULER_ET_SUIVRE_FR } from './guides-fr/postuler-et-suivre.js';
import { RECUPERER_UN_CODE_FR } from './guides-fr/recuperer-un-code.js';

// Step-by-step guides written from the seeds (the applicant handbook #2–#6 and the leaflet
// "Mon parcours locatif", the notes on lost codes) and our own screens, whose labels they quote.
// The screenshots are taken from those screens by `npm run help:screenshots`.

/** The step-by-step guides, in French. */
export const GUIDES_FR: Guide[] = [
  CREER_MON_COMPTE_FR,
  IMPORTER_MA_DEMANDE_FR,
  COMPLETER_MON_DOSSIER_FR,
  RECHERCHER_DES_OFFRES_FR,
  POSTULER_ET_SUIVRE_FR,
  RECUPERER_UN_CODE_FR,
];
