import { describe, expect, it } from 'vitest';
import type { LandlordOffer } from '../../api/offers-types';
import {
  centsToText,
  EMPTY_OFFER_FORM,
  readCents,
  readDecimal,
  toOfferInput,
  valuesOfOffer,
  type OfferFormValues,
} from './offer-form-values';

const filled: OfferFormValues = {
  ...EMPTY_OFFER_FORM,
  reference: ' PAR-12 ',
  street: '12 rue de la République',
  postcode: '75012',
  communeInsee: '75112',
  typology: 'T2',
  kind: 'flat',
  surfaceM2: '42,5',
  floor: '0',
  hasLift: true,
  rentCents: '520,5',
  chargesCents: '80',
  financing: 'PLUS',
  energyClass: 'C',
  gesClass: 'D',
  heating: 'collective_gas',
  description: ' Lumineux. ',
  applicationDeadline: '2026-12-15',
  availableOn: '2027-02-01',
  showcase: true,
};

describe('offer form values', () => {
  it('reads amounts and decimals as typed in French', () => {
    expect(readCents('520')).toBe(52_000);
    expect(readCents('1 234,56 €')).toBe(123_456);
    expect(readCents('520,5')).toBe(52_050);
    expect(readCents('')).toBeNull();
    expect(readCents('5,555')).toBeNaN();
    expect(readDecimal('42,5')).toBe(42.5);
    expect(readDecimal('abc')).toBeNaN();
    expect(centsToText(52_050)).toBe('520,50');
    expect(centsToText(52_000)).toBe('520');
  });

  it('turns a filled form into the API body', () => {
    const { input, problems } = toOfferInput(filled);
    expect(problems).toBeNull();
    expect(input).toMatchObject({
      reference: 'PAR-12',
      surfaceM2: 42.5,
      floor: 0,
      rentCents: 52_050,
      chargesCents: 8_000,
      latitude: null,
      longitude: null,
      description: 'Lumineux.',
    });
  });

  it('names every missing or unreadable field', () => {
    expect(toOfferInput(EMPTY_OFFER_FORM).problems).toMatchObject({
      reference: 'required',
      communeInsee: 'required',
      rentCents: 'required',
      availableOn: 'required',
    });
    const bad = toOfferInput({ ...filled, floor: '1,5', rentCents: 'cinq', latitude: '48,8' });
    expect(bad.problems).toEqual({ floor: 'integer', rentCents: 'money', longitude: 'required' });
  });

  it('fills the form of an existing offer, coordinates only when typed', () => {
    const offer = {
      ...toOfferInput(filled).input,
      id: 'x',
      latitude: 48.84,
      longitude: 2.38,
      positionSource: 'commune',
    } as LandlordOffer;
    expect(valuesOfOffer(offer)).toMatchObject({
      surfaceM2: '42,5',
      rentCents: '520,50',
      floor: '0',
      latitude: '',
    });
    expect(valuesOfOffer({ ...offer, positionSource: 'address' }).latitude).toBe('48,84');
  });
});
