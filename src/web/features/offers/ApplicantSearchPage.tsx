import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { hasErrorCode } from '../../api/errors';
import { searchEligibleOffers } from '../../api/offers';
import type { SearchAlert } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, PageTitle } from '../../ui';
import { CreateAlertDialog } from './CreateAlertDialog';
import { NoOffersNotice } from './NoOffersNotice';
import { CLOSED_CODES, OffersClosedNotice } from './OffersClosedNotice';
import { ALERTS_PATH, APPLICANT_SEARCH_PATH } from './paths';
import { ResultsPanel } from './ResultsPanel';
import { resetSearch, SearchFiltersForm } from './SearchFiltersForm';
import {
  hasFilters,
  parseSearch,
  parseView,
  searchToApiQuery,
  searchToParams,
  type OfferSearch,
  type ResultView,
} from './search-params';
import { useSearchPlace } from './usePlaces';
import './offers.css';

function hrefOf(search: OfferSearch, view: ResultView): string {
  const query = searchToParams(search, view).toString();
  return query === '' ? APPLICANT_SEARCH_PATH : `${APPLICANT_SEARCH_PATH}?${query}`;
}

/**
 * "Les offres" of a logged-in applicant: only the offers they are eligible for, with the seed's
 * filters (kept in the address), sort, gallery / list / map, pages, and "Créer une alerte".
 */
export function ApplicantSearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseSearch(params);
  const view = parseView(params);
  const { place, isPending: isPlacePending } = useSearchPlace(search);
  const [isAlertOpen, setIsAlertOpen] = useState(false);
  const [createdAlert, setCreatedAlert] = useState<SearchAlert | null>(null);

  const apiQuery = searchToApiQuery(search, { showcase: false });
  const results = useQuery({
    queryKey: ['offers', 'eligible', apiQuery.toString()],
    queryFn: () => searchEligibleOffers(apiQuery),
    placeholderData: keepPreviousData,
  });
  const closedReason = CLOSED_CODES.find((code) => hasErrorCode(results.error, code));

  const show = (next: OfferSearch, nextView: ResultView) =>
    setParams(searchToParams(next, nextView));
  const reset = () => show(resetSearch(search), view);
  // The filters form restarts from the address whenever the applied search changes.
  const filtersKey = `${searchToParams({ ...search, sort: 'deadline', page: 1 }).toString()}|${place?.code ?? ''}`;

  return (
    <>
      <PageTitle title={t('offers.search.title')} />
      <p className="lead">{t('offers.search.intro')}</p>
      {closedReason ? (
        <OffersClosedNotice reason={closedReason} />
      ) : (
        <>
          <div className="actions">
            <Button variant="secondary" onClick={() => setIsAlertOpen(true)}>
              {t('offers.alerts.create.open')}
            </Button>
            <Link to={ALERTS_PATH} className="offers-inline-link">
              {t('offers.alerts.manageLink')}
            </Link>
          </div>
          {createdAlert && (
            <Alert tone="success" isLive title={t('offers.alerts.create.doneTitle')}>
              <p>
                {t(`offers.alerts.create.done.${createdAlert.frequency}`, {
                  name: createdAlert.name,
                })}
              </p>
            </Alert>
          )}
          <CreateAlertDialog
            isOpen={isAlertOpen}
            search={search}
            onClose={() => setIsAlertOpen(false)}
            onCreated={(alert) => {
              setCreatedAlert(alert);
              setIsAlertOpen(false);
            }}
          />
          {search.commune && isPlacePending ? (
            <LoadingStatus />
          ) : (
            <SearchFiltersForm
              key={filtersKey}
              search={search}
              place={place}
              onApply={(next) => show(next, view)}
              onReset={reset}
            />
          )}
          {results.isPending && <LoadingStatus />}
          {results.isError && (
            <Alert tone="error" isLive>
              <p>{describeError(results.error, t)}</p>
            </Alert>
          )}
          {results.data && (
            <ResultsPanel
              data={results.data}
              search={search}
              view={view}
              hrefOf={hrefOf}
              onChange={show}
              empty={<NoOffersNotice hasFilters={hasFilters(search)} onReset={reset} />}
            />
          )}
        </>
      )}
    </>
  );
}
