import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enTexts, frTexts } from './bundles';

/** Languages of the interface; French is the default. */
export const LANGUAGES = ['fr', 'en'] as const;

/** A language of the interface. */
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'alin.lang';
const COOKIE_NAME = 'alin_lang';
const DEFAULT_LANGUAGE: Language = 'fr';

/** True when the value names a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readCookieLanguage(): string | undefined {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${COOKIE_NAME}=`));
  return entry?.slice(COOKIE_NAME.length + 1);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled (private mode, policy): fall back to the cookie.
  }
  const fromCookie = readCookieLanguage();
  return isLanguage(fromCookie) ? fromCookie : DEFAULT_LANGUAGE;
}

/** Keeps <html lang>, localStorage and the cookie the server reads in line with the language. */
function persistLanguage(language: Language): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the cookie below still carries the choice.
  }
  document.cookie = `${COOKIE_NAME}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
}

/** The current interface language, always a supported one. */
export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** Switches the interface language and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
}

/** Initialises i18next synchronously with the bundled French and English resources. */
export function setUpI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    if (isLanguage(language)) persistLanguage(language);
  });
  void i18n.use(initReactI18next).init({
    resources: { fr: { translation: frTexts }, en: { translation: enTexts } },
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return i18n;
}
