import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames, idList } from '../../ui/classNames';
import { FieldError } from '../../ui/FieldError';
import { RequiredMarker } from '../../ui/RequiredMarker';
import { useFileSize } from './files';

/** Props of a labelled file input. */
export interface FileFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  isRequired?: boolean;
  accept: string;
  isMultiple?: boolean;
  /** The files chosen, shown under the input with their size. */
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** Change it to empty the native input after a successful upload. */
  resetKey?: number;
}

/** A native file input with its label, hint and error, and the chosen files listed with sizes. */
export function FileField({
  id,
  name,
  label,
  hint,
  error,
  isRequired = false,
  accept,
  isMultiple = false,
  files,
  onChange,
  resetKey = 0,
}: FileFieldProps) {
  const { t } = useTranslation();
  const fileSize = useFileSize();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const chosenId = `${id}-chosen`;
  return (
    <div className={classNames('field', error && 'field--error')}>
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
      <input
        key={resetKey}
        id={id}
        name={name}
        type="file"
        className="field__file"
        accept={accept}
        multiple={isMultiple}
        aria-required={isRequired || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={idList(hintId, errorId, files.length > 0 && chosenId)}
        onChange={(event) => onChange(Array.from(event.target.files ?? []))}
      />
      {files.length > 0 && (
        <div id={chosenId}>
          <p className="field__hint">{t('support.files.chosen', { count: files.length })}</p>
          <ul className="file-choice">
            {files.map((file, index) => (
              <li key={`${file.name}-${index}`}>
                {t('support.files.item', { name: file.name, size: fileSize(file.size) })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
