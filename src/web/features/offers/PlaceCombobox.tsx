import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDepartments, fetchRegions, searchCommunes } from '../../api/offers';
import type { CommuneHit } from '../../api/offers-types';
import { VisuallyHidden } from '../../ui';
import { FieldError } from '../../ui/FieldError';
import { RequiredMarker } from '../../ui/RequiredMarker';
import { classNames, idList } from '../../ui/classNames';

/** What a place is. */
export type PlaceKind = 'region' | 'department' | 'commune';

/** A region, department or commune picked in the combobox. */
export interface Place {
  kind: PlaceKind;
  code: string;
  name: string;
  /** Postcode of a commune, code of a department; shown after the name. */
  detail: string | null;
  /** Postcodes of a commune (the landlord form checks the address against them). */
  postcodes?: string[];
}

/** Accents and case set aside, to compare what is typed with names. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A commune hit as a place. */
export function communePlace(hit: CommuneHit): Place {
  return {
    kind: 'commune',
    code: hit.inseeCode,
    name: hit.name,
    detail: hit.postcodes[0] ?? hit.departmentCode,
    postcodes: hit.postcodes,
  };
}

/** "Montreuil (93100)". */
export function placeLabel(place: Place): string {
  return place.detail ? `${place.name} (${place.detail})` : place.name;
}

const MIN_CHARS = 2;
const DEBOUNCE_MS = 250;
const MAX_AREAS = 4;

function useDebounced(value: string): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return debounced;
}

function useAreaOptions(text: string, isEnabled: boolean): Place[] {
  const regions = useQuery({
    queryKey: ['territory', 'regions'],
    queryFn: fetchRegions,
    staleTime: Infinity,
    enabled: isEnabled,
  });
  const departments = useQuery({
    queryKey: ['territory', 'departments'],
    queryFn: fetchDepartments,
    staleTime: Infinity,
    enabled: isEnabled,
  });
  const wanted = normalise(text);
  if (!isEnabled || wanted.length < MIN_CHARS) return [];
  const matches = (name: string) => normalise(name).includes(wanted);
  const regionHits: Place[] = (regions.data?.regions ?? [])
    .filter((r) => matches(r.name))
    .slice(0, MAX_AREAS)
    .map((r) => ({ kind: 'region', code: r.code, name: r.name, detail: null }));
  const departmentHits: Place[] = (departments.data?.departments ?? [])
    .filter((d) => matches(d.name) || d.code.toLowerCase() === wanted)
    .slice(0, MAX_AREAS)
    .map((d) => ({ kind: 'department', code: d.code, name: d.name, detail: d.code }));
  return [...regionHits, ...departmentHits];
}

/** Props of the place combobox. */
export interface PlaceComboboxProps {
  id: string;
  label: string;
  hint?: string;
  value: Place | null;
  onChange: (place: Place | null) => void;
  /** Offer regions and departments as well as communes (the showcase). */
  includeAreas?: boolean;
  /** Text shown before anything is picked (e.g. the home page's search). */
  initialText?: string;
  /** Follows what is typed (a text that picks nothing may still be searched). */
  onTextChange?: (text: string) => void;
  error?: string;
  isRequired?: boolean;
}

/**
 * A combobox (WAI-ARIA 1.2, list autocomplete): type two letters of a commune (accents optional),
 * a postcode, or for the showcase a region or department; the suggestions come from the API. Arrow
 * keys move in the list, Enter picks, Escape closes; the number of suggestions is announced.
 */
export function PlaceCombobox({
  id,
  label,
  hint,
  value,
  onChange,
  includeAreas = false,
  initialText = '',
  onTextChange,
  error,
  isRequired = false,
}: PlaceComboboxProps) {
  const { t } = useTranslation();
  const listId = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const [text, setText] = useState(value ? placeLabel(value) : initialText);
  const [shownValue, setShownValue] = useState(value);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(-1);

  // A value set from outside (reset, URL) replaces what was typed.
  if (value !== shownValue) {
    setShownValue(value);
    setText(value ? placeLabel(value) : '');
  }

  const typed = value ? '' : text.trim();
  const query = useDebounced(typed);
  const communes = useQuery({
    queryKey: ['communes', query],
    queryFn: () => searchCommunes(query),
    enabled: query.length >= MIN_CHARS,
    staleTime: 5 * 60_000,
  });
  const areas = useAreaOptions(query, includeAreas);
  const options: Place[] =
    query.length >= MIN_CHARS && query === typed
      ? [...areas, ...(communes.data?.communes ?? []).map(communePlace)]
      : [];
  const isSearching = typed.length >= MIN_CHARS && (query !== typed || communes.isFetching);
  const isListShown = isOpen && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(place: Place) {
    onChange(place);
    setShownValue(place);
    setText(placeLabel(place));
    setIsOpen(false);
    setActive(-1);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) setIsOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter' && isListShown && active >= 0) {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    } else if (event.key === 'Escape' && isOpen) {
      event.preventDefault();
      setIsOpen(false);
      setActive(-1);
    }
  }

  let status = '';
  if (isOpen && typed.length >= MIN_CHARS) {
    if (isSearching && options.length === 0) status = t('offers.place.searching');
    else if (options.length === 0) status = t('offers.place.none');
    else status = t('offers.place.count', { count: options.length });
  }

  return (
    <div className={classNames('field', 'combobox', error && 'field--error')}>
      <label className="field__label" htmlFor={id}>
        {label}
        {isRequired && <RequiredMarker />}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && errorId && <FieldError id={errorId} message={error} />}
      <div className="field__control combobox__control">
        <input
          id={id}
          className="field__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={isListShown}
          aria-controls={listId}
          aria-activedescendant={isListShown && active >= 0 ? optionId(active) : undefined}
          aria-required={isRequired || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={idList(hintId, errorId)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onTextChange?.(event.target.value);
            setIsOpen(true);
            setActive(-1);
            if (value) {
              setShownValue(null);
              onChange(null);
            }
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => setIsOpen(false)}
          onFocus={() => setIsOpen(true)}
        />
        {value && (
          <button
            type="button"
            className="field__toggle"
            onClick={() => {
              onChange(null);
              document.getElementById(id)?.focus();
            }}
          >
            {t('offers.place.clear')}
            <VisuallyHidden>{` ${label}`}</VisuallyHidden>
          </button>
        )}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="combobox__list"
        hidden={!isListShown}
      >
        {isListShown &&
          options.map((option, index) => (
            // Keyboard use goes through the input (aria-activedescendant); the pointer picks here.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={`${option.kind}-${option.code}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={classNames(
                'combobox__option',
                index === active && 'combobox__option--active',
              )}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(option)}
            >
              <span>{placeLabel(option)}</span>
              <span className="combobox__kind">{t(`offers.place.kind.${option.kind}`)}</span>
            </li>
          ))}
      </ul>
      <div className="visually-hidden" role="status">
        {status}
      </div>
    </div>
  );
}
