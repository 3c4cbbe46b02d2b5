import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { searchShowcase } from '../../api/offers';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { useSession } from '../../session/useSession';
import { Alert, Button, ButtonLink, PageTitle } from '../../ui';
import { APPLICANT_SEARCH_PATH, SHOWCASE_PATH } from './paths';
import { PlaceCombobox, placeLabel, type Place } from './PlaceCombobox';
import { ResultsPanel } from './ResultsPanel';
import {
  EMPTY_SEARCH,
  parseSearch,
  parseView,
  searchToApiQuery,
  searchToParams,
  type OfferSearch,
  type ResultView,
} from './search-params';
import { useResolvedText, useSearchPlace } from './usePlaces';
import './offers.css';

const TEXT_PARAM = 'lieu';

/** The search narrowed to a place (and nothing else: the showcase has no other filter). */
function searchOfPlace(search: OfferSearch, place: Place | null): OfferSearch {
  return {
    ...search,
    region: place?.kind === 'region' ? place.code : null,
    department: place?.kind === 'department' ? place.code : null,
    commune: place?.kind === 'commune' ? place.code : null,
    distance: null,
    page: 1,
  };
}

function hrefOf(search: OfferSearch, view: ResultView): string {
  const query = searchToParams(search, view).toString();
  return query === '' ? SHOWCASE_PATH : `${SHOWCASE_PATH}?${query}`;
}

/** The places a typed text may name, to pick one. */
function PlaceChoices({ text, places }: { text: string; places: Place[] }) {
  const { t } = useTranslation();
  if (places.length === 0) {
    return (
      <Alert tone="warning" title={t('offers.showcase.noPlaceTitle')}>
        <p>{t('offers.showcase.noPlace', { text })}</p>
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={t('offers.showcase.choosePlaceTitle')}>
      <p>{t('offers.showcase.choosePlace', { text })}</p>
      <ul className="compact-list">
        {places.map((place) => (
          <li key={`${place.kind}-${place.code}`}>
            <Link to={hrefOf(searchOfPlace(EMPTY_SEARCH, place), 'gallery')}>
              {`${placeLabel(place)} — ${t(`offers.place.kind.${place.kind}`)}`}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/**
 * The public showcase ("vitrine"): the published offers flagged for it, searched by region,
 * department or commune. Not every offer is visible without an account (seed: home page).
 */
export function ShowcasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const search = parseSearch(params);
  const view = parseView(params);
  const text = params.get(TEXT_PARAM)?.trim() ?? '';
  const hasPlace = search.region !== null || search.department !== null || search.commune !== null;
  const { place } = useSearchPlace(search);
  const resolved = useResolvedText(!hasPlace && text !== '' ? text : null);

  const [draft, setDraft] = useState<Place | null>(place);
  const [syncedPlace, setSyncedPlace] = useState<Place | null>(place);
  if (place !== syncedPlace) {
    setSyncedPlace(place);
    setDraft(place);
  }
  const [draftText, setDraftText] = useState(text);

  // The home page's search box sends a text: when it names one place, search there.
  useEffect(() => {
    if (resolved.match) {
      void navigate(hrefOf(searchOfPlace(search, resolved.match), view), { replace: true });
    }
  }, [resolved.match, navigate, search, view]);

  const apiQuery = searchToApiQuery(search, { showcase: true });
  const results = useQuery({
    queryKey: ['offers', 'showcase', apiQuery.toString()],
    queryFn: () => searchShowcase(apiQuery),
    placeholderData: keepPreviousData,
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (draft) {
      void navigate(hrefOf(searchOfPlace(search, draft), view));
      return;
    }
    const typed = draftText.trim();
    const next = searchToParams(searchOfPlace(search, null), view);
    if (typed !== '') next.set(TEXT_PARAM, typed);
    setParams(next);
  }

  return (
    <>
      <PageTitle title={t('offers.showcase.title')} />
      <p className="lead">{t('offers.showcase.intro')}</p>
      {user?.role === 'applicant' ? (
        <Alert tone="info" title={t('offers.showcase.applicantTitle')}>
          <p>{t('offers.showcase.applicantText')}</p>
          <p>
            <Link to={APPLICANT_SEARCH_PATH}>{t('offers.showcase.applicantLink')}</Link>
          </p>
        </Alert>
      ) : (
        <Alert tone="info" title={t('offers.showcase.notAllTitle')}>
          <p>
            <Trans
              i18nKey="offers.showcase.notAll"
              components={{ signup: <Link to="/inscription" />, login: <Link to="/connexion" /> }}
            />
          </p>
        </Alert>
      )}

      <form
        role="search"
        className="search-form section"
        aria-label={t('offers.showcase.searchLabel')}
        onSubmit={handleSubmit}
        noValidate
      >
        <PlaceCombobox
          id="showcase-place"
          label={t('offers.showcase.placeLabel')}
          hint={t('offers.showcase.placeHint')}
          value={draft}
          onChange={setDraft}
          includeAreas
          initialText={text}
          onTextChange={setDraftText}
        />
        <Button type="submit">{t('offers.showcase.searchButton')}</Button>
        {(hasPlace || text !== '') && (
          <ButtonLink to={SHOWCASE_PATH} variant="tertiary">
            {t('offers.showcase.allPlaces')}
          </ButtonLink>
        )}
      </form>

      {place && (
        <p className="lead">{t('offers.showcase.resultsFor', { place: placeLabel(place) })}</p>
      )}
      {!hasPlace && text !== '' && !resolved.isPending && !resolved.match && (
        <PlaceChoices text={text} places={resolved.candidates} />
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
          onChange={(next, nextView) => setParams(searchToParams(next, nextView))}
          empty={
            <Alert tone="info" title={t('offers.showcase.emptyTitle')}>
              <p>{t('offers.showcase.empty')}</p>
            </Alert>
          }
        />
      )}
    </>
  );
}
