import { useTranslation } from 'react-i18next';
import type { HelpLanguage } from '../../api/help';

/** The language to ask the help texts in: the interface's. */
export function useHelpLanguage(): HelpLanguage {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
}
