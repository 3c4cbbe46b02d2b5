import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useSession } from '../session/useSession';
import { VisuallyHidden } from '../ui';
import { AccountLinks } from './AccountLinks';
import { LanguageSwitch } from './LanguageSwitch';
import { portalNav, type Portal } from './navigation';

/** Site header: logo, help/account links, language switch and the portal's navigation. */
export function SiteHeader({ portal }: { portal: Portal }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const items = portalNav(portal).filter((item) => !item.isAdminOnly || user?.isAdmin);
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link to="/" className="logo">
          <span className="logo__mark">{t('layout.logo')}</span>
          <span className="logo__by">{t('layout.logoBy')}</span>
          <VisuallyHidden>{` ${t('layout.homeLinkSuffix')}`}</VisuallyHidden>
        </Link>
        <div className="site-header__tools">
          <AccountLinks />
          <LanguageSwitch />
        </div>
      </div>
      <nav className="portal-nav" aria-label={t(`nav.label.${portal}`)}>
        <ul className="container portal-nav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.isEnd} className="portal-nav__link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
