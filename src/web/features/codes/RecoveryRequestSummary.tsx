import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadRecoveryProof, type RecoveryRequest } from '../../api/codes';
import { describeError } from '../../forms/describeError';
import { Alert, Button, SummaryList } from '../../ui';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';

/** What the applicant wrote in a lost-code request, and the download of their proof. */
export function RecoveryRequestSummary({ request }: { request: RecoveryRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const proof = useMutation({ mutationFn: () => downloadRecoveryProof(request) });
  return (
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
            value: request.birthDate ? format.day(request.birthDate) : t('support.common.notGiven'),
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
  );
}
