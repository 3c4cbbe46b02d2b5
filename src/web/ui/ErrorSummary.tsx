import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFeedback } from '../forms/useFormFeedback';

/** Moves focus to a field from a summary link without changing the URL. */
function focusField(fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * Box at the top of a form listing what went wrong, each problem linking to its field.
 * It takes focus every time a submission fails, so keyboard and screen-reader users land on it.
 */
export function ErrorSummary({ feedback }: { feedback: FormFeedback | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const attempt = feedback?.attempt ?? 0;

  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);

  if (!feedback) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      {feedback.message && <p className="error-summary__message">{feedback.message}</p>}
      {feedback.items.length > 0 && (
        <ul className="error-summary__list">
          {feedback.items.map((item, index) => (
            <li key={`${item.fieldId ?? 'general'}-${index}`}>
              {item.fieldId ? (
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(item.fieldId ?? '');
                  }}
                >
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
