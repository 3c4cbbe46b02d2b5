import type { ReactNode } from 'react';
import { classNames, idList } from '../../ui/classNames';
import { FieldError } from '../../ui/FieldError';
import { RequiredMarker } from '../../ui/RequiredMarker';

/** One box of a checkbox group. */
export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

/** Props of a group of checkboxes answering one question. */
export interface CheckboxGroupProps<T extends string> {
  /** Id of the first box (the error summary links to it). */
  id: string;
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  options: readonly CheckboxOption<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}

/** Checkboxes in a fieldset with its legend, hint and error (several answers to one question). */
export function CheckboxGroup<T extends string>({
  id,
  name,
  legend,
  hint,
  error,
  isRequired = false,
  options,
  values,
  onChange,
}: CheckboxGroupProps<T>) {
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
      <div className="choices">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          const checked = values.includes(option.value);
          return (
            <div key={option.value}>
              <div className="choice">
                <input
                  className="choice__input"
                  type="checkbox"
                  id={optionId}
                  name={name}
                  value={option.value}
                  checked={checked}
                  aria-describedby={optionHintId}
                  onChange={() =>
                    onChange(
                      checked
                        ? values.filter((value) => value !== option.value)
                        : [...values, option.value],
                    )
                  }
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
