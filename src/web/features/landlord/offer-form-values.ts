// The landlord's offer form as typed (strings) and as the API takes it (numbers, cents, nulls).
// Pure functions, unit-tested.
import {
  ENERGY_CLASSES,
  FINANCINGS,
  HEATING_TYPES,
  isOneOf,
  OFFER_KINDS,
  TYPOLOGIES,
  type LandlordOffer,
  type OfferInput,
} from '../../api/offers-types';

/** What the form holds, as typed. */
export interface OfferFormValues {
  reference: string;
  street: string;
  postcode: string;
  communeInsee: string;
  latitude: string;
  longitude: string;
  typology: string;
  kind: string;
  surfaceM2: string;
  floor: string;
  hasLift: boolean;
  rentCents: string;
  chargesCents: string;
  financing: string;
  pmrAdapted: boolean;
  energyClass: string;
  gesClass: string;
  heating: string;
  description: string;
  availableOn: string;
  applicationDeadline: string;
  showcase: boolean;
}

/** The fields in the order of the form (for the error summary). */
export const OFFER_FORM_FIELDS = [
  'reference',
  'street',
  'communeInsee',
  'postcode',
  'latitude',
  'longitude',
  'typology',
  'kind',
  'surfaceM2',
  'floor',
  'hasLift',
  'pmrAdapted',
  'rentCents',
  'chargesCents',
  'financing',
  'energyClass',
  'gesClass',
  'heating',
  'description',
  'applicationDeadline',
  'availableOn',
  'showcase',
] as const;

/** A field of the form. */
export type OfferFormField = (typeof OFFER_FORM_FIELDS)[number];

/** An empty form. */
export const EMPTY_OFFER_FORM: OfferFormValues = {
  reference: '',
  street: '',
  postcode: '',
  communeInsee: '',
  latitude: '',
  longitude: '',
  typology: '',
  kind: '',
  surfaceM2: '',
  floor: '',
  hasLift: false,
  rentCents: '',
  chargesCents: '',
  financing: '',
  pmrAdapted: false,
  energyClass: '',
  gesClass: '',
  heating: '',
  description: '',
  availableOn: '',
  applicationDeadline: '',
  showcase: false,
};

/** Cents → "520" or "520,50" (French decimal comma). */
export function centsToText(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

function decimalText(value: number): string {
  return String(value).replace('.', ',');
}

/** The form of an existing offer. */
export function valuesOfOffer(offer: LandlordOffer): OfferFormValues {
  const typed = offer.positionSource === 'address';
  return {
    reference: offer.reference,
    street: offer.street,
    postcode: offer.postcode,
    communeInsee: offer.communeInsee,
    latitude: typed ? decimalText(offer.latitude) : '',
    longitude: typed ? decimalText(offer.longitude) : '',
    typology: offer.typology,
    kind: offer.kind,
    surfaceM2: decimalText(offer.surfaceM2),
    floor: offer.floor === null ? '' : String(offer.floor),
    hasLift: offer.hasLift,
    rentCents: centsToText(offer.rentCents),
    chargesCents: centsToText(offer.chargesCents),
    financing: offer.financing,
    pmrAdapted: offer.pmrAdapted,
    energyClass: offer.energyClass,
    gesClass: offer.gesClass,
    heating: offer.heating,
    description: offer.description,
    availableOn: offer.availableOn,
    applicationDeadline: offer.applicationDeadline,
    showcase: offer.showcase,
  };
}

/** Why a field cannot be sent as typed. */
export type FormProblem = 'required' | 'number' | 'integer' | 'money' | 'date' | 'coordinates';

/** A typed decimal ("42,5", "1 200.5"): null when empty, NaN when not a number. */
export function readDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return null;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN;
}

/** Typed euros ("520", "520,50") → cents; null when empty, NaN when not an amount. */
export function readCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (compact === '') return null;
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return Number.NaN;
  const [euros = '0', cents = ''] = compact.split('.');
  return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}

/** The form as the API body, or the problems found before sending it. */
export function toOfferInput(
  values: OfferFormValues,
):
  | { input: OfferInput; problems: null }
  | { input: null; problems: Partial<Record<OfferFormField, FormProblem>> } {
  const problems: Partial<Record<OfferFormField, FormProblem>> = {};
  const required: OfferFormField[] = [
    'reference',
    'street',
    'communeInsee',
    'postcode',
    'typology',
    'kind',
    'surfaceM2',
    'rentCents',
    'chargesCents',
    'financing',
    'energyClass',
    'gesClass',
    'heating',
    'applicationDeadline',
    'availableOn',
  ];
  for (const field of required) {
    const value = values[field];
    if (typeof value === 'string' && value.trim() === '') problems[field] = 'required';
  }
  const surface = readDecimal(values.surfaceM2);
  if (surface !== null && (Number.isNaN(surface) || surface <= 0)) problems.surfaceM2 = 'number';
  const floor = readDecimal(values.floor);
  if (floor !== null && (Number.isNaN(floor) || !Number.isInteger(floor)))
    problems.floor = 'integer';
  const rent = readCents(values.rentCents);
  if (rent !== null && Number.isNaN(rent)) problems.rentCents = 'money';
  const charges = readCents(values.chargesCents);
  if (charges !== null && Number.isNaN(charges)) problems.chargesCents = 'money';
  const latitude = readDecimal(values.latitude);
  const longitude = readDecimal(values.longitude);
  if (latitude !== null && (Number.isNaN(latitude) || Math.abs(latitude) > 90))
    problems.latitude = 'coordinates';
  if (longitude !== null && (Number.isNaN(longitude) || Math.abs(longitude) > 180))
    problems.longitude = 'coordinates';
  if ((latitude === null) !== (longitude === null)) {
    if (latitude === null) problems.latitude ??= 'required';
    else problems.longitude ??= 'required';
  }
  const date = /^\d{4}-\d{2}-\d{2}$/;
  for (const field of ['applicationDeadline', 'availableOn'] as const) {
    if (values[field] !== '' && !date.test(values[field])) problems[field] = 'date';
  }
  const { typology, kind, financing, energyClass, gesClass, heating } = values;
  if (
    Object.keys(problems).length > 0 ||
    !isOneOf(TYPOLOGIES, typology) ||
    !isOneOf(OFFER_KINDS, kind) ||
    !isOneOf(FINANCINGS, financing) ||
    !isOneOf(ENERGY_CLASSES, energyClass) ||
    !isOneOf(ENERGY_CLASSES, gesClass) ||
    !isOneOf(HEATING_TYPES, heating) ||
    surface === null ||
    rent === null ||
    charges === null
  ) {
    return {
      input: null,
      problems: Object.keys(problems).length > 0 ? problems : { typology: 'required' },
    };
  }
  return {
    input: {
      reference: values.reference.trim(),
      street: values.street.trim(),
      postcode: values.postcode.trim(),
      communeInsee: values.communeInsee,
      latitude,
      longitude,
      typology,
      kind,
      surfaceM2: surface,
      floor,
      hasLift: values.hasLift,
      rentCents: rent,
      chargesCents: charges,
      financing,
      pmrAdapted: values.pmrAdapted,
      energyClass,
      gesClass,
      heating,
      description: values.description.trim(),
      availableOn: values.availableOn,
      applicationDeadline: values.applicationDeadline,
      showcase: values.showcase,
    },
    problems: null,
  };
}
