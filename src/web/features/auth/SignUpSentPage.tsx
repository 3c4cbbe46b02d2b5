import { useMutation } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { requestConfirmationLink } from '../../api/accounts';
import { describeError } from '../../forms/describeError';
import { Alert, Button, ButtonLink, PageTitle } from '../../ui';
import { EmailRequestForm } from './EmailRequestForm';

function emailFromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('email' in state)) return null;
  return typeof state.email === 'string' ? state.email : null;
}

/** "Validation du compte": tells the new applicant to click the e-mailed link, and can resend it. */
export function SignUpSentPage() {
  const { t } = useTranslation();
  const email = emailFromState(useLocation().state);
  const resend = useMutation({ mutationFn: requestConfirmationLink });

  return (
    <div className="narrow">
      <PageTitle title={t('signUpSent.title')} />
      <p className="lead">
        {email ? (
          <Trans i18nKey="signUpSent.text" values={{ email }} components={{ strong: <strong /> }} />
        ) : (
          t('signUpSent.textNoEmail')
        )}
      </p>
      <p>{t('signUpSent.validity')}</p>
      <p>
        <ButtonLink to="/connexion" state={email ? { email } : undefined}>
          {t('signUpSent.logIn')}
        </ButtonLink>
      </p>
      <section className="section" aria-labelledby="signup-resend">
        <h2 id="signup-resend">{t('signUpSent.resendTitle')}</h2>
        {email ? (
          <>
            {resend.isSuccess && (
              <Alert tone="success" isLive>
                <p>{t('signUpSent.resent', { email })}</p>
              </Alert>
            )}
            {resend.isError && (
              <Alert tone="error" isLive>
                <p>{describeError(resend.error, t)}</p>
              </Alert>
            )}
            <Button
              variant="secondary"
              isBusy={resend.isPending}
              onClick={() => resend.mutate(email)}
            >
              {t('signUpSent.resend')}
            </Button>
          </>
        ) : (
          <EmailRequestForm
            formId="signup-resend-form"
            submitLabel={t('signUpSent.resend')}
            successMessage={t('emailRequest.confirmationSent')}
            request={requestConfirmationLink}
          />
        )}
      </section>
    </div>
  );
}
