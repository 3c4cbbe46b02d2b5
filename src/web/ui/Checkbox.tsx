import type { InputHTMLAttributes, ReactNode } from 'react';
import { classNames, idList } from './classNames';
import { FieldError } from './FieldError';

/** Props of a single checkbox. */
export interface CheckboxProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type' | 'aria-invalid'
> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** A checkbox with its label to the right, an optional hint and an error message. */
export function Checkbox({ id, label, hint, error, className, ...input }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('field', error && 'field--error', className)}>
      {error && errorId && <FieldError id={errorId} message={error} />}
      <div className="choice">
        <input
          className="choice__input"
          type="checkbox"
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={idList(hintId, errorId)}
          {...input}
        />
        <label className="choice__label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint && (
        <div id={hintId} className="field__hint choice__hint">
          {hint}
        </div>
      )}
    </div>
  );
}
