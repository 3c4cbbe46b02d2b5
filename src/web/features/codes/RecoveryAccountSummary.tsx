import { useTranslation } from 'react-i18next';
import type { RecoveryDetail } from '../../api/codes';
import { Alert, SummaryList } from '../../ui';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';

/** The account that matches a lost-code request, with its file and personal code, if any. */
export function RecoveryAccountSummary({ account }: { account: RecoveryDetail['account'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
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
  );
}
