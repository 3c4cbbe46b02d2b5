import type { ReactNode } from 'react';
import { classNames, idList } from './classNames';
import { FieldError } from './FieldError';
import { RequiredMarker } from './RequiredMarker';

/** One choice of a radio group. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** Explanation under the label, read with the option. */
  hint?: ReactNode;
}

/** Props of a group of radio buttons. */
export interface RadioGroupProps<T extends string> {
  id: string;
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
  isInline?: boolean;
}

/** Radio buttons in a fieldset; the first option's id is `id`, so an error link can focus it. */
export function RadioGroup<T extends string>({
  id,
  name,
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  isRequired = false,
  isInline = false,
}: RadioGroupProps<T>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      className={classNames('field', 'fieldset', error && 'field--error')}
      aria-describedby={idList(hintId, errorId)}
    >
      <legend className="field__label">
        {legend}
        {isRequired && <RequiredMarker />}
      </legend>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <div className={classNames('choices', isInline && 'choices--inline')}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div key={option.value}>
              <div className="choice">
                <input
                  className="choice__input"
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  aria-describedby={optionHintId}
                  onChange={() => onChange(option.value)}
                />
                <label className="choice__label" htmlFor={optionId}>
                  {option.label}
                </label>
              </div>
              {option.hint && (
                <div id={optionHintId} className="field__hint choice__hint">
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
