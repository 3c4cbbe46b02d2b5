import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  answerRecoveryRequest,
  downloadRecoveryProof,
  fetchRecoveryRequest,
  rejectRecoveryRequest,
  type RecoveryDetail,
} from '../../api/codes';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Button,
  ErrorSummary,
  PageTitle,
  SummaryList,
  Table,
  TextAreaField,
  type TableColumn,
} from '../../ui';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { backofficeThreadPath } from '../messages/paths';
import { RECOVERY_QUEUE_PATH } from './paths';
import { RecoveryDueDate, RecoveryStatusBadge } from './RecoveryBadges';

type CompanyRow = RecoveryDetail['companiesWithSiret'][number];

/** The answer a consultant starts from, with the code found for the request. */
function useAnswerTemplate(detail: RecoveryDetail): string {
  const { t } = useTranslation();
  const { request, account } = detail;
  const name = `${request.firstName} ${request.lastName}`;
  if (request.codeKind === 'personal' && account?.file) {
    return t('support.recoveryRequest.template.personal', {
      name,
      code: account.file.personalCode,
    });
  }
  const listed = detail.companiesWithSiret.filter((company) => company.siretListed);
  const company =
    listed.length === 1
      ? listed[0]
      : detail.companiesWithSiret.length === 1
        ? detail.companiesWithSiret[0]
        : undefined;
  if (request.codeKind === 'company' && company) {
    return t('support.recoveryRequest.template.company', {
      name,
      company: company.name,
      code: company.code,
    });
  }
  return t('support.recoveryRequest.template.generic', { name });
}

function AnswerForm({ detail, onDone }: { detail: RecoveryDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const template = useAnswerTemplate(detail);
  const [message, setMessage] = useState('');
  const form = useFormFeedback('recovery-answer', ['message']);
  const mutation = useMutation({
    mutationFn: (text: string) => answerRecoveryRequest(detail.request.id, text),
    onSuccess: onDone,
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      message: message.trim() === '' ? t('support.recoveryRequest.errors.message') : undefined,
    });
    if (isValid) mutation.mutate(message.trim());
  }

  return (
    <section className="section" aria-labelledby="recovery-answer-title">
      <h2 id="recovery-answer-title">{t('support.recoveryRequest.answerTitle')}</h2>
      <p>{t('support.recoveryRequest.answerIntro')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={form.fieldId('message')}
          name="message"
          label={t('support.recoveryRequest.message')}
          hint={t('support.recoveryRequest.messageHint')}
          isRequired
          rows={8}
          maxLength={10_000}
          value={message}
          error={form.fieldErrors.message}
          onChange={(event) => setMessage(event.target.value)}
        />
        <div className="actions">
          <Button variant="secondary" onClick={() => setMessage(template)}>
            {t('support.recoveryRequest.useTemplate')}
          </Button>
          <Button type="submit" isBusy={mutation.isPending}>
            {t('support.recoveryRequest.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function RejectForm({ detail, onDone }: { detail: RecoveryDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormFeedback('recovery-reject', ['note', 'message']);
  const mutation = useMutation({
    mutationFn: (body: { note: string; message?: string }) =>
      rejectRecoveryRequest(detail.request.id, body),
    onSuccess: onDone,
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      note: note.trim() === '' ? t('support.recoveryRequest.errors.note') : undefined,
    });
    if (!isValid) return;
    mutation.mutate({ note: note.trim(), ...(message.trim() ? { message: message.trim() } : {}) });
  }

  return (
    <section className="section" aria-labelledby="recovery-reject-title">
      <h2 id="recovery-reject-title">{t('support.recoveryRequest.rejectTitle')}</h2>
      <p>{t('support.recoveryRequest.rejectIntro')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={form.fieldId('note')}
          name="note"
          label={t('support.recoveryRequest.note')}
          hint={t('support.recoveryRequest.noteHint')}
          isRequired
          maxLength={2000}
          value={note}
          error={form.fieldErrors.note}
          onChange={(event) => setNote(event.target.value)}
        />
        {detail.request.accountMatched && (
          <TextAreaField
            id={form.fieldId('message')}
            name="message"
            label={t('support.recoveryRequest.rejectMessage')}
            hint={t('support.recoveryRequest.rejectMessageHint')}
            maxLength={10_000}
            value={message}
            error={form.fieldErrors.message}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
        <Button type="submit" variant="secondary" isBusy={mutation.isPending}>
          {t('support.recoveryRequest.reject')}
        </Button>
      </form>
    </section>
  );
}

function RequestDetails({ detail }: { detail: RecoveryDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { request, account } = detail;
  const proof = useMutation({ mutationFn: () => downloadRecoveryProof(request) });
  const [outcome, setOutcome] = useState<'answered' | 'rejected' | null>(null);

  function handled(kind: 'answered' | 'rejected') {
    setOutcome(kind);
    void queryClient.invalidateQueries({ queryKey: ['backoffice', 'recovery-requests'] });
  }

  const companyColumns: TableColumn<CompanyRow>[] = [
    {
      key: 'name',
      header: t('support.recoveryRequest.companies.name'),
      isRowHeader: true,
      render: (company) => company.name,
    },
    {
      key: 'code',
      header: t('support.recoveryRequest.companies.code'),
      render: (company) => <span className="code-value">{company.code}</span>,
    },
    {
      key: 'listed',
      header: t('support.recoveryRequest.companies.listed'),
      render: (company) =>
        company.siretListed
          ? t('support.common.yes')
          : t('support.recoveryRequest.companies.sirenOnly'),
    },
  ];

  return (
    <>
      {outcome && (
        <Alert tone="success" isLive shouldFocus>
          <p>{t(`support.recoveryRequest.done.${outcome}`)}</p>
        </Alert>
      )}
      <p>
        <RecoveryStatusBadge status={request.status} /> {t('support.recoveryRequest.dueOn')}{' '}
        <RecoveryDueDate request={request} />
      </p>
      <section className="section" aria-labelledby="recovery-request-title">
        <h2 id="recovery-request-title">{t('support.recoveryRequest.requestTitle')}</h2>
        <SummaryList
          items={[
            {
              label: t('support.recoveryRequest.fields.codeKind'),
              value: t(`support.recoveryQueue.codeKind.${request.codeKind}`),
            },
            {
              label: t('support.recoveryRequest.fields.name'),
              value: [
                request.civility ? t(`support.common.civility.${request.civility}`) : null,
                request.firstName,
                request.lastName,
              ]
                .filter(Boolean)
                .join(' '),
            },
            {
              label: t('support.recoveryRequest.fields.birthDate'),
              value: request.birthDate
                ? format.day(request.birthDate)
                : t('support.common.notGiven'),
            },
            {
              label: t('support.recoveryRequest.fields.accountEmail'),
              value: <span className="wrap-anywhere">{request.accountEmail}</span>,
            },
            {
              label: t('support.recoveryRequest.fields.employerName'),
              value: request.employerName,
            },
            {
              label: t('support.recoveryRequest.fields.siret'),
              value: <span className="nowrap">{formatSiret(request.siret)}</span>,
            },
            {
              label: t('support.recoveryRequest.fields.reason'),
              value: <span className="message__body">{request.reason}</span>,
            },
            {
              label: t('support.recoveryRequest.fields.proofKind'),
              value: t(`support.recovery.proofKind.${request.proofKind}`),
            },
            {
              label: t('support.recoveryRequest.fields.createdAt'),
              value: format.dateTime(request.createdAt),
            },
          ]}
        />
        {request.hasProof ? (
          <div className="actions">
            <Button variant="secondary" isBusy={proof.isPending} onClick={() => proof.mutate()}>
              {t('support.recoveryRequest.downloadProof')}
            </Button>
          </div>
        ) : (
          <p>{t('support.recoveryRequest.noProof')}</p>
        )}
        <p className="field__hint">{t('support.recoveryRequest.proofLogged')}</p>
        {proof.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(proof.error, t)}</p>
          </Alert>
        )}
      </section>

      <section className="section" aria-labelledby="recovery-account-title">
        <h2 id="recovery-account-title">{t('support.recoveryRequest.accountTitle')}</h2>
        {account ? (
          <SummaryList
            items={[
              {
                label: t('support.recoveryRequest.fields.name'),
                value: `${account.firstName} ${account.lastName}`,
              },
              {
                label: t('support.recoveryRequest.fields.accountEmail'),
                value: <span className="wrap-anywhere">{account.email}</span>,
              },
              {
                label: t('support.recoveryRequest.fields.birthDate'),
                value: account.birthDate
                  ? format.day(account.birthDate)
                  : t('support.common.notGiven'),
              },
              {
                label: t('support.recoveryRequest.fields.platformNumber'),
                value: account.file?.platformNumber ?? t('support.recoveryRequest.noFile'),
              },
              {
                label: t('support.recoveryRequest.fields.personalCode'),
                value: account.file ? (
                  <span className="code-value">{account.file.personalCode}</span>
                ) : (
                  t('support.recoveryRequest.noFile')
                ),
              },
              {
                label: t('support.recoveryRequest.fields.fileCompany'),
                value: account.file?.companyName ?? t('support.common.notGiven'),
              },
              {
                label: t('support.recoveryRequest.fields.fileSiret'),
                value: account.file?.employerSiret
                  ? formatSiret(account.file.employerSiret)
                  : t('support.common.notGiven'),
              },
            ]}
          />
        ) : (
          <Alert tone="warning">
            <p>{t('support.recoveryRequest.noAccount')}</p>
          </Alert>
        )}
      </section>

      <section className="section" aria-labelledby="recovery-companies-title">
        <h2 id="recovery-companies-title">{t('support.recoveryRequest.companiesTitle')}</h2>
        <Table
          caption={t('support.recoveryRequest.companies.caption', {
            siret: formatSiret(request.siret),
          })}
          columns={companyColumns}
          rows={detail.companiesWithSiret}
          rowKey={(company) => company.id}
          emptyText={t('support.recoveryRequest.companies.empty')}
        />
      </section>

      {request.status === 'pending' && !outcome ? (
        <>
          {request.accountMatched && (
            <AnswerForm detail={detail} onDone={() => handled('answered')} />
          )}
          <RejectForm detail={detail} onDone={() => handled('rejected')} />
        </>
      ) : (
        <section className="section" aria-labelledby="recovery-handled-title">
          <h2 id="recovery-handled-title">{t('support.recoveryRequest.handledTitle')}</h2>
          <SummaryList
            items={[
              {
                label: t('support.recoveryRequest.fields.handledAt'),
                value: request.handledAt ? format.dateTime(request.handledAt) : '—',
              },
              {
                label: t('support.recoveryRequest.fields.handlingNote'),
                value: request.handlingNote ?? t('support.common.notGiven'),
              },
            ]}
          />
          {request.threadId && (
            <p>
              <Link to={backofficeThreadPath(request.threadId)}>
                {t('support.recoveryRequest.openThread')}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}

/** Back office: one lost-code request, its proof, the matching account, and the answer. */
export function RecoveryRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery({
    queryKey: ['backoffice', 'recovery-requests', 'detail', id],
    queryFn: () => fetchRecoveryRequest(id),
  });
  const reference = detail.data?.request.reference;
  return (
    <>
      <PageTitle
        title={
          reference
            ? t('support.recoveryRequest.title', { reference })
            : t('support.recoveryRequest.titleLoading')
        }
      />
      <p>
        <Link to={RECOVERY_QUEUE_PATH}>{t('support.recoveryRequest.back')}</Link>
      </p>
      {detail.isPending && <LoadingStatus />}
      {detail.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(detail.error, t)}</p>
        </Alert>
      )}
      {detail.data && <RequestDetails detail={detail.data} />}
    </>
  );
}
