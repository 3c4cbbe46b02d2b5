import type { InputHTMLAttributes, ReactNode } from 'react';
import { classNames, idList } from './classNames';
import { FieldError } from './FieldError';
import { RequiredMarker } from './RequiredMarker';

/** Props of a labelled single-line input. */
export interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'required' | 'aria-invalid'
> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
  /** Rendered after the input, inside the same row (e.g. a show/hide button). */
  addon?: ReactNode;
}

/** Label, optional hint, error message and input, wired together for assistive technologies. */
export function TextField({
  id,
  label,
  hint,
  error,
  isRequired = false,
  addon,
  className,
  'aria-describedby': describedBy,
  ...input
}: TextFieldProps) {
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
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          aria-required={isRequired || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={idList(hintId, describedBy, errorId)}
          {...input}
        />
        {addon}
      </div>
    </div>
  );
}
