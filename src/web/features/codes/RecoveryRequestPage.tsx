import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchRecoveryRequest, type RecoveryDetail } from '../../api/codes';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import '../help-centre/support.css';
import { RECOVERY_QUEUE_PATH } from './paths';
import { RecoveryAccountSummary } from './RecoveryAccountSummary';
import { RecoveryAnswerForm } from './RecoveryAnswerForm';
import { RecoveryDueDate, RecoveryStatusBadge } from './RecoveryBadges';
import { RecoveryCompanies } from './RecoveryCompanies';
import { RecoveryHandled } from './RecoveryHandled';
import { RecoveryRejectForm } from './RecoveryRejectForm';
import { RecoveryRequestSummary } from './RecoveryRequestSummary';

/** One loaded request: its state, what the applicant gave, what we hold, and the answer forms. */
function RequestDetails({ detail }: { detail: RecoveryDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { request, account } = detail;
  const [outcome, setOutcome] = useState<'answered' | 'rejected' | null>(null);

  function handled(kind: 'answered' | 'rejected') {
    setOutcome(kind);
    void queryClient.invalidateQueries({ queryKey: ['backoffice', 'recovery-requests'] });
  }

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
      <RecoveryRequestSummary request={request} />
      <RecoveryAccountSummary account={account} />
      <RecoveryCompanies detail={detail} />

      {request.status === 'pending' && !outcome ? (
        <>
          {request.accountMatched && (
            <RecoveryAnswerForm detail={detail} onDone={() => handled('answered')} />
          )}
          <RecoveryRejectForm detail={detail} onDone={() => handled('rejected')} />
        </>
      ) : (
        <RecoveryHandled request={request} />
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
