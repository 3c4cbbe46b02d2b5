import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/types';
import { Table, type TableColumn } from '../../ui';

/** Table of staff users with their role, organisation and status. */
export function StaffUsersTable({
  users,
  caption,
}: {
  users: readonly AdminUser[];
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'medium',
  });
  const columns: TableColumn<AdminUser>[] = [
    {
      key: 'name',
      header: t('staffUsers.columns.name'),
      isRowHeader: true,
      render: (user) => `${user.firstName} ${user.lastName}`,
    },
    { key: 'email', header: t('staffUsers.columns.email'), render: (user) => user.email },
    {
      key: 'role',
      header: t('staffUsers.columns.role'),
      render: (user) => t(`roles.${user.role}`),
    },
    {
      key: 'organisation',
      header: t('staffUsers.columns.organisation'),
      render: (user) => user.companyName ?? user.landlordName ?? '—',
    },
    {
      key: 'admin',
      header: t('staffUsers.columns.admin'),
      render: (user) => (user.isAdmin ? t('common.yes') : t('common.no')),
    },
    {
      key: 'status',
      header: t('staffUsers.columns.status'),
      render: (user) => t(`staffUsers.status.${user.status}`),
    },
    {
      key: 'createdAt',
      header: t('staffUsers.columns.createdAt'),
      render: (user) => (
        <time dateTime={user.createdAt}>{dateFormat.format(new Date(user.createdAt))}</time>
      ),
    },
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={users}
      rowKey={(user) => user.id}
      emptyText={t('staffUsers.empty')}
    />
  );
}
