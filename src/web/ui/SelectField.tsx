import type { ReactNode, SelectHTMLAttributes } from 'react';
import { classNames, idList } from './classNames';
import { FieldError } from './FieldError';
import { RequiredMarker } from './RequiredMarker';

/** One option of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of a labelled select. */
export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'required' | 'aria-invalid'
> {
  id: string;
  label: string;
  options: readonly SelectOption[];
  /** Text of the empty first option, if any. */
  placeholder?: string;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
}

/** A native select with label, hint and error message. */
export function SelectField({
  id,
  label,
  options,
  placeholder,
  hint,
  error,
  isRequired = false,
  className,
  ...select
}: SelectFieldProps) {
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
      <select
        id={id}
        className="field__input field__select"
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={idList(hintId, errorId)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
