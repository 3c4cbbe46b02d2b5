import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';
import { VisuallyHidden } from '../ui';

/** Names of the languages, each written in its own language. */
const LANGUAGE_NAMES: Record<Language, string> = { fr: 'Français', en: 'English' };

/** FR | EN toggle buttons; the choice is kept in localStorage and in the alin_lang cookie. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={i18n.resolvedLanguage === language}
          onClick={() => void changeLanguage(language)}
        >
          {language.toUpperCase()}
          <VisuallyHidden>{` ${LANGUAGE_NAMES[language]}`}</VisuallyHidden>
        </button>
      ))}
    </div>
  );
}
