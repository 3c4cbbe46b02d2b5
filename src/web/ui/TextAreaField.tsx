import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { classNames, idList } from './classNames';
import { FieldError } from './FieldError';
import { RequiredMarker } from './RequiredMarker';

/** Props of a labelled multi-line input. */
export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id' | 'required' | 'aria-invalid'
> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
}

/** Label, optional hint, error message and textarea, wired together for assistive technologies. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  isRequired = false,
  className,
  rows = 4,
  ...textarea
}: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('field', error && 'field--error', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isRequired && <RequiredMarker />}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <textarea
        id={id}
        rows={rows}
        className="field__input field__textarea"
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={idList(hintId, errorId)}
        {...textarea}
      />
    </div>
  );
}
