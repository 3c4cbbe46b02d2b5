import 'i18next';
import type { frTexts } from './bundles';

// Typed keys: a key missing from the French texts is a compile error in every component.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof frTexts };
  }
}
