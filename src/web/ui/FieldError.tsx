import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from './VisuallyHidden';

/** The message under a field in error, prefixed for screen readers. */
export function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="field__error">
      <VisuallyHidden>{`${t('form.errorPrefix')} `}</VisuallyHidden>
      {message}
    </p>
  );
}
