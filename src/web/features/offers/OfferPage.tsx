import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { hasErrorCode } from '../../api/errors';
import { fetchOfferPage } from '../../api/offers';
import type { OfferDetail } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { loginPathReturningTo } from '../../session/paths';
import { useSession } from '../../session/useSession';
import { Alert, ButtonLink, PageTitle } from '../../ui';
import { FraudWarning } from '../help-centre/FraudWarning';
import { EligibilityExplanation } from './EligibilityExplanation';
import { MapSection } from './MapSection';
import { OfferApplySlot } from './OfferApplySlot';
import { OfferCharacteristics, OfferKeyFacts, type OfferFactsData } from './OfferFacts';
import { OfferGallery } from './OfferGallery';
import { APPLICANT_SEARCH_PATH, isOfferLinkState, SHOWCASE_PATH } from './paths';
import { PhotoGallery } from './PhotoGallery';
import { useOfferTexts } from './useOfferTexts';
import './offers.css';

/** The offer page's data in the shape the shared facts components read. */
export function factsOfDetail(offer: OfferDetail): OfferFactsData {
  return {
    ...offer,
    postcode: offer.commune.postcode,
    communeName: offer.commune.name,
    landlordName: offer.landlordName,
  };
}

/** "Retour aux résultats": the search the reader came from, else their search page. */
function useResultsPath(): string {
  const location = useLocation();
  const { user } = useSession();
  const state: unknown = location.state;
  if (isOfferLinkState(state)) return state.results;
  return user?.role === 'applicant' ? APPLICANT_SEARCH_PATH : SHOWCASE_PATH;
}

function OfferProblem({ error, resultsPath }: { error: unknown; resultsPath: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (hasErrorCode(error, 'auth.required')) {
    return (
      <>
        <PageTitle title={t('offers.offer.loginTitle')} />
        <Alert tone="info">
          <p>{t('offers.offer.loginText')}</p>
        </Alert>
        <div className="actions">
          <ButtonLink to={loginPathReturningTo(`${location.pathname}${location.search}`)}>
            {t('offers.offer.login')}
          </ButtonLink>
          <ButtonLink to="/inscription" variant="secondary">
            {t('offers.offer.signUp')}
          </ButtonLink>
        </div>
      </>
    );
  }
  const notFound = hasErrorCode(error, 'resource.not_found', 'validation.failed');
  return (
    <>
      <PageTitle
        title={notFound ? t('offers.offer.notFoundTitle') : t('offers.offer.errorTitle')}
      />
      <Alert tone={notFound ? 'info' : 'error'} isLive={!notFound}>
        <p>{notFound ? t('offers.offer.notFound') : describeError(error, t)}</p>
      </Alert>
      <p>
        <Link to={resultsPath}>{t('offers.offer.back')}</Link>
      </p>
    </>
  );
}

/**
 * The offer page ("fiche détaillée"): deadline, availability, rent and charges, surface,
 * typology, characteristics, energy classes, description, photos, a small map, the counts of
 * candidacies and eligible applicants, for an applicant the verdict rule by rule, similar offers.
 */
export function OfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const resultsPath = useResultsPath();
  const texts = useOfferTexts();
  const page = useQuery({ queryKey: ['offers', 'page', id], queryFn: () => fetchOfferPage(id) });
  const offer = page.data?.offer;
  const points = useMemo(
    () => (offer ? [{ ...texts.mapPoint(offer), href: undefined }] : []),
    [offer, texts],
  );

  if (page.isPending) return <LoadingStatus />;
  if (page.isError || !offer) return <OfferProblem error={page.error} resultsPath={resultsPath} />;
  const { similar, eligibility } = page.data;
  const facts = factsOfDetail(offer);
  const title = t('offers.offer.title', { title: texts.title(offer), place: texts.place(offer) });

  return (
    <article className="offer-page">
      <p className="offer-page__back">
        <Link to={resultsPath}>{t('offers.offer.back')}</Link>
      </p>
      <PageTitle title={title} />
      {offer.status === 'closed' && (
        <Alert tone="info" title={t('offers.offer.closedTitle')}>
          <p>{t('offers.offer.closed')}</p>
        </Alert>
      )}
      <OfferKeyFacts offer={facts} />
      <section className="offer-page__counts" aria-labelledby="offer-counts">
        <h2 id="offer-counts" className="visually-hidden">
          {t('offers.offer.countsTitle')}
        </h2>
        <p>{t('offers.offer.candidacies', { count: offer.candidacyCount })}</p>
        <p>{t('offers.offer.eligibleApplicants', { count: offer.eligibleApplicants })}</p>
      </section>
      <EligibilityExplanation eligibility={eligibility} />
      <OfferApplySlot offer={offer} eligibility={eligibility} />

      <div className="offer-page__columns">
        <section aria-labelledby="offer-photos" className="section">
          <h2 id="offer-photos">{t('offers.photos.title')}</h2>
          <PhotoGallery photos={offer.photos} subject={title} />
        </section>
        <section aria-labelledby="offer-description" className="section">
          <h2 id="offer-description">{t('offers.offer.description')}</h2>
          {offer.description.trim() === '' ? (
            <p className="muted">{t('offers.offer.noDescription')}</p>
          ) : (
            offer.description.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index} className="offer-page__description">
                {paragraph}
              </p>
            ))
          )}
        </section>
      </div>

      <section aria-labelledby="offer-characteristics" className="section">
        <h2 id="offer-characteristics">{t('offers.offer.characteristics')}</h2>
        <OfferCharacteristics offer={facts} />
      </section>

      <section aria-labelledby="offer-map" className="section">
        <h2 id="offer-map">{t('offers.offer.mapTitle')}</h2>
        <p>{t('offers.offer.placeText', { place: texts.place(offer) })}</p>
        <MapSection points={points} label={t('offers.offer.mapLabel', { title })} isSingle />
      </section>

      {similar.length > 0 && (
        <section aria-labelledby="offer-similar" className="section">
          <h2 id="offer-similar">{t('offers.offer.similar')}</h2>
          <OfferGallery offers={similar} results={resultsPath} />
        </section>
      )}

      <FraudWarning />
    </article>
  );
}
