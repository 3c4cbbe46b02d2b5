import { useTranslation } from 'react-i18next';
import { requestConfirmationLink } from '../../api/accounts';
import { PageTitle } from '../../ui';
import { EmailRequestForm } from './EmailRequestForm';

/** Asks for a new account confirmation link (linked from the help page). */
export function NewConfirmationLinkPage() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageTitle title={t('newLink.title')} />
      <p className="lead">{t('newLink.intro')}</p>
      <EmailRequestForm
        formId="new-link"
        submitLabel={t('newLink.submit')}
        successMessage={t('emailRequest.confirmationSent')}
        request={requestConfirmationLink}
      />
    </div>
  );
}
