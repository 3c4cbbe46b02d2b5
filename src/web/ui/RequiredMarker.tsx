import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from './VisuallyHidden';

/** The "*" of a required field, read as "obligatoire" by screen readers. */
export function RequiredMarker() {
  const { t } = useTranslation();
  return (
    <>
      <span className="required-marker" aria-hidden="true">
        {' *'}
      </span>
      <VisuallyHidden>{` ${t('form.required')}`}</VisuallyHidden>
    </>
  );
}
