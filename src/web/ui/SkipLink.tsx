import { useTranslation } from 'react-i18next';

/** Id of the <main> element the skip link jumps to. */
export const MAIN_CONTENT_ID = 'contenu';

/** First focusable element of every page: jumps over the header to the main content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Focus the main element directly so the router does not treat the hash as a navigation.
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('layout.skipLink')}
    </a>
  );
}
