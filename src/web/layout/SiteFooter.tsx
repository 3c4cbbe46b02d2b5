import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FRAUD_REPORT_PATH } from '../features/help-centre/paths';
import { PhoneLink } from '../features/public/PhoneLink';

/** Site footer: fraud warning, help and privacy links. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p className="site-footer__fraud">
          <strong>{t('footer.fraudTitle')}</strong> {t('footer.fraudText')}
        </p>
        <nav aria-label={t('footer.navLabel')}>
          <ul className="site-footer__links">
            <li>
              <Link to="/aide">{t('footer.help')}</Link>
            </li>
            <li>
              <Link to="/donnees-personnelles">{t('footer.privacy')}</Link>
            </li>
            <li>
              <Link to={FRAUD_REPORT_PATH}>{t('footer.fraudLink')}</Link>
            </li>
            <li>
              <PhoneLink>{t('footer.phone')}</PhoneLink>
            </li>
          </ul>
        </nav>
        <p className="site-footer__legal">{t('footer.legal')}</p>
      </div>
    </footer>
  );
}
