import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './TextField';
import { VisuallyHidden } from './VisuallyHidden';

/** A password input with a toggle that shows the characters typed. */
export function PasswordField(props: Omit<TextFieldProps, 'type' | 'addon'>) {
  const { t } = useTranslation();
  const [isVisible, setIsVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={isVisible ? 'text' : 'password'}
      autoCapitalize="off"
      autoCorrect="off"
      spellCheck={false}
      addon={
        <button
          type="button"
          className="field__toggle"
          aria-pressed={isVisible}
          aria-controls={props.id}
          onClick={() => setIsVisible((visible) => !visible)}
        >
          {t('password.show')}
          <VisuallyHidden>{` ${t('password.showSuffix', { label: props.label })}`}</VisuallyHidden>
        </button>
      }
    />
  );
}
