import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteAlert, listAlerts, updateAlert } from '../../api/offers';
import {
  ALERT_FREQUENCIES,
  isOneOf,
  type AlertPatch,
  type SearchAlert,
} from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Badge, Button, Dialog, PageTitle, Table, type TableColumn } from '../../ui';
import { FilterSummary } from './FilterSummary';
import { APPLICANT_SEARCH_PATH } from './paths';
import { filtersToSearch, searchToParams } from './search-params';
import { useOfferFormat } from './useOfferFormat';
import './offers.css';

const ALERTS_KEY = ['alerts'] as const;

/** "Mes alertes": the saved searches, their frequency, turned on or off, deleted. */
export function AlertsPage() {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const queryClient = useQueryClient();
  const alerts = useQuery({ queryKey: ALERTS_KEY, queryFn: listAlerts });
  const [toDelete, setToDelete] = useState<SearchAlert | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);

  const change = useMutation({
    mutationFn: ({ alert, patch }: { alert: SearchAlert; patch: AlertPatch }) =>
      updateAlert(alert.id, patch),
    onSuccess: async ({ alert }) => {
      setOutcome(
        t(alert.active ? 'offers.alerts.list.saved' : 'offers.alerts.list.paused', {
          name: alert.name,
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
    },
  });
  const remove = useMutation({
    mutationFn: (alert: SearchAlert) => deleteAlert(alert.id),
    onSuccess: async (_nothing, alert) => {
      setToDelete(null);
      setOutcome(t('offers.alerts.list.deleted', { name: alert.name }));
      await queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
    },
  });

  const columns: TableColumn<SearchAlert>[] = [
    { key: 'name', header: t('offers.alerts.list.name'), isRowHeader: true, render: (a) => a.name },
    {
      key: 'criteria',
      header: t('offers.alerts.list.criteria'),
      render: (a) => <FilterSummary filters={a.filters} />,
    },
    {
      key: 'frequency',
      header: t('offers.alerts.list.frequency'),
      render: (a) => (
        <select
          className="field__input field__select alerts-table__select"
          aria-label={t('offers.alerts.list.frequencyOf', { name: a.name })}
          value={a.frequency}
          onChange={(event) => {
            const frequency = event.target.value;
            if (isOneOf(ALERT_FREQUENCIES, frequency))
              change.mutate({ alert: a, patch: { frequency } });
          }}
        >
          {ALERT_FREQUENCIES.map((frequency) => (
            <option key={frequency} value={frequency}>
              {t(`offers.alerts.frequency.short.${frequency}`)}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'state',
      header: t('offers.alerts.list.state'),
      render: (a) =>
        a.active ? (
          <Badge tone="success">{t('offers.alerts.list.active')}</Badge>
        ) : (
          <Badge tone="neutral">{t('offers.alerts.list.inactive')}</Badge>
        ),
    },
    {
      key: 'lastSent',
      header: t('offers.alerts.list.lastSent'),
      render: (a) =>
        a.lastSentAt ? (
          <time dateTime={a.lastSentAt}>{format.dateTime(a.lastSentAt)}</time>
        ) : (
          t('offers.alerts.list.neverSent')
        ),
    },
    {
      key: 'actions',
      header: t('offers.alerts.list.actions'),
      render: (a) => (
        <ul className="row-actions">
          <li>
            <Link
              to={`${APPLICANT_SEARCH_PATH}?${searchToParams(filtersToSearch(a.filters)).toString()}`}
            >
              {t('offers.alerts.list.show')}
              <span className="visually-hidden">{` ${a.name}`}</span>
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => change.mutate({ alert: a, patch: { active: !a.active } })}
            >
              {a.active ? t('offers.alerts.list.pause') : t('offers.alerts.list.resume')}
              <span className="visually-hidden">{` ${a.name}`}</span>
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => setToDelete(a)}>
              {t('offers.alerts.list.delete')}
              <span className="visually-hidden">{` ${a.name}`}</span>
            </button>
          </li>
        </ul>
      ),
    },
  ];

  const error = change.error ?? remove.error;
  return (
    <>
      <PageTitle title={t('offers.alerts.list.title')} />
      <p className="lead">{t('offers.alerts.list.intro')}</p>
      <div role="status">{outcome && <p className="alerts-outcome">{outcome}</p>}</div>
      {error && (
        <Alert tone="error" isLive>
          <p>{describeError(error, t)}</p>
        </Alert>
      )}
      {alerts.isPending && <LoadingStatus />}
      {alerts.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(alerts.error, t)}</p>
        </Alert>
      )}
      {alerts.data && (
        // Cells hold visually hidden text: they must be its containing block (see offers.css).
        <div className="offers-table">
          <Table
            caption={t('offers.alerts.list.caption', { count: alerts.data.alerts.length })}
            columns={columns}
            rows={alerts.data.alerts}
            rowKey={(a) => a.id}
            emptyText={t('offers.alerts.list.empty')}
          />
        </div>
      )}
      <p>
        <Link to={APPLICANT_SEARCH_PATH}>{t('offers.alerts.list.toSearch')}</Link>
      </p>
      <Dialog
        isOpen={toDelete !== null}
        title={t('offers.alerts.delete.title')}
        onClose={() => setToDelete(null)}
      >
        <p>{t('offers.alerts.delete.text', { name: toDelete?.name ?? '' })}</p>
        <div className="actions">
          <Button
            isBusy={remove.isPending}
            onClick={() => {
              if (toDelete) remove.mutate(toDelete);
            }}
          >
            {t('offers.alerts.delete.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setToDelete(null)}>
            {t('offers.common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
