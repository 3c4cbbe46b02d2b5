import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api/companies';
import { Badge, Table, type TableColumn } from '../../ui';

/** Which HR invitations were sent, and why the others failed. */
export function InvitationResults({ invitations }: { invitations: readonly Invitation[] }) {
  const { t } = useTranslation();
  const columns: TableColumn<Invitation>[] = [
    {
      key: 'email',
      header: t('support.companies.hr.email'),
      isRowHeader: true,
      render: (invitation) => <span className="wrap-anywhere">{invitation.email}</span>,
    },
    {
      key: 'status',
      header: t('support.companies.invitations.status'),
      render: (invitation) =>
        invitation.status === 'invited' ? (
          <Badge tone="success">{t('support.companies.invitations.invited')}</Badge>
        ) : (
          <Badge tone="error">
            {invitation.error === 'account.email_taken'
              ? t('support.companies.invitations.emailTaken')
              : t('support.companies.invitations.failed')}
          </Badge>
        ),
    },
  ];
  return (
    <Table
      caption={t('support.companies.invitations.caption', { count: invitations.length })}
      columns={columns}
      rows={invitations}
      rowKey={(invitation) => invitation.email}
      emptyText={t('support.companies.invitations.empty')}
    />
  );
}
