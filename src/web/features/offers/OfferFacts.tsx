import { useTranslation } from 'react-i18next';
import type {
  EnergyClass,
  Financing,
  HeatingType,
  OfferKind,
  Typology,
} from '../../api/offers-types';
import { ENERGY_CLASSES } from '../../api/offers-types';
import { SummaryList } from '../../ui';
import { useOfferFormat } from './useOfferFormat';

/** What the offer page and the landlord's preview show of an offer. */
export interface OfferFactsData {
  reference: string;
  typology: Typology;
  kind: OfferKind;
  surfaceM2: number;
  floor: number | null;
  hasLift: boolean;
  pmrAdapted: boolean;
  heating: HeatingType;
  financing: Financing;
  rentCents: number;
  chargesCents: number;
  totalCents: number;
  energyClass: EnergyClass;
  gesClass: EnergyClass;
  street: string;
  postcode: string;
  communeName: string;
  availableOn: string;
  applicationDeadline: string;
  description: string;
  landlordName?: string;
}

/** The two dates and the rent, first on the page (seed: "4 indicateurs"). */
export function OfferKeyFacts({ offer }: { offer: OfferFactsData }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  return (
    <dl className="offer-keyfacts">
      <div>
        <dt>{t('offers.offer.deadline')}</dt>
        <dd>
          <time dateTime={offer.applicationDeadline}>{format.day(offer.applicationDeadline)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('offers.offer.available')}</dt>
        <dd>
          <time dateTime={offer.availableOn}>{format.day(offer.availableOn)}</time>
        </dd>
      </div>
      <div>
        <dt>{t('offers.offer.total')}</dt>
        <dd>
          {format.cents(offer.totalCents)}
          <span className="offer-keyfacts__note">
            {t('offers.offer.rentAndCharges', {
              rent: format.cents(offer.rentCents),
              charges: format.cents(offer.chargesCents),
            })}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('offers.offer.size')}</dt>
        <dd>
          {t('offers.card.size', {
            surface: format.surface(offer.surfaceM2),
            typology: offer.typology,
          })}
        </dd>
      </div>
    </dl>
  );
}

/** An energy or greenhouse-gas class in words, with the A–G scale drawn beside it. */
export function EnergyClassRow({ kind, value }: { kind: 'energy' | 'ges'; value: EnergyClass }) {
  const { t } = useTranslation();
  return (
    <div className="energy-class">
      <p className="energy-class__text">
        {t(`offers.offer.${kind}Class`, { value })}
        <span className="energy-class__scale-note">{t('offers.offer.classScale')}</span>
      </p>
      <ol className={`energy-scale energy-scale--${kind}`} aria-hidden="true">
        {ENERGY_CLASSES.map((letter) => (
          <li
            key={letter}
            className={
              letter === value
                ? `energy-scale__step energy-scale__step--${letter} energy-scale__step--current`
                : `energy-scale__step energy-scale__step--${letter}`
            }
          >
            {letter}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Every characteristic of the home ("Caractéristiques du logement"). */
export function OfferCharacteristics({ offer }: { offer: OfferFactsData }) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const yesNo = (value: boolean) => (value ? t('offers.common.yes') : t('offers.common.no'));
  const floor =
    offer.floor === null
      ? t('offers.offer.floorNone')
      : offer.floor === 0
        ? t('offers.offer.groundFloor')
        : t('offers.offer.floorNumber', { floor: offer.floor });
  const rows = [
    { label: t('offers.offer.typology'), value: offer.typology },
    { label: t('offers.offer.kind'), value: t(`offers.labels.kind.${offer.kind}`) },
    { label: t('offers.offer.surface'), value: format.surface(offer.surfaceM2) },
    { label: t('offers.offer.floor'), value: floor },
    { label: t('offers.offer.lift'), value: yesNo(offer.hasLift) },
    { label: t('offers.labels.pmr'), value: yesNo(offer.pmrAdapted) },
    { label: t('offers.offer.heating'), value: t(`offers.labels.heating.${offer.heating}`) },
    { label: t('offers.offer.rent'), value: format.cents(offer.rentCents) },
    { label: t('offers.offer.charges'), value: format.cents(offer.chargesCents) },
    {
      label: t('offers.offer.financing'),
      value: t('offers.offer.financingValue', {
        code: offer.financing,
        name: t(`offers.labels.financing.${offer.financing}`),
      }),
    },
    {
      label: t('offers.offer.address'),
      value: `${offer.street}, ${offer.postcode} ${offer.communeName}`,
    },
    ...(offer.landlordName
      ? [{ label: t('offers.offer.landlord'), value: offer.landlordName }]
      : []),
    { label: t('offers.offer.reference'), value: offer.reference },
  ];
  return (
    <>
      <SummaryList items={rows} />
      <h3>{t('offers.offer.energyTitle')}</h3>
      <EnergyClassRow kind="energy" value={offer.energyClass} />
      <EnergyClassRow kind="ges" value={offer.gesClass} />
    </>
  );
}
