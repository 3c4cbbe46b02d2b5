import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferCard } from '../../api/offers-types';
import { Table, type TableColumn } from '../../ui';
import { offerPath, type OfferLinkState } from './paths';
import { useOfferFormat } from './useOfferFormat';
import { useOfferTexts } from './useOfferTexts';

/** Props of the list view. */
export interface OfferTableProps {
  offers: readonly OfferCard[];
  caption: string;
  results?: string;
}

/** The list view: one row per offer, readable without the map. */
export function OfferTable({ offers, caption, results }: OfferTableProps) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const texts = useOfferTexts();
  const state: OfferLinkState | undefined = results ? { results } : undefined;
  const hasDistance = offers.some((offer) => offer.distanceM !== null);
  const columns: TableColumn<OfferCard>[] = [
    {
      key: 'offer',
      header: t('offers.list.offer'),
      isRowHeader: true,
      render: (offer) => (
        <>
          <Link to={offerPath(offer.id)} state={state}>
            {texts.title(offer)}
          </Link>
          {offer.pmrAdapted && <span className="table__detail">{t('offers.labels.pmr')}</span>}
        </>
      ),
    },
    { key: 'rent', header: t('offers.list.rent'), render: (o) => format.cents(o.totalCents) },
    { key: 'size', header: t('offers.list.size'), render: (o) => texts.size(o) },
    { key: 'place', header: t('offers.list.place'), render: (o) => texts.place(o) },
    ...(hasDistance
      ? [
          {
            key: 'distance',
            header: t('offers.list.distance'),
            render: (o: OfferCard) => (o.distanceM === null ? '—' : format.distance(o.distanceM)),
          },
        ]
      : []),
    {
      key: 'deadline',
      header: t('offers.list.deadline'),
      render: (o) => (
        <time dateTime={o.applicationDeadline}>{format.day(o.applicationDeadline)}</time>
      ),
    },
    {
      key: 'available',
      header: t('offers.list.available'),
      render: (o) => <time dateTime={o.availableOn}>{format.day(o.availableOn)}</time>,
    },
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={offers}
      rowKey={(offer) => offer.id}
      emptyText={t('offers.list.empty')}
    />
  );
}
