import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listUsers } from '../../api/admin';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, Dialog, PageTitle, Tabs, TextField, type TabItem } from '../../ui';
import { isStaffRole, STAFF_ROLES } from './staffRoles';
import { StaffUserForm } from './StaffUserForm';
import { StaffUsersTable } from './StaffUsersTable';

type RoleTab = 'all' | (typeof STAFF_ROLES)[number];

/** Back-office page for administrators: staff users by role, and the invitation of new ones. */
export function StaffUsersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const roleParam = params.get('role');
  const role: RoleTab = isStaffRole(roleParam) ? roleParam : 'all';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const [isDialogOpen, setIsDialogOpen] = useState(false);
  const [invitedEmail, setInvitedEmail] = useState<string | null>(null);
  const users = useQuery({
    queryKey: ['admin', 'users', role, q],
    queryFn: () => listUsers({ role: role === 'all' ? undefined : role, q: q || undefined }),
  });

  const tabs: TabItem<RoleTab>[] = [
    { value: 'all', label: t('staffUsers.tabs.all') },
    ...STAFF_ROLES.map((value) => ({ value, label: t(`staffUsers.tabs.${value}`) })),
  ];

  function updateParams(next: { role?: RoleTab; q?: string }) {
    const nextRole = next.role ?? role;
    const nextQ = next.q ?? q;
    const query = new URLSearchParams();
    if (nextRole !== 'all') query.set('role', nextRole);
    if (nextQ !== '') query.set('q', nextQ);
    setParams(query, { replace: true });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParams({ q: search.trim() });
  }

  const closeDialog = useCallback(() => setIsDialogOpen(false), []);

  return (
    <>
      <PageTitle title={t('staffUsers.title')} />
      <p className="lead">{t('staffUsers.intro')}</p>
      {invitedEmail && (
        <Alert tone="success" isLive>
          <p>{t('staffUsers.invited', { email: invitedEmail })}</p>
        </Alert>
      )}
      <div className="actions">
        <Button onClick={() => setIsDialogOpen(true)}>{t('staffUsers.create')}</Button>
      </div>
      <form
        role="search"
        className="search-form"
        aria-label={t('staffUsers.searchLabel')}
        onSubmit={handleSearch}
      >
        <TextField
          id="staff-users-search"
          name="q"
          type="search"
          label={t('staffUsers.searchLabel')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('staffUsers.searchButton')}
        </Button>
      </form>
      <Tabs
        label={t('staffUsers.tabsLabel')}
        tabs={tabs}
        selected={role}
        onSelect={(value) => updateParams({ role: value })}
      >
        {users.isPending && <LoadingStatus />}
        {users.isError && (
          <Alert tone="error" isLive>
            <p>{describeError(users.error, t)}</p>
          </Alert>
        )}
        {users.data && (
          <StaffUsersTable
            users={users.data.users}
            caption={t('staffUsers.caption', { count: users.data.users.length })}
          />
        )}
      </Tabs>
      <Dialog isOpen={isDialogOpen} title={t('staffUsers.create')} onClose={closeDialog}>
        <StaffUserForm
          onCreated={(email) => {
            setInvitedEmail(email);
            setIsDialogOpen(false);
            void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
          }}
        />
      </Dialog>
    </>
  );
}
