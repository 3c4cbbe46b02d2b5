import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { requestPasswordReset } from '../../api/accounts';
import { PageTitle } from '../../ui';
import { EmailRequestForm } from './EmailRequestForm';

/** "Mot de passe oublié ?": sends a reset link, with the same answer for every address. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t('forgot.title')} />
      <p className="lead">{t('forgot.intro')}</p>
      <EmailRequestForm
        formId="forgot"
        submitLabel={t('forgot.submit')}
        successMessage={t('emailRequest.resetSent')}
        request={requestPasswordReset}
      />
      <p>
        <Link to="/connexion">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
