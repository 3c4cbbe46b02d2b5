import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchFaq } from '../../api/help';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { useSession } from '../../session/useSession';
import { Alert, ButtonLink, PageTitle } from '../../ui';
import { CodesExplainer } from '../codes/CodesExplainer';
import { RECOVER_CODE_PATH } from '../codes/paths';
import { MESSAGES_PATH } from '../messages/paths';
import { CustomerServiceCard } from './CustomerServiceCard';
import { FaqSections } from './FaqSections';
import { FraudWarning } from './FraudWarning';
import { GuideList } from './GuideList';
import { useGuideList } from './guides-api';
import { CONTACT_PATH, GUIDES_PATH } from './paths';
import './support.css';
import { useHelpLanguage } from './useHelpLanguage';
import { useAnchorFocus } from './useAnchorFocus';

/**
 * "Centre d'aide": the codes explained, the step-by-step guides, the FAQ, the customer service,
 * contact and fraud.
 */
export function HelpCentrePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const lang = useHelpLanguage();
  const faq = useQuery({
    queryKey: ['help', 'faq', lang],
    queryFn: () => fetchFaq(lang),
    staleTime: 10 * 60_000,
  });
  const guides = useGuideList();
  // Links to a FAQ section (#faq-codes) wait for the FAQ to be on the page.
  useAnchorFocus(!faq.isPending);

  return (
    <>
      <PageTitle title={t('support.helpCentre.title')} />
      <p className="lead">{t('support.helpCentre.lead')}</p>
      <nav aria-labelledby="help-toc">
        <h2 id="help-toc">{t('support.helpCentre.toc')}</h2>
        <ul className="support-toc">
          <li>
            <a href="#codes">{t('support.codes.title')}</a>
          </li>
          <li>
            <a href="#guides">{t('support.guides.title')}</a>
          </li>
          <li>
            <a href="#faq">{t('support.helpCentre.faqTitle')}</a>
          </li>
          <li>
            <a href="#contact">{t('support.helpCentre.contactTitle')}</a>
          </li>
          <li>
            <a href="#fraude">{t('support.fraud.warningTitle')}</a>
          </li>
        </ul>
      </nav>

      <CodesExplainer anchorId="codes" showRecoveryLink={false} />
      <p>{t('support.helpCentre.recoveryText')}</p>
      <p>
        <ButtonLink to={RECOVER_CODE_PATH} variant="secondary">
          {t('support.helpCentre.recoveryLink')}
        </ButtonLink>
      </p>

      <section className="section" aria-labelledby="guides">
        <h2 id="guides" tabIndex={-1}>
          {t('support.guides.title')}
        </h2>
        <p>{t('support.guides.helpCentreText')}</p>
        {guides.data && <GuideList guides={guides.data.guides} headingLevel={3} />}
        <p>
          <Link to={GUIDES_PATH}>{t('support.guides.allGuides')}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="faq">
        <h2 id="faq" tabIndex={-1}>
          {t('support.helpCentre.faqTitle')}
        </h2>
        {faq.isPending && <LoadingStatus />}
        {faq.isError && (
          <Alert tone="error">
            <p>{describeError(faq.error, t)}</p>
          </Alert>
        )}
        {faq.data && <FaqSections sections={faq.data.sections} guides={guides.data?.guides} />}
      </section>

      <section className="section" aria-labelledby="contact">
        <h2 id="contact" tabIndex={-1}>
          {t('support.helpCentre.contactTitle')}
        </h2>
        <div className="support-grid">
          <CustomerServiceCard />
          <div className="card">
            <h3>{t('support.helpCentre.writeTitle')}</h3>
            <p>{t('support.helpCentre.writeText')}</p>
            <ul className="bullets">
              <li>
                <Link to={CONTACT_PATH}>{t('support.helpCentre.contactLink')}</Link>
              </li>
              {user?.role === 'applicant' && (
                <li>
                  <Link to={MESSAGES_PATH}>{t('support.helpCentre.messagesLink')}</Link>
                </li>
              )}
            </ul>
          </div>
        </div>
      </section>

      <div id="fraude" tabIndex={-1}>
        <FraudWarning />
      </div>
    </>
  );
}
