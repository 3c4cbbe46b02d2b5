import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCeilings, ZONED_FINANCINGS, type CeilingEntry } from '../../api/ceilings';
import { withFieldMessages } from '../../forms/fieldMessages';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, TextAreaField, TextField } from '../../ui';
import { FieldError } from '../../ui/FieldError';
import {
  cellName,
  cellOfField,
  collectEntries,
  COMMENT_FIELD,
  FIELD_ORDER,
  problemOfCode,
  SOURCE_FIELD,
  textsOf,
  withCellPaths,
  type CeilingCell,
  type CellTexts,
} from './grid';
import { CeilingTable } from './CeilingTable';
import { useCeilingLabels } from './labels';

/**
 * Operator administrators: one year's ceilings as editable tables, a reason and the official
 * text; only the amounts that changed are sent, in one transaction kept in the history.
 */
export function CeilingsForm({
  year,
  stored,
  sourcesOf,
  onSaved,
}: {
  year: number;
  stored: ReadonlyMap<string, number>;
  sourcesOf: (financing: CeilingEntry['financing']) => string[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCeilingLabels();
  const [texts, setTexts] = useState<CellTexts>(() => textsOf(stored));
  const [comment, setComment] = useState('');
  const [source, setSource] = useState('');
  const [isUnchanged, setIsUnchanged] = useState(false);
  const form = useFormFeedback('ceilings', FIELD_ORDER);
  const mutation = useMutation({
    mutationFn: saveCeilings,
    onSuccess: () => {
      form.clear();
      onSaved();
    },
    onError: (error, entries) => {
      // The API names entries by their position in the body: bring each problem back to its cell.
      const named = withCellPaths(error, entries);
      form.showApiError(
        withFieldMessages(named, (field) => {
          const problem = problemOfCode(field.code);
          return problem && cellOfField(field.path)
            ? labels.problemText(field.path, problem)
            : undefined;
        }),
      );
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.reset();
    setIsUnchanged(false);
    const { entries, problems } = collectEntries(year, texts, stored, { comment, source });
    const errors = Object.fromEntries(
      [...problems].map(([name, problem]) => [name, labels.problemText(name, problem)]),
    );
    if (!form.checkFields(errors)) return;
    form.clear();
    if (entries.length === 0) {
      setIsUnchanged(true);
      return;
    }
    mutation.mutate(entries);
  }

  const renderCell = (cell: CeilingCell) => {
    const name = cellName(cell);
    const id = form.fieldId(name);
    const error = form.fieldErrors[name];
    return (
      <div className={error ? 'ceiling-cell ceiling-cell--error' : 'ceiling-cell'}>
        {error && <FieldError id={`${id}-error`} message={error} />}
        <input
          id={id}
          name={name}
          className="field__input ceiling-cell__input"
          inputMode="numeric"
          autoComplete="off"
          aria-label={labels.cellLabel(cell)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          value={texts[name] ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            setTexts((previous) => ({ ...previous, [name]: value }));
          }}
        />
      </div>
    );
  };

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('ceilings.form.saved', { count: mutation.data.changed })}</p>
        </Alert>
      )}
      {isUnchanged && (
        <Alert tone="info" isLive>
          <p>{t('ceilings.form.nothingChanged')}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('ceilings.form.intro')}</p>
        {ZONED_FINANCINGS.map((financing) => (
          <CeilingTable
            key={financing}
            financing={financing}
            year={year}
            sources={sourcesOf(financing)}
            renderCell={renderCell}
          />
        ))}
        <TextAreaField
          id={form.fieldId(COMMENT_FIELD)}
          name={COMMENT_FIELD}
          label={t('ceilings.form.comment')}
          hint={t('ceilings.form.commentHint')}
          maxLength={500}
          rows={3}
          value={comment}
          error={form.fieldErrors[COMMENT_FIELD]}
          onChange={(event) => setComment(event.target.value)}
        />
        <TextField
          id={form.fieldId(SOURCE_FIELD)}
          name={SOURCE_FIELD}
          label={t('ceilings.form.source')}
          hint={t('ceilings.form.sourceHint')}
          maxLength={300}
          autoComplete="off"
          value={source}
          error={form.fieldErrors[SOURCE_FIELD]}
          onChange={(event) => setSource(event.target.value)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('ceilings.form.submit')}
        </Button>
      </form>
    </>
  );
}
