import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listLandlordOffers } from '../../api/offers';
import {
  isOneOf,
  OFFER_STATUSES,
  type LandlordListItem,
  type OfferStatus,
} from '../../api/offers-types';
import type { SessionUser } from '../../api/types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Button,
  ButtonLink,
  PageTitle,
  SelectField,
  Table,
  TextField,
  type TableColumn,
} from '../../ui';
import { Pagination } from '../offers/Pagination';
import { useOfferFormat } from '../offers/useOfferFormat';
import { useOfferTexts } from '../offers/useOfferTexts';
import { OfferStatusBadge } from './OfferStatusBadge';
import { IMPORT_PATH, LANDLORD_HOME_PATH, landlordOfferPath, NEW_OFFER_PATH } from './paths';
import '../offers/offers.css';

const PAGE_SIZE = 25;

/** Landlord portal home: the organisation's offers with their state, to open, create or import. */
export function LandlordHomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const texts = useOfferTexts();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status: OfferStatus | null = isOneOf(OFFER_STATUSES, statusParam) ? statusParam : null;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [search, setSearch] = useState(q);
  const offers = useQuery({
    queryKey: ['landlord', 'offers', status, q, page],
    queryFn: () =>
      listLandlordOffers({
        ...(status ? { status } : {}),
        ...(q ? { q } : {}),
        page,
        pageSize: PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });

  function hrefOf(next: { status?: OfferStatus | null; q?: string; page?: number }): string {
    const query = new URLSearchParams();
    const nextStatus = next.status === undefined ? status : next.status;
    const nextQ = next.q ?? q;
    if (nextStatus) query.set('statut', nextStatus);
    if (nextQ) query.set('q', nextQ);
    if (next.page && next.page > 1) query.set('page', String(next.page));
    const text = query.toString();
    return text ? `${LANDLORD_HOME_PATH}?${text}` : LANDLORD_HOME_PATH;
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.delete('page');
    if (search.trim()) next.set('q', search.trim());
    else next.delete('q');
    setParams(next);
  }

  const columns: TableColumn<LandlordListItem>[] = [
    {
      key: 'reference',
      header: t('offers.landlord.list.reference'),
      isRowHeader: true,
      render: (o) => <Link to={landlordOfferPath(o.id)}>{o.reference}</Link>,
    },
    {
      key: 'home',
      header: t('offers.landlord.list.home'),
      render: (o) => (
        <>
          {texts.title(o)}
          <span className="table__detail">{`${o.communeName} (${o.postcode})`}</span>
        </>
      ),
    },
    {
      key: 'rent',
      header: t('offers.landlord.list.rent'),
      render: (o) => format.cents(o.totalCents),
    },
    {
      key: 'deadline',
      header: t('offers.list.deadline'),
      render: (o) => (
        <time dateTime={o.applicationDeadline}>{format.day(o.applicationDeadline)}</time>
      ),
    },
    {
      key: 'status',
      header: t('offers.landlord.list.status'),
      render: (o) => (
        <>
          <OfferStatusBadge status={o.status} />
          <span className="table__detail">
            {o.showcase
              ? t('offers.landlord.list.inShowcase')
              : t('offers.landlord.list.notInShowcase')}
          </span>
        </>
      ),
    },
    {
      key: 'follow',
      header: t('offers.landlord.list.follow'),
      render: (o) => (
        <>
          {t('offers.landlord.list.candidacyCount', { count: o.candidacyCount })}
          <span className="table__detail">
            {t('offers.landlord.list.eligibleCount', { count: o.eligibleApplicants })}
          </span>
          <span className="table__detail">
            {t('offers.landlord.list.photoCount', { count: o.photoCount })}
          </span>
        </>
      ),
    },
  ];

  const total = offers.data?.total ?? 0;
  const caption = status
    ? t('offers.landlord.list.captionStatus', {
        count: total,
        status: t(`offers.labels.status.${status}`),
      })
    : t('offers.landlord.list.caption', { count: total });
  return (
    <>
      <PageTitle title={t('offers.landlord.home.title')} />
      <p className="lead">{t('portal.welcome', { firstName: user.firstName })}</p>
      <p>
        {t('offers.landlord.home.organisation', {
          name: user.landlordName ?? t('common.notProvided'),
        })}
      </p>
      <div className="actions">
        <ButtonLink to={NEW_OFFER_PATH}>{t('offers.landlord.home.create')}</ButtonLink>
        <ButtonLink to={IMPORT_PATH} variant="secondary">
          {t('offers.landlord.home.import')}
        </ButtonLink>
      </div>

      <section className="section" aria-labelledby="landlord-offers">
        <h2 id="landlord-offers">{t('offers.landlord.home.offersTitle')}</h2>
        <div className="landlord-filters">
          <form
            role="search"
            className="search-form"
            aria-label={t('offers.landlord.list.searchLabel')}
            onSubmit={handleSearch}
          >
            <TextField
              id="landlord-offers-search"
              name="q"
              type="search"
              label={t('offers.landlord.list.searchLabel')}
              hint={t('offers.landlord.list.searchHint')}
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <Button type="submit" variant="secondary">
              {t('offers.landlord.list.searchButton')}
            </Button>
          </form>
          <SelectField
            id="landlord-offers-status"
            name="statut"
            label={t('offers.landlord.list.statusFilter')}
            className="field--medium"
            placeholder={t('offers.landlord.list.allStatuses')}
            options={OFFER_STATUSES.map((value) => ({
              value,
              label: t(`offers.labels.status.${value}`),
            }))}
            value={status ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              const next = new URLSearchParams(params);
              next.delete('page');
              if (isOneOf(OFFER_STATUSES, value)) next.set('statut', value);
              else next.delete('statut');
              setParams(next);
            }}
          />
        </div>
        {offers.isPending && <LoadingStatus />}
        {offers.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(offers.error, t)}</p>
          </Alert>
        )}
        {offers.data && (
          <>
            <p className="visually-hidden" role="status">
              {caption}
            </p>
            <Table
              caption={caption}
              columns={columns}
              rows={offers.data.offers}
              rowKey={(o) => o.id}
              emptyText={t('offers.landlord.list.empty')}
            />
            <Pagination
              page={page}
              pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))}
              hrefOf={(n) => hrefOf({ page: n })}
            />
          </>
        )}
      </section>
    </>
  );
}
