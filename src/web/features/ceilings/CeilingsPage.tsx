import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listCeilingChanges, listCeilings, type StoredCeiling } from '../../api/ceilings';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { useSession } from '../../session/useSession';
import { Alert, Button, PageTitle, SelectField } from '../../ui';
import { CeilingHistory } from './CeilingHistory';
import { CeilingsForm } from './CeilingsForm';
import { CeilingsView } from './CeilingsView';
import { amountsOfYear, sourcesOf, storedYears } from './grid';
import { YEAR_PARAM } from './paths';
import './ceilings.css';

const CEILINGS_KEY = ['admin', 'ceilings'] as const;

/** Chooses the year shown; the choice goes to the address so it can be shared and reloaded. */
function YearForm({
  year,
  years,
  newYear,
  onChoose,
}: {
  year: number;
  years: readonly number[];
  newYear: number | null;
  onChoose: (year: number) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(year));
  const options = [
    ...(newYear === null
      ? []
      : [{ value: String(newYear), label: t('ceilings.yearForm.newYear', { year: newYear }) }]),
    ...years.map((y) => ({ value: String(y), label: String(y) })),
  ];
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onChoose(Number(value));
  }
  return (
    <form className="search-form" onSubmit={handleSubmit}>
      <SelectField
        id="ceilings-year"
        label={t('ceilings.yearForm.label')}
        hint={t('ceilings.yearForm.hint')}
        options={options}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Button type="submit" variant="secondary">
        {t('ceilings.yearForm.submit')}
      </Button>
    </form>
  );
}

/** The notes read with the tables: zones, categories, PLS and PLI. */
function CeilingNotes() {
  const { t } = useTranslation();
  return (
    <ul className="ceiling-notes">
      <li>{t('ceilings.notes.zones')}</li>
      <li>{t('ceilings.notes.categories')}</li>
      <li>{t('ceilings.notes.pls')}</li>
      <li>{t('ceilings.notes.pli')}</li>
    </ul>
  );
}

/**
 * Back office: the income ceilings of a year (PLAI, PLUS, PLS × zone × household category, in
 * euros), editable by operator administrators as a new version, and the history of changes.
 */
export function CeilingsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const isAdmin = user?.isAdmin ?? false;
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const ceilings = useQuery({ queryKey: CEILINGS_KEY, queryFn: () => listCeilings() });
  const all = useMemo<readonly StoredCeiling[]>(
    () => ceilings.data?.ceilings ?? [],
    [ceilings.data],
  );
  const years = useMemo(() => storedYears(all), [all]);
  // Administrators can open the year after the last one to enter its tables when published.
  const newYear = isAdmin && ceilings.data ? (years[0] ?? new Date().getFullYear() - 1) + 1 : null;
  const requested = Number(searchParams.get(YEAR_PARAM));
  const year =
    years.includes(requested) || requested === newYear ? requested : (years[0] ?? newYear);
  const history = useQuery({
    queryKey: [...CEILINGS_KEY, 'history', year],
    queryFn: () => listCeilingChanges({ year: year ?? undefined }),
    enabled: year !== null,
  });
  const stored = useMemo(() => (year === null ? new Map() : amountsOfYear(all, year)), [all, year]);

  return (
    <>
      <PageTitle title={t('ceilings.title')} />
      <p className="lead">{t('ceilings.intro')}</p>
      {ceilings.isPending && <LoadingStatus />}
      {ceilings.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(ceilings.error, t)}</p>
        </Alert>
      )}
      {ceilings.data && year === null && (
        <Alert tone="info">
          <p>{t('ceilings.noData')}</p>
        </Alert>
      )}
      {ceilings.data && year !== null && (
        <>
          <YearForm
            key={year}
            year={year}
            years={years}
            newYear={newYear}
            onChoose={(chosen) => setSearchParams({ [YEAR_PARAM]: String(chosen) })}
          />
          <section className="section" aria-labelledby="ceilings-year-title">
            <h2 id="ceilings-year-title">{t('ceilings.yearTitle', { year })}</h2>
            <CeilingNotes />
            {isAdmin ? (
              <CeilingsForm
                key={year}
                year={year}
                stored={stored}
                sourcesOf={(financing) => sourcesOf(all, year, financing)}
                onSaved={() => void queryClient.invalidateQueries({ queryKey: CEILINGS_KEY })}
              />
            ) : (
              <>
                <Alert tone="info">
                  <p>{t('ceilings.readOnly')}</p>
                </Alert>
                <CeilingsView
                  year={year}
                  stored={stored}
                  sourcesOf={(f) => sourcesOf(all, year, f)}
                />
              </>
            )}
          </section>
          <section className="section" aria-labelledby="ceilings-history-title">
            <h2 id="ceilings-history-title">{t('ceilings.history.title')}</h2>
            {history.isPending && <LoadingStatus />}
            {history.isError && (
              <Alert tone="error" isLive>
                <p>{describeError(history.error, t)}</p>
              </Alert>
            )}
            {history.data && <CeilingHistory year={year} changes={history.data.changes} />}
          </section>
        </>
      )}
    </>
  );
}
