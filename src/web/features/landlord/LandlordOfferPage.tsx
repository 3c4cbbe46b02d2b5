import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isOneOf, type LandlordOffer, type OfferHistoryEntry } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle, SummaryList, Table, type TableColumn } from '../../ui';
import { MapSection } from '../offers/MapSection';
import { OfferCharacteristics, OfferKeyFacts, type OfferFactsData } from '../offers/OfferFacts';
import { PhotoGallery } from '../offers/PhotoGallery';
import { useOfferFormat } from '../offers/useOfferFormat';
import { useOfferTexts } from '../offers/useOfferTexts';
import { OFFER_FORM_FIELDS } from './offer-form-values';
import { OfferActions } from './OfferActions';
import { OfferStatusBadge } from './OfferStatusBadge';
import { LANDLORD_HOME_PATH, offerCandidaciesPath } from './paths';
import { PhotoManager } from './PhotoManager';
import { useLandlordOffer } from './useLandlordOffer';
import '../offers/offers.css';

const NOTICES = ['created', 'saved', 'duplicated'] as const;
const HISTORY_EVENTS = [
  'created',
  'imported',
  'edited',
  'publish',
  'withdraw',
  'close',
  'close_round',
  'republish',
  'duplicated',
] as const;
type Notice = (typeof NOTICES)[number];

function noticeOf(state: unknown): Notice | null {
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  const notice = state.notice;
  return NOTICES.find((n) => n === notice) ?? null;
}

function factsOf(offer: LandlordOffer): OfferFactsData {
  return { ...offer, communeName: offer.commune.name };
}

function History({ history }: { history: readonly OfferHistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const columns: TableColumn<OfferHistoryEntry>[] = [
    {
      key: 'when',
      header: t('offers.landlord.history.when'),
      isRowHeader: true,
      render: (h) => <time dateTime={h.createdAt}>{format.dateTime(h.createdAt)}</time>,
    },
    {
      key: 'event',
      header: t('offers.landlord.history.event'),
      render: (h) => {
        const fields = Array.isArray(h.details['fields']) ? h.details['fields'].map(String) : [];
        return (
          <>
            {isOneOf(HISTORY_EVENTS, h.event)
              ? t(`offers.landlord.history.events.${h.event}`)
              : h.event}
            {fields.length > 0 && (
              <span className="table__detail">
                {fields
                  .map((field) =>
                    isOneOf(OFFER_FORM_FIELDS, field)
                      ? t(`offers.landlord.form.fields.${field}`)
                      : field,
                  )
                  .join(', ')}
              </span>
            )}
          </>
        );
      },
    },
    {
      key: 'status',
      header: t('offers.landlord.history.status'),
      render: (h) => <OfferStatusBadge status={h.toStatus} />,
    },
    {
      key: 'who',
      header: t('offers.landlord.history.who'),
      render: (h) => h.actorName ?? t('offers.landlord.history.system'),
    },
  ];
  return (
    <Table
      caption={t('offers.landlord.history.caption')}
      columns={columns}
      rows={history}
      rowKey={(h) => `${h.createdAt}-${h.event}`}
      emptyText={t('offers.landlord.history.empty')}
    />
  );
}

/** The offer as applicants will see it. */
function OfferPreview({ offer }: { offer: LandlordOffer }) {
  const { t } = useTranslation();
  const texts = useOfferTexts();
  const facts = factsOf(offer);
  const subject = `${texts.title(offer)}, ${offer.commune.name} (${offer.postcode})`;
  const { id, latitude, longitude, street, postcode } = offer;
  const communeName = offer.commune.name;
  const points = useMemo(
    () => [
      {
        id,
        position: { latitude, longitude },
        name: subject,
        details: [`${street}, ${postcode} ${communeName}`],
      },
    ],
    [id, latitude, longitude, subject, street, postcode, communeName],
  );
  return (
    <section className="section" aria-labelledby="landlord-preview">
      <h2 id="landlord-preview">{t('offers.landlord.offer.preview')}</h2>
      <p className="field__hint">{t('offers.landlord.offer.previewHint')}</p>
      <div className="offer-preview">
        <p className="offer-preview__title">{subject}</p>
        <OfferKeyFacts offer={facts} />
        <PhotoGallery photos={offer.photos} subject={subject} />
        <h3>{t('offers.offer.description')}</h3>
        <p className="offer-page__description">
          {offer.description.trim() === '' ? t('offers.offer.noDescription') : offer.description}
        </p>
        <h3>{t('offers.offer.characteristics')}</h3>
        <OfferCharacteristics offer={facts} />
        <h3>{t('offers.offer.mapTitle')}</h3>
        <p>
          {offer.positionSource === 'address'
            ? t('offers.landlord.offer.positionAddress')
            : t('offers.landlord.offer.positionCommune')}
        </p>
        <MapSection
          points={points}
          label={t('offers.offer.mapLabel', { title: subject })}
          isSingle
        />
      </div>
    </section>
  );
}

/** An offer for its landlord: state and actions, the preview as applicants see it, photos, history. */
export function LandlordOfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const format = useOfferFormat();
  const query = useLandlordOffer(id);
  const notice = noticeOf(location.state);

  if (query.isPending) return <LoadingStatus />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('offers.landlord.offer.errorTitle')} />
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
        <p>
          <Link to={LANDLORD_HOME_PATH}>{t('offers.landlord.offer.backToList')}</Link>
        </p>
      </>
    );
  }
  const { offer, history } = query.data;
  const isEditable = offer.status !== 'closed';

  return (
    <>
      <p>
        <Link to={LANDLORD_HOME_PATH}>{t('offers.landlord.offer.backToList')}</Link>
      </p>
      <PageTitle title={t('offers.landlord.offer.title', { reference: offer.reference })} />
      {notice && (
        <Alert tone="success">
          <p>{t(`offers.landlord.offer.notice.${notice}`)}</p>
        </Alert>
      )}
      <SummaryList
        items={[
          {
            label: t('offers.landlord.offer.status'),
            value: <OfferStatusBadge status={offer.status} />,
          },
          {
            label: t('offers.landlord.offer.publishedAt'),
            value: offer.publishedAt
              ? format.dateTime(offer.publishedAt)
              : t('offers.landlord.offer.never'),
          },
          {
            label: t('offers.landlord.offer.showcase'),
            value: offer.showcase ? t('offers.common.yes') : t('offers.common.no'),
          },
          {
            label: t('offers.landlord.offer.candidacies'),
            value: format.number(offer.candidacyCount),
          },
          {
            label: t('offers.landlord.offer.eligible'),
            value: format.number(offer.eligibleApplicants),
          },
          {
            label: t('offers.landlord.offer.zone'),
            value: t('offers.landlord.offer.zoneValue', { zone: offer.ceilingZone }),
          },
        ]}
      />
      {offer.candidacyCount > 0 && (
        <p>
          <Link to={offerCandidaciesPath(offer.id)}>
            {t('offers.landlord.offer.candidaciesLink', { count: offer.candidacyCount })}
          </Link>
        </p>
      )}
      <OfferActions offer={offer} />

      <OfferPreview offer={offer} />

      <section className="section" aria-labelledby="landlord-photos">
        <h2 id="landlord-photos">{t('offers.landlord.photos.title')}</h2>
        <PhotoManager offer={offer} isEditable={isEditable} />
      </section>

      <section className="section" aria-labelledby="landlord-history">
        <h2 id="landlord-history">{t('offers.landlord.history.title')}</h2>
        <History history={history} />
      </section>
    </>
  );
}
