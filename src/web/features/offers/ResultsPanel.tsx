import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_SORTS, isOneOf, type SearchPage } from '../../api/offers-types';
import { SelectField, Tabs } from '../../ui';
import { MapSection } from './MapSection';
import { OfferGallery } from './OfferGallery';
import { OfferTable } from './OfferTable';
import { Pagination } from './Pagination';
import { RESULT_VIEWS, type OfferSearch, type ResultView } from './search-params';
import { useOfferTexts } from './useOfferTexts';

/** Props of the results. */
export interface ResultsPanelProps {
  data: SearchPage;
  search: OfferSearch;
  view: ResultView;
  /** The address of a search shown in a view. */
  hrefOf: (search: OfferSearch, view: ResultView) => string;
  /** Changes the search or the view (the address bar follows). */
  onChange: (search: OfferSearch, view: ResultView) => void;
  /** Shown instead of the views when nothing matches. */
  empty: ReactNode;
}

/** Result count, sort, the gallery / list / map views and the pages. */
export function ResultsPanel({ data, search, view, hrefOf, onChange, empty }: ResultsPanelProps) {
  const { t } = useTranslation();
  const texts = useOfferTexts();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(search.page);
  const results = hrefOf(search, view);
  const points = useMemo(() => data.offers.map(texts.mapPoint), [data.offers, texts]);
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize));

  // Another page of results: take the reader to the top of the new results.
  useEffect(() => {
    if (shownPage.current !== search.page) headingRef.current?.focus();
    shownPage.current = search.page;
  }, [search.page]);

  const caption = t('offers.list.caption', {
    page: search.page,
    pageCount,
    count: data.total,
  });
  const table = <OfferTable offers={data.offers} caption={caption} results={results} />;

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={-1}>
        {t('offers.results.title')}
      </h2>
      <div className="results-bar">
        <p className="results-bar__count" role="status">
          {data.total === 0
            ? t('offers.results.none')
            : t('offers.results.count', { count: data.total })}
        </p>
        <SelectField
          id="offers-sort"
          name="tri"
          label={t('offers.sort.label')}
          className="field--medium results-bar__sort"
          value={search.sort}
          options={SEARCH_SORTS.map((sort) => ({ value: sort, label: t(`offers.sort.${sort}`) }))}
          onChange={(event) => {
            const sort = event.target.value;
            if (isOneOf(SEARCH_SORTS, sort)) onChange({ ...search, sort, page: 1 }, view);
          }}
        />
      </div>
      {data.total === 0 ? (
        empty
      ) : (
        <>
          <Tabs
            label={t('offers.views.label')}
            tabs={RESULT_VIEWS.map((value) => ({ value, label: t(`offers.views.${value}`) }))}
            selected={view}
            onSelect={(next) => onChange(search, next)}
          >
            {view === 'gallery' && <OfferGallery offers={data.offers} results={results} />}
            {view === 'list' && table}
            {view === 'map' && (
              <>
                <MapSection
                  points={points}
                  label={t('offers.map.label', { count: data.offers.length })}
                  center={data.center}
                  results={results}
                />
                {table}
              </>
            )}
          </Tabs>
          <Pagination
            page={search.page}
            pageCount={pageCount}
            hrefOf={(page) => hrefOf({ ...search, page }, view)}
          />
        </>
      )}
    </section>
  );
}
