import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/types';
import { PORTAL_HOME } from '../../session/paths';
import { ButtonLink, PageTitle } from '../../ui';

/** "Mon compte": who is logged in, a link to the portal and to the password change. */
export function AccountPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const organisation = user.companyName ?? user.landlordName;
  return (
    <>
      <PageTitle title={t('account.title')} />
      <dl className="summary-list">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{`${user.firstName} ${user.lastName}`}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>
            {t(`roles.${user.role}`)}
            {user.isAdmin ? ` (${t('roles.admin')})` : ''}
          </dd>
        </div>
        {organisation && (
          <div>
            <dt>{t('account.organisation')}</dt>
            <dd>{organisation}</dd>
          </div>
        )}
      </dl>
      <div className="actions">
        <ButtonLink to={PORTAL_HOME[user.role]}>{t('account.goToSpace')}</ButtonLink>
        <ButtonLink to="/mot-de-passe/changer" variant="secondary">
          {t('account.changePassword')}
        </ButtonLink>
      </div>
    </>
  );
}
