import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { fetchCompany, type Company, type HrUser, type Invitation } from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Badge,
  Button,
  Dialog,
  PageTitle,
  SummaryList,
  Table,
  type TableColumn,
} from '../../ui';
import { formatSiret } from '../file/labels';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { CompanyEditForm } from './CompanyEditForm';
import type { OnboardedState } from './CompanyOnboardPage';
import { InvitationResults } from './InvitationResults';
import { InviteHrForm } from './InviteHrForm';
import { formatSiren, sectorLabel, sizeBandLabel } from './labels';
import { COMPANIES_PATH } from './paths';
import { PolicySummary } from './PolicySummary';

function isOnboardedState(value: unknown): value is OnboardedState {
  return typeof value === 'object' && value !== null && 'onboarded' in value;
}

function CompanyDetails({
  company,
  onboarded,
}: {
  company: Company;
  onboarded: Invitation[] | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'invite' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [invitations, setInvitations] = useState<Invitation[] | null>(onboarded);
  const closeDialog = useCallback(() => setDialog(null), []);
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['backoffice', 'companies'] });

  const hrColumns: TableColumn<HrUser>[] = [
    {
      key: 'name',
      header: t('support.companies.hr.name'),
      isRowHeader: true,
      render: (hr) => `${hr.firstName} ${hr.lastName}`,
    },
    {
      key: 'email',
      header: t('support.companies.hr.email'),
      render: (hr) => <span className="wrap-anywhere">{hr.email}</span>,
    },
    {
      key: 'admin',
      header: t('support.companies.hr.adminColumn'),
      render: (hr) => (hr.isAdmin ? t('support.common.yes') : t('support.common.no')),
    },
    {
      key: 'status',
      header: t('support.companies.hr.status'),
      render: (hr) => (
        <Badge
          tone={hr.status === 'active' ? 'success' : hr.status === 'pending' ? 'info' : 'neutral'}
        >
          {t(`support.companies.hr.statuses.${hr.status}`)}
        </Badge>
      ),
    },
  ];

  return (
    <>
      {onboarded && (
        <Alert tone="success" title={t('support.companies.onboarded')}>
          <p>
            {t('support.companies.onboardedCode')}{' '}
            <span className="code-value code-box">{company.code}</span>
          </p>
        </Alert>
      )}
      {notice && (
        <Alert tone="success" isLive>
          <p>{notice}</p>
        </Alert>
      )}
      {invitations && <InvitationResults invitations={invitations} />}
      <section className="section" aria-labelledby="company-identity">
        <h2 id="company-identity">{t('support.companies.identityTitle')}</h2>
        <SummaryList
          items={[
            { label: t('support.companies.fields.name'), value: company.name },
            {
              label: t('support.companies.columns.siren'),
              value: <span className="nowrap">{formatSiren(company.siren)}</span>,
            },
            {
              label: t('support.companies.fields.sirets'),
              value: (
                <ul className="compact-list">
                  {company.sirets.map((siret) => (
                    <li key={siret} className="nowrap">
                      {formatSiret(siret)}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              label: t('support.companies.columns.code'),
              value: <span className="code-value">{company.code}</span>,
            },
            {
              label: t('support.companies.columns.size'),
              value: sizeBandLabel(company.sizeBand, t),
            },
            { label: t('support.companies.columns.sector'), value: sectorLabel(company.sector, t) },
            {
              label: t('support.companies.fields.isTempAgency'),
              value: company.isTempAgency ? t('support.common.yes') : t('support.common.no'),
            },
            {
              label: t('support.companies.columns.createdAt'),
              value: format.dateTime(company.createdAt),
            },
          ]}
        />
        <div className="actions">
          <Button variant="secondary" onClick={() => setDialog('edit')}>
            {t('support.companies.edit')}
          </Button>
        </div>
      </section>
      <section className="section" aria-labelledby="company-policy">
        <h2 id="company-policy">{t('support.companies.policyTitle')}</h2>
        <p>
          {company.policy.version === 0
            ? t('support.policy.neverEdited')
            : t('support.policy.versionOf', {
                version: company.policy.version,
                date: format.dateTime(company.policy.changedAt),
              })}
        </p>
        <PolicySummary policy={company.policy} />
      </section>
      <section className="section" aria-labelledby="company-hr">
        <h2 id="company-hr">{t('support.companies.hr.title')}</h2>
        <Table
          caption={t('support.companies.hr.caption', { count: company.hrUsers.length })}
          columns={hrColumns}
          rows={company.hrUsers}
          rowKey={(hr) => hr.id}
          emptyText={t('support.companies.hr.empty')}
        />
        <Button onClick={() => setDialog('invite')}>{t('support.companies.hr.inviteOpen')}</Button>
      </section>
      <Dialog isOpen={dialog === 'edit'} title={t('support.companies.edit')} onClose={closeDialog}>
        <CompanyEditForm
          company={company}
          onSaved={() => {
            setDialog(null);
            setNotice(t('support.companies.saved'));
            refresh();
          }}
        />
      </Dialog>
      <Dialog
        isOpen={dialog === 'invite'}
        title={t('support.companies.hr.inviteOpen')}
        onClose={closeDialog}
      >
        <InviteHrForm
          companyId={company.id}
          onInvited={(result) => {
            setDialog(null);
            setNotice(null);
            setInvitations(result);
            refresh();
          }}
        />
      </Dialog>
    </>
  );
}

/** Back office: a client company, its code, housing policy and HR users. */
export function CompanyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const state: unknown = location.state;
  const onboarded = isOnboardedState(state) ? state.onboarded.invitations : null;
  const company = useQuery({
    queryKey: ['backoffice', 'companies', 'detail', id],
    queryFn: () => fetchCompany(id),
  });
  return (
    <>
      <PageTitle title={company.data?.company.name ?? t('support.companies.detailLoading')} />
      <p>
        <Link to={COMPANIES_PATH}>{t('support.companies.back')}</Link>
      </p>
      {company.isPending && <LoadingStatus />}
      {company.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(company.error, t)}</p>
        </Alert>
      )}
      {company.data && <CompanyDetails company={company.data.company} onboarded={onboarded} />}
    </>
  );
}
