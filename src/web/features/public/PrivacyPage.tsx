import { Trans, useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui';
import { ExternalLink } from './ExternalLink';

const DATA_ITEMS = ['identity', 'contact', 'application', 'company', 'connection'] as const;
const PURPOSE_ITEMS = ['account', 'offers', 'share', 'inform'] as const;

/** What personal data AL'in keeps, why, for how long, and the person's rights. */
export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('privacy.title')} />
      <p className="lead">{t('privacy.intro')}</p>

      <section className="section" aria-labelledby="privacy-data">
        <h2 id="privacy-data">{t('privacy.dataTitle')}</h2>
        <ul className="bullets">
          {DATA_ITEMS.map((item) => (
            <li key={item}>{t(`privacy.data.${item}`)}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="privacy-why">
        <h2 id="privacy-why">{t('privacy.whyTitle')}</h2>
        <ul className="bullets">
          {PURPOSE_ITEMS.map((item) => (
            <li key={item}>{t(`privacy.why.${item}`)}</li>
          ))}
        </ul>
        <p>{t('privacy.noSale')}</p>
      </section>

      <section className="section" aria-labelledby="privacy-retention">
        <h2 id="privacy-retention">{t('privacy.retentionTitle')}</h2>
        <p>{t('privacy.retentionText')}</p>
      </section>

      <section className="section" aria-labelledby="privacy-rights">
        <h2 id="privacy-rights">{t('privacy.rightsTitle')}</h2>
        <p>{t('privacy.rightsText')}</p>
        <p>
          <Trans
            i18nKey="privacy.complaint"
            components={{ cnil: <ExternalLink href="https://www.cnil.fr" /> }}
          />
        </p>
      </section>
    </>
  );
}
