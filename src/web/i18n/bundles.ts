import en from './en.json';
import applicantFileEn from './features/applicant-file.en.json';
import applicantFileFr from './features/applicant-file.fr.json';
import offersEn from './features/offers.en.json';
import offersFr from './features/offers.fr.json';
import candidaciesEn from './features/candidacies.en.json';
import candidaciesFr from './features/candidacies.fr.json';
import ceilingsEn from './features/ceilings.en.json';
import ceilingsFr from './features/ceilings.fr.json';
import supportEn from './features/support.en.json';
import supportFr from './features/support.fr.json';
import fr from './fr.json';

// Feature bundles: each feature keeps its texts in `features/<name>.fr.json` and
// `features/<name>.en.json`, under one top-level key of its own, so that several features can be
// worked on at once. Register a feature here (one import per language and one spread each).

/** Every French text of the interface. */
export const frTexts = {
  ...fr,
  ...applicantFileFr,
  ...candidaciesFr,
  ...supportFr,
  ...offersFr,
  ...ceilingsFr,
};

/** Every English text of the interface. */
export const enTexts = {
  ...en,
  ...applicantFileEn,
  ...candidaciesEn,
  ...supportEn,
  ...offersEn,
  ...ceilingsEn,
};
