import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ENERGY_CLASSES,
  FINANCINGS,
  HEATING_TYPES,
  OFFER_KINDS,
  TYPOLOGIES,
  type OfferInput,
} from '../../api/offers-types';
import { useFormFeedback, type FieldErrors } from '../../forms/useFormFeedback';
import {
  Button,
  Checkbox,
  ErrorSummary,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { PlaceCombobox, type Place } from '../offers/PlaceCombobox';
import {
  OFFER_FORM_FIELDS,
  toOfferInput,
  type OfferFormField,
  type OfferFormValues,
} from './offer-form-values';

const FORM_ID = 'offer-form';
/** The fields typed as text. */
type TextFieldName =
  | 'reference'
  | 'street'
  | 'postcode'
  | 'latitude'
  | 'longitude'
  | 'surfaceM2'
  | 'floor'
  | 'rentCents'
  | 'chargesCents'
  | 'description'
  | 'availableOn'
  | 'applicationDeadline';

/** Props of the offer form. */
export interface OfferFormProps {
  initialValues: OfferFormValues;
  /** The offer's commune (edit), with its name. */
  initialCommune: Place | null;
  submitLabel: string;
  /** Saves the form; a rejection is shown field by field. */
  onSave: (input: OfferInput) => Promise<unknown>;
  /** Shown above the fields (e.g. the fields locked by candidacies). */
  notice?: ReactNode;
  cancel: ReactNode;
}

/**
 * Every field of an offer, with client checks of what is required or unreadable, then the
 * server's rules (dates, plausible surface and rent, commune and postcode, reference, locked
 * fields) shown under their fields with the summary focused.
 */
export function OfferForm({
  initialValues,
  initialCommune,
  submitLabel,
  onSave,
  notice,
  cancel,
}: OfferFormProps) {
  const { t } = useTranslation();
  const feedback = useFormFeedback(FORM_ID, OFFER_FORM_FIELDS);
  const [values, setValues] = useState(initialValues);
  const [commune, setCommune] = useState<Place | null>(initialCommune);
  const save = useMutation({ mutationFn: onSave, onError: feedback.showApiError });
  const id = feedback.fieldId;
  const errorOf = (field: OfferFormField) => feedback.fieldErrors[field];
  const set = <K extends keyof OfferFormValues>(field: K, value: OfferFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const label = (field: OfferFormField) => t(`offers.landlord.form.fields.${field}`);

  const textProps = (field: TextFieldName) => ({
    id: id(field),
    name: field,
    label: label(field),
    value: values[field],
    error: errorOf(field),
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
  });

  function handleCommune(place: Place | null) {
    setCommune(place);
    set('communeInsee', place?.code ?? '');
    const only = place?.postcodes?.length === 1 ? place.postcodes[0] : undefined;
    if (only && values.postcode.trim() === '') set('postcode', only);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, problems } = toOfferInput(values);
    if (!input) {
      const errors: FieldErrors = {};
      for (const [field, problem] of Object.entries(problems)) {
        errors[field] = t(`offers.landlord.form.problems.${problem}`, {
          field: label(field as OfferFormField),
        });
      }
      feedback.checkFields(errors);
      return;
    }
    feedback.clear();
    save.mutate(input);
  }

  const postcodes = commune?.postcodes ?? [];
  return (
    <form id={FORM_ID} className="form offer-form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary feedback={feedback.feedback} />
      <p>{t('form.requiredNotice')}</p>
      {notice}

      <fieldset className="offer-form__group">
        <legend>{t('offers.landlord.form.groups.identity')}</legend>
        <TextField
          {...textProps('reference')}
          isRequired
          className="field--medium"
          hint={t('offers.landlord.form.hints.reference')}
        />
      </fieldset>

      <fieldset className="offer-form__group">
        <legend>{t('offers.landlord.form.groups.address')}</legend>
        <TextField {...textProps('street')} isRequired autoComplete="street-address" />
        <PlaceCombobox
          id={id('communeInsee')}
          label={label('communeInsee')}
          hint={t('offers.landlord.form.hints.commune')}
          value={commune}
          onChange={handleCommune}
          error={errorOf('communeInsee')}
          isRequired
        />
        <TextField
          {...textProps('postcode')}
          isRequired
          inputMode="numeric"
          autoComplete="postal-code"
          className="field--short"
          hint={
            postcodes.length > 0
              ? t('offers.landlord.form.hints.postcodes', { list: postcodes.join(', ') })
              : undefined
          }
        />
        <p className="field__hint">{t('offers.landlord.form.hints.position')}</p>
        <div className="offer-form__pair">
          <TextField {...textProps('latitude')} inputMode="decimal" className="field--short" />
          <TextField {...textProps('longitude')} inputMode="decimal" className="field--short" />
        </div>
      </fieldset>

      <fieldset className="offer-form__group">
        <legend>{t('offers.landlord.form.groups.home')}</legend>
        <SelectField
          id={id('typology')}
          name="typology"
          label={label('typology')}
          isRequired
          className="field--short"
          placeholder={t('offers.landlord.form.choose')}
          options={TYPOLOGIES.map((value) => ({ value, label: value }))}
          value={values.typology}
          error={errorOf('typology')}
          onChange={(event) => set('typology', event.target.value)}
        />
        <RadioGroup
          id={id('kind')}
          name="kind"
          legend={label('kind')}
          isRequired
          isInline
          options={OFFER_KINDS.map((value) => ({ value, label: t(`offers.labels.kind.${value}`) }))}
          value={values.kind === '' ? null : values.kind}
          error={errorOf('kind')}
          onChange={(value) => set('kind', value)}
        />
        <TextField
          {...textProps('surfaceM2')}
          isRequired
          inputMode="decimal"
          className="field--short"
          hint={t('offers.landlord.form.hints.surface')}
        />
        <TextField
          {...textProps('floor')}
          inputMode="numeric"
          className="field--short"
          hint={t('offers.landlord.form.hints.floor')}
        />
        <Checkbox
          id={id('hasLift')}
          label={label('hasLift')}
          checked={values.hasLift}
          error={errorOf('hasLift')}
          onChange={(event) => set('hasLift', event.target.checked)}
        />
        <Checkbox
          id={id('pmrAdapted')}
          label={label('pmrAdapted')}
          checked={values.pmrAdapted}
          error={errorOf('pmrAdapted')}
          onChange={(event) => set('pmrAdapted', event.target.checked)}
        />
        <SelectField
          id={id('heating')}
          name="heating"
          label={label('heating')}
          isRequired
          className="field--medium"
          placeholder={t('offers.landlord.form.choose')}
          options={HEATING_TYPES.map((value) => ({
            value,
            label: t(`offers.labels.heating.${value}`),
          }))}
          value={values.heating}
          error={errorOf('heating')}
          onChange={(event) => set('heating', event.target.value)}
        />
        <div className="offer-form__pair">
          {(['energyClass', 'gesClass'] as const).map((field) => (
            <SelectField
              key={field}
              id={id(field)}
              name={field}
              label={label(field)}
              isRequired
              className="field--short"
              placeholder={t('offers.landlord.form.choose')}
              options={ENERGY_CLASSES.map((value) => ({ value, label: value }))}
              value={values[field]}
              error={errorOf(field)}
              onChange={(event) => set(field, event.target.value)}
            />
          ))}
        </div>
        <TextAreaField
          {...textProps('description')}
          rows={6}
          maxLength={5_000}
          hint={t('offers.landlord.form.hints.description')}
        />
      </fieldset>

      <fieldset className="offer-form__group">
        <legend>{t('offers.landlord.form.groups.money')}</legend>
        <div className="offer-form__pair">
          <TextField
            {...textProps('rentCents')}
            isRequired
            inputMode="decimal"
            className="field--short"
            hint={t('offers.landlord.form.hints.rent')}
          />
          <TextField
            {...textProps('chargesCents')}
            isRequired
            inputMode="decimal"
            className="field--short"
            hint={t('offers.landlord.form.hints.charges')}
          />
        </div>
        <SelectField
          id={id('financing')}
          name="financing"
          label={label('financing')}
          isRequired
          className="field--medium"
          placeholder={t('offers.landlord.form.choose')}
          options={FINANCINGS.map((value) => ({
            value,
            label: t('offers.offer.financingValue', {
              code: value,
              name: t(`offers.labels.financing.${value}`),
            }),
          }))}
          value={values.financing}
          error={errorOf('financing')}
          onChange={(event) => set('financing', event.target.value)}
        />
      </fieldset>

      <fieldset className="offer-form__group">
        <legend>{t('offers.landlord.form.groups.dates')}</legend>
        <div className="offer-form__pair">
          <TextField
            {...textProps('applicationDeadline')}
            type="date"
            isRequired
            className="field--medium"
            hint={t('offers.landlord.form.hints.deadline')}
          />
          <TextField
            {...textProps('availableOn')}
            type="date"
            isRequired
            className="field--medium"
            hint={t('offers.landlord.form.hints.available')}
          />
        </div>
        <Checkbox
          id={id('showcase')}
          label={label('showcase')}
          hint={t('offers.landlord.form.hints.showcase')}
          checked={values.showcase}
          error={errorOf('showcase')}
          onChange={(event) => set('showcase', event.target.checked)}
        />
      </fieldset>

      <div className="actions">
        <Button type="submit" isBusy={save.isPending}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
