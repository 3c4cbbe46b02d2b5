import { useTranslation } from 'react-i18next';
import { requestConfirmationLink, requestPasswordReset } from '../../api/accounts';
import { ButtonLink, PageTitle } from '../../ui';
import { EmailRequestForm } from './EmailRequestForm';
import type { TokenFlow, TokenProblemStatus } from './tokens';

/** Explains why an e-mailed link cannot be used and offers to send a new one. */
export function TokenProblem({ status, flow }: { status: TokenProblemStatus; flow: TokenFlow }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t(`tokenProblem.${status}.title`)} shouldFocus />
      <p className="lead">{t(`tokenProblem.${status}.${flow}`)}</p>
      {status === 'used' && (
        <p>
          <ButtonLink to="/connexion" variant="secondary">
            {t('tokenProblem.goToLogin')}
          </ButtonLink>
        </p>
      )}
      <section className="section" aria-labelledby="token-new-link">
        <h2 id="token-new-link">{t(`tokenProblem.newLinkTitle.${flow}`)}</h2>
        <p>{t(`tokenProblem.newLinkText.${flow}`)}</p>
        {flow === 'activation' ? (
          <EmailRequestForm
            formId="new-activation-link"
            submitLabel={t('tokenProblem.newLinkButton')}
            successMessage={t('emailRequest.confirmationSent')}
            request={requestConfirmationLink}
          />
        ) : (
          <EmailRequestForm
            formId="new-reset-link"
            submitLabel={t('tokenProblem.newLinkButton')}
            successMessage={t('emailRequest.resetSent')}
            request={requestPasswordReset}
          />
        )}
      </section>
    </>
  );
}
