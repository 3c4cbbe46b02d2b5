import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { describeError } from './describeError';

/** Field name (as in the API body) → message shown under the field. */
export type FieldErrors = Partial<Record<string, string>>;

/** One line of the error summary; `fieldId` makes it a link to the field. */
export interface SummaryItem {
  fieldId?: string;
  text: string;
}

/** What the error summary of a form shows, with a counter that refocuses it on each failure. */
export interface FormFeedback {
  message: string | null;
  items: SummaryItem[];
  attempt: number;
}

/** Extra mapping of error codes that concern one field even when the server sends no `fields`. */
export type CodeToField = Partial<Record<string, string>>;

/**
 * Error state of a form: field messages and the summary at the top.
 * `fieldOrder` lists the field names in form order; `fieldId` turns a name into an input id.
 */
export function useFormFeedback(
  formId: string,
  fieldOrder: readonly string[],
  codeToField: CodeToField = {},
) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<FormFeedback | null>(null);

  const fieldId = useCallback((name: string) => `${formId}-${name}`, [formId]);

  const showErrors = useCallback(
    (errors: FieldErrors, message: string | null) => {
      const known = fieldOrder.filter((name) => errors[name] !== undefined);
      const unknown = Object.keys(errors).filter((name) => !fieldOrder.includes(name));
      const items: SummaryItem[] = [
        ...known.map((name) => ({ fieldId: fieldId(name), text: errors[name] ?? '' })),
        ...unknown.map((name) => ({ text: errors[name] ?? '' })),
      ];
      setFieldErrors(Object.fromEntries(known.map((name) => [name, errors[name]])));
      setFeedback((previous) => ({ message, items, attempt: (previous?.attempt ?? 0) + 1 }));
    },
    [fieldId, fieldOrder],
  );

  /** Shows client-side errors; returns true when there were none. */
  const checkFields = useCallback(
    (errors: FieldErrors): boolean => {
      const present = Object.fromEntries(Object.entries(errors).filter(([, text]) => text));
      if (Object.keys(present).length === 0) return true;
      showErrors(present, null);
      return false;
    },
    [showErrors],
  );

  /** Shows a failed call: field problems under their fields, the message in the summary. */
  const showApiError = useCallback(
    (error: unknown) => {
      const errors: FieldErrors = {};
      let message: string | null = describeError(error, t);
      if (error instanceof ApiError) {
        for (const field of error.fields) errors[field.path] ??= field.message;
        const codeField = codeToField[error.code];
        if (codeField && errors[codeField] === undefined) {
          // The message belongs under one field: do not repeat it above the list.
          errors[codeField] = message;
          message = null;
        }
      }
      showErrors(errors, message);
    },
    [codeToField, showErrors, t],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFeedback(null);
  }, []);

  return useMemo(
    () => ({ fieldId, fieldErrors, feedback, checkFields, showApiError, clear }),
    [fieldId, fieldErrors, feedback, checkFields, showApiError, clear],
  );
}
