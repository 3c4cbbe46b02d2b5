import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TYPOLOGIES, type OfferKind, type Typology } from '../../api/offers-types';
import { useFormFeedback, type FieldErrors } from '../../forms/useFormFeedback';
import { Button, Checkbox, ErrorSummary, TextField } from '../../ui';
import { PlaceCombobox, type Place } from './PlaceCombobox';
import { EMPTY_SEARCH, MAX_DISTANCE_M, type OfferSearch } from './search-params';
import { useOfferFormat } from './useOfferFormat';

const FORM_ID = 'offer-filters';
const FIELDS = ['typologies', 'kind', 'commune', 'distance', 'minSurface', 'minRent', 'maxRent'];
const KINDS: readonly OfferKind[] = ['house', 'flat'];
const DISTANCE_STEP = 250;

/** Props of the filters. */
export interface SearchFiltersFormProps {
  search: OfferSearch;
  /** The commune of `search`, with its name. */
  place: Place | null;
  onApply: (search: OfferSearch) => void;
  onReset: () => void;
}

function toggle<T>(list: readonly T[], value: T, isOn: boolean): T[] {
  return isOn ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

/** A typed amount: null when empty, NaN when it is not a number. */
function readNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The seed's filters: rooms, house or flat, a commune and PROX (0–5000 m around it), PMR,
 * available now, minimum surface, and a rent range. "Afficher" applies them (they go into the
 * address), "Réinitialiser tous les critères" clears them.
 */
export function SearchFiltersForm({ search, place, onApply, onReset }: SearchFiltersFormProps) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const feedback = useFormFeedback(FORM_ID, FIELDS);
  const [typologies, setTypologies] = useState<Typology[]>(search.typologies);
  const [kinds, setKinds] = useState<OfferKind[]>(search.kind ? [search.kind] : []);
  const [commune, setCommune] = useState<Place | null>(place);
  const [distance, setDistance] = useState(search.distance ?? 0);
  const [pmr, setPmr] = useState(search.pmr);
  const [availableNow, setAvailableNow] = useState(search.availableNow);
  const [minSurface, setMinSurface] = useState(numberText(search.minSurface));
  const [minRent, setMinRent] = useState(numberText(search.minRent));
  const [maxRent, setMaxRent] = useState(numberText(search.maxRent));
  const id = feedback.fieldId;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const surface = readNumber(minSurface);
    const low = readNumber(minRent);
    const high = readNumber(maxRent);
    const errors: FieldErrors = {};
    if (Number.isNaN(surface) || (surface !== null && surface > 1_000))
      errors['minSurface'] = t('offers.filters.errors.surface');
    if (Number.isNaN(low) || (low !== null && (!Number.isInteger(low) || low > 10_000)))
      errors['minRent'] = t('offers.filters.errors.rent');
    if (Number.isNaN(high) || (high !== null && (!Number.isInteger(high) || high > 10_000)))
      errors['maxRent'] = t('offers.filters.errors.rent');
    if (low !== null && high !== null && !errors['minRent'] && !errors['maxRent'] && low > high)
      errors['maxRent'] = t('offers.filters.errors.rentRange');
    if (!feedback.checkFields(errors)) return;
    feedback.clear();
    onApply({
      ...search,
      typologies: TYPOLOGIES.filter((typology) => typologies.includes(typology)),
      kind: kinds.length === 1 ? (kinds[0] ?? null) : null,
      commune: commune?.code ?? null,
      distance: commune && distance > 0 ? distance : null,
      pmr,
      availableNow,
      minSurface: surface,
      minRent: low,
      maxRent: high,
      page: 1,
    });
  }

  return (
    <form
      id={FORM_ID}
      className="offer-filters card"
      aria-label={t('offers.filters.label')}
      noValidate
      onSubmit={handleSubmit}
    >
      <ErrorSummary feedback={feedback.feedback} />
      <h2 className="offer-filters__title">{t('offers.filters.title')}</h2>
      <div className="offer-filters__grid">
        <fieldset className="field fieldset" id={id('typologies')}>
          <legend className="field__label">{t('offers.filters.rooms')}</legend>
          <div className="choices choices--inline">
            {TYPOLOGIES.map((typology) => (
              <Checkbox
                key={typology}
                id={`${id('typologies')}-${typology}`}
                label={typology}
                checked={typologies.includes(typology)}
                onChange={(event) =>
                  setTypologies((list) => toggle(list, typology, event.target.checked))
                }
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="field fieldset" id={id('kind')}>
          <legend className="field__label">{t('offers.filters.kind')}</legend>
          <div className="choices choices--inline">
            {KINDS.map((kind) => (
              <Checkbox
                key={kind}
                id={`${id('kind')}-${kind}`}
                label={t(`offers.labels.kind.${kind}`)}
                checked={kinds.includes(kind)}
                onChange={(event) => setKinds((list) => toggle(list, kind, event.target.checked))}
              />
            ))}
          </div>
        </fieldset>
        <PlaceCombobox
          id={id('commune')}
          label={t('offers.filters.commune')}
          hint={t('offers.filters.communeHint')}
          value={commune}
          onChange={setCommune}
        />
        <div className="field">
          <label className="field__label" htmlFor={id('distance')}>
            {t('offers.filters.distance')}
          </label>
          <div id={`${id('distance')}-hint`} className="field__hint">
            {t('offers.filters.distanceHint')}
          </div>
          <div className="range-field">
            <input
              id={id('distance')}
              className="range-field__input"
              type="range"
              min={0}
              max={MAX_DISTANCE_M}
              step={DISTANCE_STEP}
              value={distance}
              aria-describedby={`${id('distance')}-hint`}
              aria-valuetext={format.distance(distance)}
              onChange={(event) => setDistance(Number(event.target.value))}
            />
            <output htmlFor={id('distance')} className="range-field__value">
              {format.distance(distance)}
            </output>
          </div>
        </div>
        <div className="offer-filters__checks">
          <Checkbox
            id={id('pmr')}
            label={t('offers.filters.pmr')}
            checked={pmr}
            onChange={(event) => setPmr(event.target.checked)}
          />
          <Checkbox
            id={id('availableNow')}
            label={t('offers.filters.availableNow')}
            hint={t('offers.filters.availableNowHint')}
            checked={availableNow}
            onChange={(event) => setAvailableNow(event.target.checked)}
          />
        </div>
        <TextField
          id={id('minSurface')}
          name="minSurface"
          label={t('offers.filters.minSurface')}
          inputMode="decimal"
          className="field--short"
          value={minSurface}
          error={feedback.fieldErrors['minSurface']}
          onChange={(event) => setMinSurface(event.target.value)}
        />
        <fieldset className="field fieldset">
          <legend className="field__label">{t('offers.filters.rent')}</legend>
          <div className="field__hint">{t('offers.filters.rentHint')}</div>
          <div className="offer-filters__pair">
            <TextField
              id={id('minRent')}
              name="minRent"
              label={t('offers.filters.minRent')}
              inputMode="numeric"
              className="field--short"
              value={minRent}
              error={feedback.fieldErrors['minRent']}
              onChange={(event) => setMinRent(event.target.value)}
            />
            <TextField
              id={id('maxRent')}
              name="maxRent"
              label={t('offers.filters.maxRent')}
              inputMode="numeric"
              className="field--short"
              value={maxRent}
              error={feedback.fieldErrors['maxRent']}
              onChange={(event) => setMaxRent(event.target.value)}
            />
          </div>
        </fieldset>
      </div>
      <div className="actions">
        <Button type="submit">{t('offers.filters.apply')}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            feedback.clear();
            onReset();
          }}
        >
          {t('offers.filters.reset')}
        </Button>
      </div>
    </form>
  );
}

/** The empty filters (for "Réinitialiser tous les critères"), keeping the sort. */
export function resetSearch(search: OfferSearch): OfferSearch {
  return { ...EMPTY_SEARCH, sort: search.sort };
}
