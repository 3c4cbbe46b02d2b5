import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, PageTitle } from '../../ui';
import { PhoneLink } from './PhoneLink';
import { useHashFocus } from './useHashFocus';

const PHONE_LINK = <PhoneLink />;

/** Help: account creation, validation, login problems and the fraud warning. */
export function HelpPage() {
  const { t } = useTranslation();
  useHashFocus();
  return (
    <>
      <PageTitle title={t('help.title')} />
      <p className="lead">{t('help.intro')}</p>

      <section className="section" aria-labelledby="creer-un-compte">
        <h2 id="creer-un-compte" tabIndex={-1}>
          {t('help.createTitle')}
        </h2>
        <p>{t('help.createText1')}</p>
        <p>{t('help.createText2')}</p>
      </section>

      <section className="section" aria-labelledby="validation">
        <h2 id="validation" tabIndex={-1}>
          {t('help.validateTitle')}
        </h2>
        <p>{t('help.validateText1')}</p>
        <p>{t('help.validateText2')}</p>
      </section>

      <section className="section" aria-labelledby="connexion">
        <h2 id="connexion" tabIndex={-1}>
          {t('help.loginTitle')}
        </h2>
        <ul className="bullets">
          <li>{t('help.loginEmail')}</li>
          <li>
            <Trans
              i18nKey="help.loginPassword"
              components={{ lien: <Link to="/mot-de-passe-oublie" /> }}
            />
          </li>
          <li>
            <Trans
              i18nKey="help.loginConfirmation"
              components={{ lien: <Link to="/compte/nouveau-lien" /> }}
            />
          </li>
          <li>{t('help.loginBlocked')}</li>
          <li>
            <Trans i18nKey="help.loginCall" components={{ phone: PHONE_LINK }} />
          </li>
        </ul>
      </section>

      <section className="section" aria-labelledby="fraude">
        <h2 id="fraude" tabIndex={-1}>
          {t('fraud.title')}
        </h2>
        <Alert tone="warning">
          <p>{t('fraud.text')}</p>
        </Alert>
      </section>

      <section className="section" aria-labelledby="contact">
        <h2 id="contact" tabIndex={-1}>
          {t('help.contactTitle')}
        </h2>
        <p>
          <Trans i18nKey="help.contactText" components={{ phone: PHONE_LINK }} />
        </p>
      </section>
    </>
  );
}
