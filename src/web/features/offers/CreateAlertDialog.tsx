import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createAlert } from '../../api/offers';
import { ALERT_FREQUENCIES, type AlertFrequency, type SearchAlert } from '../../api/offers-types';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, Dialog, ErrorSummary, RadioGroup, TextField } from '../../ui';
import { FilterSummary, useFilterLines } from './FilterSummary';
import { searchToFilters, type OfferSearch } from './search-params';

const FORM_ID = 'create-alert';
const FIELDS = ['name', 'frequency', 'filters'];
const MAX_NAME = 80;

/** Props of the dialog. */
export interface CreateAlertDialogProps {
  isOpen: boolean;
  search: OfferSearch;
  onClose: () => void;
  onCreated: (alert: SearchAlert) => void;
}

/** "Créer une alerte": names the current search and picks how often to be told of new offers. */
export function CreateAlertDialog({ isOpen, search, onClose, onCreated }: CreateAlertDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog isOpen={isOpen} title={t('offers.alerts.create.title')} onClose={onClose}>
      <CreateAlertForm search={search} onCancel={onClose} onCreated={onCreated} />
    </Dialog>
  );
}

function CreateAlertForm({
  search,
  onCancel,
  onCreated,
}: {
  search: OfferSearch;
  onCancel: () => void;
  onCreated: (alert: SearchAlert) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const filters = searchToFilters(search);
  const lines = useFilterLines(filters);
  const suggested = (
    lines.length === 0 ? t('offers.alerts.create.defaultName') : lines.join(' · ')
  ).slice(0, MAX_NAME);
  const [name, setName] = useState<string | null>(null);
  const [frequency, setFrequency] = useState<AlertFrequency>('immediate');
  const feedback = useFormFeedback(FORM_ID, FIELDS);
  const save = useMutation({
    mutationFn: createAlert,
    onSuccess: async ({ alert }) => {
      await queryClient.invalidateQueries({ queryKey: ['alerts'] });
      onCreated(alert);
    },
    onError: feedback.showApiError,
  });
  const shownName = name ?? suggested;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = shownName.trim();
    if (
      !feedback.checkFields({
        name: trimmed === '' ? t('offers.alerts.create.nameRequired') : undefined,
      })
    )
      return;
    save.mutate({ name: trimmed, filters, frequency });
  }

  return (
    <form id={FORM_ID} noValidate onSubmit={handleSubmit}>
      <ErrorSummary feedback={feedback.feedback} />
      <p>{t('offers.alerts.create.intro')}</p>
      <h3 className="dialog__subtitle">{t('offers.alerts.create.criteria')}</h3>
      <FilterSummary filters={filters} />
      <TextField
        id={feedback.fieldId('name')}
        name="name"
        label={t('offers.alerts.create.name')}
        hint={t('offers.alerts.create.nameHint')}
        isRequired
        maxLength={MAX_NAME}
        value={shownName}
        error={feedback.fieldErrors['name']}
        onChange={(event) => setName(event.target.value)}
      />
      <RadioGroup
        id={feedback.fieldId('frequency')}
        name="frequency"
        legend={t('offers.alerts.frequency.legend')}
        options={ALERT_FREQUENCIES.map((value) => ({
          value,
          label: t(`offers.alerts.frequency.${value}`),
          hint: t(`offers.alerts.frequency.${value}Hint`),
        }))}
        value={frequency}
        onChange={setFrequency}
        error={feedback.fieldErrors['frequency']}
      />
      <div className="actions">
        <Button type="submit" isBusy={save.isPending}>
          {t('offers.alerts.create.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('offers.common.cancel')}
        </Button>
      </div>
    </form>
  );
}
