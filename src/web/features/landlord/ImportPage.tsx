import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_TEMPLATE_URL, importOffersCsv, type ImportOutcome } from '../../api/offers';
import type { ImportReportLine } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { Alert, Badge, Button, Checkbox, PageTitle, Table, type TableColumn } from '../../ui';
import { FieldError } from '../../ui/FieldError';
import { classNames } from '../../ui/classNames';
import { useOfferFormat } from '../offers/useOfferFormat';
import { LANDLORD_HOME_PATH } from './paths';
import '../offers/offers.css';

const COLUMNS = [
  'reference',
  'street',
  'postcode',
  'communeInsee',
  'latitude',
  'longitude',
  'typology',
  'kind',
  'surfaceM2',
  'floor',
  'hasLift',
  'rent',
  'charges',
  'financing',
  'pmrAdapted',
  'energyClass',
  'gesClass',
  'heating',
  'description',
  'availableOn',
  'applicationDeadline',
  'showcase',
] as const;

function Report({ lines }: { lines: readonly ImportReportLine[] }) {
  const { t } = useTranslation();
  const failed = lines.filter((line) => !line.ok).length;
  const columns: TableColumn<ImportReportLine>[] = [
    {
      key: 'line',
      header: t('offers.landlord.import.report.line'),
      isRowHeader: true,
      render: (l) => l.line,
    },
    {
      key: 'reference',
      header: t('offers.landlord.import.report.reference'),
      render: (l) => l.reference || '—',
    },
    {
      key: 'result',
      header: t('offers.landlord.import.report.result'),
      render: (l) =>
        l.ok ? (
          <Badge tone="success">{t('offers.landlord.import.report.ok')}</Badge>
        ) : (
          <Badge tone="error">
            {t('offers.landlord.import.report.failed', { count: l.problems.length })}
          </Badge>
        ),
    },
    {
      key: 'problems',
      header: t('offers.landlord.import.report.problems'),
      render: (l) =>
        l.problems.length === 0 ? (
          '—'
        ) : (
          <ul className="compact-list">
            {l.problems.map((p) => (
              <li key={`${p.path}-${p.code}`}>
                {t('offers.landlord.import.report.problem', { column: p.path, message: p.message })}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <Table
      caption={t('offers.landlord.import.report.caption', { count: lines.length, failed })}
      columns={columns}
      rows={lines}
      rowKey={(l) => String(l.line)}
      emptyText={t('offers.landlord.import.report.empty')}
    />
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  if (outcome.ok) {
    return (
      <>
        <Alert tone="success" shouldFocus title={t('offers.landlord.import.doneTitle')}>
          <p>
            {t(
              outcome.report.published
                ? 'offers.landlord.import.donePublished'
                : 'offers.landlord.import.doneDrafts',
              {
                count: outcome.report.created,
              },
            )}
          </p>
          <p>
            <Link to={LANDLORD_HOME_PATH}>{t('offers.landlord.offer.backToList')}</Link>
          </p>
        </Alert>
        <Report lines={outcome.report.lines} />
      </>
    );
  }
  const failed = outcome.lines.filter((line) => !line.ok).length;
  return (
    <>
      <Alert tone="error" shouldFocus title={t('offers.landlord.import.failedTitle')}>
        {outcome.message && <p>{outcome.message}</p>}
        <p>{t('offers.landlord.import.failed', { count: failed })}</p>
      </Alert>
      <Report lines={outcome.lines} />
    </>
  );
}

/** Imports a CSV file of offers: every line or none, with the report of each line. */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [publish, setPublish] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (chosen: File) => importOffersCsv(chosen, publish),
    onSuccess: async (outcome) => {
      if (outcome.ok) await queryClient.invalidateQueries({ queryKey: ['landlord'] });
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run.reset();
    if (!file) {
      setFileError(t('offers.landlord.import.errors.missing'));
      inputRef.current?.focus();
      return;
    }
    setFileError(null);
    run.mutate(file);
  }

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <>
      <PageTitle title={t('offers.landlord.import.title')} />
      <p className="lead">{t('offers.landlord.import.intro')}</p>
      <section className="section" aria-labelledby="import-format">
        <h2 id="import-format">{t('offers.landlord.import.formatTitle')}</h2>
        <ul className="bullets">
          <li>{t('offers.landlord.import.format.separator')}</li>
          <li>{t('offers.landlord.import.format.money')}</li>
          <li>{t('offers.landlord.import.format.dates')}</li>
          <li>{t('offers.landlord.import.format.values')}</li>
          <li>{t('offers.landlord.import.format.allOrNothing')}</li>
        </ul>
        <p>{t('offers.landlord.import.columns')}</p>
        <p className="import-columns">
          <code>{COLUMNS.join(';')}</code>
        </p>
        <p>
          <a href={IMPORT_TEMPLATE_URL} download="modele-offres.csv">
            {t('offers.landlord.import.template')}
          </a>
        </p>
      </section>
      <form className="form card section" noValidate onSubmit={handleSubmit}>
        <div className={classNames('field', fileError && 'field--error')}>
          <label className="field__label" htmlFor={inputId}>
            {t('offers.landlord.import.file')}
          </label>
          <div id={hintId} className="field__hint">
            {t('offers.landlord.import.fileHint')}
          </div>
          {fileError && <FieldError id={errorId} message={fileError} />}
          <input
            ref={inputRef}
            id={inputId}
            className="file-input"
            type="file"
            name="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? `${hintId} ${errorId}` : hintId}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        </div>
        {file && (
          <p>
            {t('offers.landlord.import.chosen', { name: file.name, size: format.bytes(file.size) })}
          </p>
        )}
        <Checkbox
          id="import-publish"
          label={t('offers.landlord.import.publish')}
          hint={t('offers.landlord.import.publishHint')}
          checked={publish}
          onChange={(event) => setPublish(event.target.checked)}
        />
        <div className="actions">
          <Button type="submit" isBusy={run.isPending}>
            {run.isPending
              ? t('offers.landlord.import.running')
              : t('offers.landlord.import.submit')}
          </Button>
        </div>
      </form>
      <div role="status">{run.isPending && <p>{t('offers.landlord.import.running')}</p>}</div>
      {run.isError && (
        <Alert tone="error" shouldFocus>
          <p>{describeError(run.error, t)}</p>
        </Alert>
      )}
      {run.data && (
        <section className="section" aria-label={t('offers.landlord.import.resultLabel')}>
          <Outcome outcome={run.data} />
        </section>
      )}
    </>
  );
}
