import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { activateAccount } from '../../api/accounts';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, PageTitle } from '../../ui';
import { TokenInspectionError } from './TokenInspectionError';
import { TokenPasswordForm } from './TokenPasswordForm';
import { TokenProblem } from './TokenProblem';
import { TOKEN_PARAM, type TokenProblemStatus } from './tokens';
import { useTokenInspection } from './useTokenInspection';

type Step = 'confirm' | 'password' | 'done';

/**
 * The e-mailed activation (or staff invitation) link. Opening it only inspects the token; the
 * person clicks "Cliquez ici", then chooses a password, which is what consumes the token.
 */
export function ActivationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get(TOKEN_PARAM) ?? '';
  const inspection = useTokenInspection(token);
  const [step, setStep] = useState<Step>('confirm');
  const [problem, setProblem] = useState<TokenProblemStatus | null>(null);
  const [activatedEmail, setActivatedEmail] = useState('');

  if (token === '') return <TokenProblem status="invalid" flow="activation" />;
  if (inspection.isPending) return <LoadingStatus />;
  if (inspection.isError)
    return (
      <TokenInspectionError error={inspection.error} onRetry={() => void inspection.refetch()} />
    );

  const { purpose, status, email } = inspection.data;
  if (purpose === 'password_reset' && status === 'valid') {
    const query = new URLSearchParams({ [TOKEN_PARAM]: token }).toString();
    return <Navigate to={`/mot-de-passe/reinitialisation?${query}`} replace />;
  }
  const blocking = problem ?? (status === 'valid' ? null : status);
  if (blocking) {
    // An expired reset link opened here still deserves a new reset link, not an activation link.
    const flow = status !== 'invalid' && purpose === 'password_reset' ? 'reset' : 'activation';
    return <TokenProblem status={blocking} flow={flow} />;
  }

  if (step === 'done') {
    return (
      <>
        <PageTitle key="done" title={t('activation.doneTitle')} shouldFocus />
        <p>
          <Link to="/connexion" state={{ email: activatedEmail }}>
            <span aria-hidden="true">« </span>
            {t('activation.backToApp')}
          </Link>
        </p>
      </>
    );
  }

  if (step === 'password') {
    return (
      <>
        <PageTitle key="password" title={t('activation.passwordTitle')} shouldFocus />
        <Alert tone="info">
          <p>{t('activation.passwordIntro')}</p>
        </Alert>
        <TokenPasswordForm
          formId="activation"
          token={token}
          email={email ?? ''}
          submit={activateAccount}
          onTokenProblem={setProblem}
          onDone={(activated) => {
            setActivatedEmail(activated);
            setStep('done');
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('activation.confirmTitle')} />
      <p id="activation-confirm-text">
        {t('activation.confirmText')} <strong>{t('activation.confirmValidate')}</strong>{' '}
        {t('activation.confirmEmail')}
      </p>
      <Button
        variant="secondary"
        aria-describedby="activation-confirm-text"
        onClick={() => setStep('password')}
      >
        <span aria-hidden="true">» </span>
        {t('activation.clickHere')}
      </Button>
    </>
  );
}
