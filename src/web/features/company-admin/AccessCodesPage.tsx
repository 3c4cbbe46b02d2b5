import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  ACCESS_CODE_STATES,
  listAccessCodes,
  resendAccessCode,
  revokeAccessCode,
  type AccessCode,
  type AccessCodeState,
} from '../../api/codes';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Badge,
  Button,
  Dialog,
  PageTitle,
  SelectField,
  Table,
  TextField,
  type BadgeTone,
  type TableColumn,
} from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { ImportCodesForm } from './ImportCodesForm';
import { IssueCodeForm } from './IssueCodeForm';

const CODES_KEY = ['employer', 'access-codes'] as const;
const STATE_TONE: Record<AccessCodeState, BadgeTone> = {
  active: 'info',
  used: 'success',
  expired: 'warning',
  revoked: 'neutral',
};

type StateFilter = AccessCodeState | 'all';

function isStateFilter(value: string | null): value is StateFilter {
  return value === 'all' || (ACCESS_CODE_STATES as readonly (string | null)[]).includes(value);
}

/** The state of a code in words with a symbol ("Envoyé", "Utilisé", "Expiré", "Révoqué"). */
function CodeStateBadge({ state }: { state: AccessCodeState }) {
  const { t } = useTranslation();
  return <Badge tone={STATE_TONE[state]}>{t(`support.accessCodes.states.${state}`)}</Badge>;
}

/**
 * Employer portal: personal access codes e-mailed to employees not yet registered (one by one or
 * from a CSV list), their state, and resend or revoke.
 */
export function AccessCodesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('etat');
  const state: StateFilter = isStateFilter(stateParam) ? stateParam : 'all';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [notice, setNotice] = useState<string | null>(null);
  const [toRevoke, setToRevoke] = useState<AccessCode | null>(null);
  const codes = useQuery({
    queryKey: [...CODES_KEY, state, q],
    queryFn: () =>
      listAccessCodes({ state: state === 'all' ? undefined : state, q: q || undefined }),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: CODES_KEY });
  const resend = useMutation({
    mutationFn: (code: AccessCode) => resendAccessCode(code.id, 'fr'),
    onSuccess: (result) => {
      setNotice(t('support.accessCodes.resent', { email: result.accessCode.email }));
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (code: AccessCode) => revokeAccessCode(code.id),
    onSuccess: (result) => {
      setToRevoke(null);
      setNotice(t('support.accessCodes.revoked', { email: result.accessCode.email }));
      refresh();
    },
  });
  const closeDialog = useCallback(() => setToRevoke(null), []);

  function updateParams(next: { state?: StateFilter; q?: string }) {
    const query = new URLSearchParams();
    const nextState = next.state ?? state;
    const nextQ = next.q ?? q;
    if (nextState !== 'all') query.set('etat', nextState);
    if (nextQ) query.set('q', nextQ);
    setParams(query, { replace: true });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParams({ q: search.trim() });
  }

  const columns: TableColumn<AccessCode>[] = [
    {
      key: 'name',
      header: t('support.accessCodes.columns.name'),
      isRowHeader: true,
      render: (code) => (
        <>
          {`${code.firstName} ${code.lastName}`}
          <span className="table__detail wrap-anywhere">{code.email}</span>
        </>
      ),
    },
    {
      key: 'hint',
      header: t('support.accessCodes.columns.code'),
      render: (code) => (
        <span className="code-value nowrap">
          {t('support.accessCodes.hint', { hint: code.codeHint })}
        </span>
      ),
    },
    {
      key: 'state',
      header: t('support.accessCodes.columns.state'),
      render: (code) => <CodeStateBadge state={code.state} />,
    },
    {
      key: 'sent',
      header: t('support.accessCodes.columns.sent'),
      render: (code) => (
        <>
          <time dateTime={code.lastSentAt}>{format.dateTime(code.lastSentAt)}</time>
          <span className="table__detail">
            {t('support.accessCodes.sentCount', { count: code.sentCount })}
          </span>
        </>
      ),
    },
    {
      key: 'expires',
      header: t('support.accessCodes.columns.expires'),
      render: (code) =>
        code.usedAt ? (
          t('support.accessCodes.usedOn', { date: format.dateTime(code.usedAt) })
        ) : code.revokedAt ? (
          t('support.accessCodes.revokedOn', { date: format.dateTime(code.revokedAt) })
        ) : (
          <time dateTime={code.expiresAt}>{format.day(code.expiresAt)}</time>
        ),
    },
    {
      key: 'actions',
      header: t('support.accessCodes.columns.actions'),
      render: (code) =>
        code.state === 'active' || code.state === 'expired' ? (
          <div className="actions">
            <Button
              variant="secondary"
              isBusy={resend.isPending && resend.variables.id === code.id}
              onClick={() => {
                setNotice(null);
                resend.mutate(code);
              }}
            >
              {t('support.accessCodes.resend', { name: `${code.firstName} ${code.lastName}` })}
            </Button>
            {code.state === 'active' && (
              <Button variant="tertiary" onClick={() => setToRevoke(code)}>
                {t('support.accessCodes.revoke', { name: `${code.firstName} ${code.lastName}` })}
              </Button>
            )}
          </div>
        ) : (
          '—'
        ),
    },
  ];

  const rows = codes.data?.accessCodes ?? [];
  return (
    <>
      <PageTitle title={t('support.accessCodes.title')} />
      <p className="lead">{t('support.accessCodes.intro')}</p>
      <p>{t('support.accessCodes.rules')}</p>

      <section className="section" aria-labelledby="issue-code-title">
        <h2 id="issue-code-title">{t('support.accessCodes.issueTitle')}</h2>
        <IssueCodeForm
          onIssued={(code) => {
            setNotice(t('support.accessCodes.issued', { email: code.email }));
            refresh();
          }}
        />
      </section>

      <section className="section" aria-labelledby="import-codes-title">
        <h2 id="import-codes-title">{t('support.accessCodes.importTitle')}</h2>
        <p>{t('support.accessCodes.importIntro')}</p>
        <ImportCodesForm onImported={refresh} />
      </section>

      <section className="section" aria-labelledby="codes-list-title">
        <h2 id="codes-list-title">{t('support.accessCodes.listTitle')}</h2>
        {notice && (
          <Alert tone="success" isLive>
            <p>{notice}</p>
          </Alert>
        )}
        {(resend.isError || revoke.isError) && (
          <Alert tone="error" isLive>
            <p>{describeError(resend.error ?? revoke.error, t)}</p>
          </Alert>
        )}
        <form
          role="search"
          className="search-form"
          aria-label={t('support.accessCodes.searchLabel')}
          onSubmit={handleSearch}
        >
          <SelectField
            id="access-codes-state"
            name="etat"
            label={t('support.accessCodes.stateFilter')}
            options={(['all', ...ACCESS_CODE_STATES] as const).map((value) => ({
              value,
              label: t(`support.accessCodes.stateOptions.${value}`),
            }))}
            value={state}
            onChange={(event) =>
              updateParams({
                state: isStateFilter(event.target.value) ? event.target.value : 'all',
              })
            }
          />
          <TextField
            id="access-codes-search"
            name="q"
            type="search"
            label={t('support.accessCodes.searchLabel')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
          <Button type="submit" variant="secondary">
            {t('support.common.search')}
          </Button>
        </form>
        {codes.isPending && <LoadingStatus />}
        {codes.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(codes.error, t)}</p>
          </Alert>
        )}
        {codes.data && (
          <Table
            caption={t('support.accessCodes.caption', { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(code) => code.id}
            emptyText={t('support.accessCodes.empty')}
          />
        )}
      </section>

      <Dialog
        isOpen={toRevoke !== null}
        title={t('support.accessCodes.revokeTitle')}
        onClose={closeDialog}
      >
        {toRevoke && (
          <>
            <p>
              {t('support.accessCodes.revokeText', {
                name: `${toRevoke.firstName} ${toRevoke.lastName}`,
                email: toRevoke.email,
              })}
            </p>
            <div className="actions">
              <Button isBusy={revoke.isPending} onClick={() => revoke.mutate(toRevoke)}>
                {t('support.accessCodes.revokeConfirm')}
              </Button>
              <Button variant="secondary" onClick={closeDialog}>
                {t('support.common.cancel')}
              </Button>
            </div>
          </>
        )}
      </Dialog>
    </>
  );
}
