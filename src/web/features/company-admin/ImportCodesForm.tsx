import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importAccessCodes,
  type ImportLine,
  type ImportReport,
  type MailLocale,
} from '../../api/codes';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, RadioGroup, Table, type TableColumn } from '../../ui';
import { FileField } from '../help-centre/FileField';
import { MAX_UPLOAD_BYTES } from '../help-centre/files';

const FIELDS = ['file', 'locale'] as const;
const CODE_TO_FIELD: CodeToField = { 'csv.invalid': 'file', 'upload.too_large': 'file' };
const CSV_ACCEPT = '.csv,.txt,text/csv,text/plain';

/** The problem codes of a refused line, in words. */
const PROBLEM_KEYS = {
  'field.required': 'support.accessCodes.problems.required',
  'field.invalid_email': 'support.accessCodes.problems.invalidEmail',
  'field.too_long': 'support.accessCodes.problems.tooLong',
  'csv.duplicate_row': 'support.accessCodes.problems.duplicate',
  'access_code.already_active': 'support.accessCodes.problems.alreadyActive',
} as const;

function isKnownProblem(code: string): code is keyof typeof PROBLEM_KEYS {
  return code in PROBLEM_KEYS;
}

/** The column a problem is about. */
const PATH_KEYS = {
  lastName: 'support.accessCodes.fields.lastName',
  firstName: 'support.accessCodes.fields.firstName',
  email: 'support.accessCodes.fields.email',
} as const;

function isKnownPath(path: string): path is keyof typeof PATH_KEYS {
  return path in PATH_KEYS;
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const refused = report.lines.filter((line) => line.status === 'refused');
  const columns: TableColumn<ImportLine>[] = [
    {
      key: 'line',
      header: t('support.accessCodes.report.line'),
      isRowHeader: true,
      render: (line) => line.line,
    },
    {
      key: 'email',
      header: t('support.accessCodes.fields.email'),
      render: (line) => <span className="wrap-anywhere">{line.email || '—'}</span>,
    },
    {
      key: 'problems',
      header: t('support.accessCodes.report.problems'),
      render: (line) => (
        <ul className="compact-list">
          {line.problems.map((problem, index) => (
            <li key={index}>
              {t('support.accessCodes.report.problem', {
                column: isKnownPath(problem.path)
                  ? t(PATH_KEYS[problem.path])
                  : t('support.accessCodes.report.line'),
                problem: isKnownProblem(problem.code)
                  ? t(PROBLEM_KEYS[problem.code])
                  : t('support.accessCodes.problems.other'),
              })}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <>
      <Alert
        tone={report.refused > 0 ? 'warning' : 'success'}
        title={t('support.accessCodes.report.title')}
        isLive
      >
        <p>{t('support.accessCodes.report.issued', { count: report.issued })}</p>
        <p>{t('support.accessCodes.report.refused', { count: report.refused })}</p>
      </Alert>
      {refused.length > 0 && (
        <Table
          caption={t('support.accessCodes.report.caption', { count: refused.length })}
          columns={columns}
          rows={refused}
          rowKey={(line) => String(line.line)}
          emptyText={t('support.accessCodes.report.none')}
        />
      )}
    </>
  );
}

/** HR e-mails codes to a list of employees (CSV with last name, first name, e-mail). */
export function ImportCodesForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [locale, setLocale] = useState<MailLocale>('fr');
  const [resetKey, setResetKey] = useState(0);
  const form = useFormFeedback('import-codes', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: ({ file, mailLocale }: { file: File; mailLocale: MailLocale }) =>
      importAccessCodes(file, mailLocale),
    onSuccess: () => {
      form.clear();
      setFiles([]);
      setResetKey((key) => key + 1);
      onImported();
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [file] = files;
    const isValid = form.checkFields({
      file: !file
        ? t('support.accessCodes.errors.file')
        : file.size > MAX_UPLOAD_BYTES
          ? t('support.files.tooLarge')
          : undefined,
    });
    if (isValid && file) mutation.mutate({ file, mailLocale: locale });
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      {mutation.data && <ImportReportView report={mutation.data} />}
      <form className="form" noValidate onSubmit={handleSubmit}>
        <FileField
          id={form.fieldId('file')}
          name="file"
          label={t('support.accessCodes.fields.file')}
          hint={t('support.accessCodes.fields.fileHint')}
          accept={CSV_ACCEPT}
          isRequired
          files={files}
          error={form.fieldErrors.file}
          onChange={setFiles}
          resetKey={resetKey}
        />
        <RadioGroup<MailLocale>
          id={form.fieldId('locale')}
          name="import-codes-locale"
          legend={t('support.accessCodes.fields.locale')}
          options={[
            { value: 'fr', label: t('support.accessCodes.locales.fr') },
            { value: 'en', label: t('support.accessCodes.locales.en') },
          ]}
          value={locale}
          onChange={setLocale}
          isInline
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.accessCodes.import')}
        </Button>
      </form>
    </>
  );
}
