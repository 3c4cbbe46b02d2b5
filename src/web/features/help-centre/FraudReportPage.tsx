import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FRAUD_CHANNELS,
  sendFraudReport,
  type FraudChannel,
  type FraudReportRequest,
} from '../../api/help';
import { useFormFeedback } from '../../forms/useFormFeedback';
import {
  Alert,
  Button,
  ErrorSummary,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui';
import { parseAmount } from './amount';
import { HELP_CENTRE_PATH } from './paths';
import './support.css';

const FIELDS = [
  'channel',
  'occurredOn',
  'amountRequestedEuros',
  'description',
  'contactEmail',
  'contactPhone',
] as const;
const MIN_DESCRIPTION = 10;

function isChannel(value: string): value is FraudChannel {
  return (FRAUD_CHANNELS as readonly string[]).includes(value);
}

interface FraudValues {
  channel: FraudChannel | '';
  occurredOn: string;
  amount: string;
  description: string;
  contactEmail: string;
  contactPhone: string;
}

/** "Signaler une fraude": all services are free; a request for money goes to the fraud team. */
export function FraudReportPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<FraudValues>({
    channel: '',
    occurredOn: '',
    amount: '',
    description: '',
    contactEmail: '',
    contactPhone: '',
  });
  const form = useFormFeedback('fraud', FIELDS);
  const mutation = useMutation({
    mutationFn: sendFraudReport,
    onError: (error) => form.showApiError(error),
  });
  const update = <K extends keyof FraudValues>(name: K, value: FraudValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const amount = values.amount.trim() === '' ? null : parseAmount(values.amount);
    const description = values.description.trim();
    const isValid = form.checkFields({
      channel: values.channel === '' ? t('support.fraud.errors.channel') : undefined,
      amountRequestedEuros:
        values.amount.trim() !== '' && amount === null
          ? t('support.fraud.errors.amount')
          : undefined,
      description:
        description === ''
          ? t('support.fraud.errors.description')
          : description.length < MIN_DESCRIPTION
            ? t('support.fraud.errors.descriptionShort', { min: MIN_DESCRIPTION })
            : undefined,
    });
    if (!isValid || values.channel === '') return;
    const body: FraudReportRequest = {
      channel: values.channel,
      description,
      ...(amount !== null ? { amountRequestedEuros: amount } : {}),
      ...(values.occurredOn ? { occurredOn: values.occurredOn } : {}),
      ...(values.contactEmail.trim() ? { contactEmail: values.contactEmail.trim() } : {}),
      ...(values.contactPhone.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
    };
    mutation.mutate(body);
  }

  if (mutation.isSuccess) {
    return (
      <>
        <PageTitle key="sent" title={t('support.fraud.sentTitle')} shouldFocus />
        <Alert
          tone="success"
          title={t('support.fraud.sent', { reference: mutation.data.reference })}
        >
          <p>{t('support.fraud.sentText')}</p>
        </Alert>
        <p>
          <Link to={HELP_CENTRE_PATH}>{t('support.common.helpCentreLink')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('support.fraud.title')} />
      <Alert tone="warning" title={t('support.fraud.warningTitle')}>
        <p>{t('support.fraud.warning')}</p>
        <p>{t('support.fraud.warningMore')}</p>
      </Alert>
      <p className="lead">{t('support.fraud.lead')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        <SelectField
          id={form.fieldId('channel')}
          name="channel"
          label={t('support.fraud.fields.channel')}
          placeholder={t('support.fraud.fields.channelPlaceholder')}
          options={FRAUD_CHANNELS.map((value) => ({
            value,
            label: t(`support.fraud.channels.${value}`),
          }))}
          isRequired
          value={values.channel}
          error={form.fieldErrors.channel}
          onChange={(event) =>
            update('channel', isChannel(event.target.value) ? event.target.value : '')
          }
        />
        <TextField
          id={form.fieldId('occurredOn')}
          name="occurredOn"
          type="date"
          label={t('support.fraud.fields.occurredOn')}
          className="field--medium"
          value={values.occurredOn}
          error={form.fieldErrors.occurredOn}
          onChange={(event) => update('occurredOn', event.target.value)}
        />
        <TextField
          id={form.fieldId('amountRequestedEuros')}
          name="amountRequestedEuros"
          inputMode="decimal"
          label={t('support.fraud.fields.amount')}
          hint={t('support.fraud.fields.amountHint')}
          autoComplete="off"
          className="field--short"
          value={values.amount}
          error={form.fieldErrors.amountRequestedEuros}
          onChange={(event) => update('amount', event.target.value)}
        />
        <TextAreaField
          id={form.fieldId('description')}
          name="description"
          label={t('support.fraud.fields.description')}
          hint={t('support.fraud.fields.descriptionHint')}
          isRequired
          rows={6}
          maxLength={5000}
          value={values.description}
          error={form.fieldErrors.description}
          onChange={(event) => update('description', event.target.value)}
        />
        <fieldset className="group-box">
          <legend>{t('support.fraud.fields.contactLegend')}</legend>
          <p className="field__hint">{t('support.fraud.fields.contactHint')}</p>
          <TextField
            id={form.fieldId('contactEmail')}
            name="contactEmail"
            type="email"
            label={t('support.fraud.fields.contactEmail')}
            autoComplete="email"
            value={values.contactEmail}
            error={form.fieldErrors.contactEmail}
            onChange={(event) => update('contactEmail', event.target.value)}
          />
          <TextField
            id={form.fieldId('contactPhone')}
            name="contactPhone"
            type="tel"
            label={t('support.fraud.fields.contactPhone')}
            autoComplete="tel"
            className="field--medium"
            value={values.contactPhone}
            error={form.fieldErrors.contactPhone}
            onChange={(event) => update('contactPhone', event.target.value)}
          />
        </fieldset>
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.fraud.submit')}
        </Button>
      </form>
    </>
  );
}
