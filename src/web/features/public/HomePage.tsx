import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button, ButtonLink, PageTitle, TextField } from '../../ui';
import { FraudWarning } from '../help-centre/FraudWarning';
import { ExternalLink } from './ExternalLink';
import { PhoneLink } from './PhoneLink';

const APPLICATION_STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

/** Public home page: search box, how to apply, help and the fraud warning. */
export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [place, setPlace] = useState('');

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = new URLSearchParams({ lieu: place.trim() }).toString();
    void navigate(`/offres?${query}`);
  }

  return (
    <div className="home">
      <section className="hero">
        <PageTitle title={t('home.title')} />
        <form role="search" className="search-form" onSubmit={handleSearch}>
          <TextField
            id="home-search"
            name="lieu"
            label={t('home.searchLabel')}
            hint={t('home.searchHint')}
            value={place}
            autoComplete="address-level2"
            onChange={(event) => setPlace(event.target.value)}
          />
          <Button type="submit">{t('home.searchButton')}</Button>
        </form>
        <p className="hero__tagline">{t('home.tagline')}</p>
      </section>

      <section className="section" aria-labelledby="home-account">
        <h2 id="home-account">{t('home.accountTitle')}</h2>
        <p>{t('home.accountText')}</p>
        <div className="actions">
          <ButtonLink to="/inscription">{t('home.createAccount')}</ButtonLink>
          <ButtonLink to="/connexion" variant="secondary">
            {t('home.logIn')}
          </ButtonLink>
        </div>
      </section>

      <section className="section" aria-labelledby="home-how">
        <h2 id="home-how">{t('home.howTitle')}</h2>
        <ol className="numbered-steps">
          {APPLICATION_STEPS.map((step) => (
            <li key={step}>
              <Trans
                i18nKey={`home.${step}`}
                components={{
                  site: <ExternalLink href="https://www.demande-logement-social.gouv.fr" />,
                }}
              />
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="home-help">
        <h2 id="home-help">{t('home.helpTitle')}</h2>
        <p>
          <Trans i18nKey="home.helpText" components={{ phone: <PhoneLink /> }} />
        </p>
      </section>

      <FraudWarning />
    </div>
  );
}
