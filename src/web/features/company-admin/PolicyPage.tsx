import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchMyCompany, listPolicyVersions } from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { useSession } from '../../session/useSession';
import { Alert, PageTitle } from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { PolicyForm } from './PolicyForm';
import { PolicyHistory } from './PolicyHistory';
import { PolicySummary } from './PolicySummary';

const COMPANY_KEY = ['employer', 'company'] as const;
const VERSIONS_KEY = ['employer', 'policy', 'versions'] as const;

/**
 * Employer portal: the company code to give employees, the housing policy (edited by HR
 * administrators, read by the other HR users) and its version history.
 */
export function PolicyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const company = useQuery({ queryKey: COMPANY_KEY, queryFn: fetchMyCompany });
  const versions = useQuery({ queryKey: VERSIONS_KEY, queryFn: listPolicyVersions });
  const data = company.data?.company;
  const isAdmin = user?.isAdmin ?? false;

  return (
    <>
      <PageTitle title={t('support.policy.title')} />
      <p className="lead">{t('support.policy.intro')}</p>
      {company.isPending && <LoadingStatus />}
      {company.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(company.error, t)}</p>
        </Alert>
      )}
      {data && (
        <>
          <section className="section card" aria-labelledby="policy-code">
            <h2 id="policy-code">{t('support.policy.codeTitle')}</h2>
            <p>
              {t('support.policy.codeText', { name: data.name })}{' '}
              <span className="code-value code-box">{data.code}</span>
            </p>
            <p>{t('support.policy.codeNotPersonal')}</p>
          </section>
          <section className="section" aria-labelledby="policy-current">
            <h2 id="policy-current">
              {isAdmin ? t('support.policy.editTitle') : t('support.policy.currentTitle')}
            </h2>
            <p>
              {data.policy.version === 0
                ? t('support.policy.neverEdited')
                : t('support.policy.versionOf', {
                    version: data.policy.version,
                    date: format.dateTime(data.policy.changedAt),
                  })}
            </p>
            {isAdmin ? (
              <PolicyForm
                company={data}
                onSaved={(saved) => {
                  queryClient.setQueryData(COMPANY_KEY, { company: saved });
                  void queryClient.invalidateQueries({ queryKey: VERSIONS_KEY });
                }}
              />
            ) : (
              <>
                <Alert tone="info">
                  <p>{t('support.policy.adminsOnly')}</p>
                </Alert>
                <PolicySummary policy={data.policy} />
              </>
            )}
          </section>
        </>
      )}
      <section className="section" aria-labelledby="policy-history">
        <h2 id="policy-history">{t('support.policy.history.title')}</h2>
        {versions.isPending && <LoadingStatus />}
        {versions.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(versions.error, t)}</p>
          </Alert>
        )}
        {versions.data && <PolicyHistory versions={versions.data.versions} />}
      </section>
    </>
  );
}
