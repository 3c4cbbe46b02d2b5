import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { completePasswordReset } from '../../api/accounts';
import { LoadingStatus } from '../../session/guards';
import { ButtonLink, PageTitle } from '../../ui';
import { TokenInspectionError } from './TokenInspectionError';
import { TokenPasswordForm } from './TokenPasswordForm';
import { TokenProblem } from './TokenProblem';
import { TOKEN_PARAM, type TokenProblemStatus } from './tokens';
import { useTokenInspection } from './useTokenInspection';

/** The e-mailed password-reset link: inspect the token, then choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get(TOKEN_PARAM) ?? '';
  const inspection = useTokenInspection(token);
  const [problem, setProblem] = useState<TokenProblemStatus | null>(null);
  const [doneEmail, setDoneEmail] = useState<string | null>(null);

  if (token === '') return <TokenProblem status="invalid" flow="reset" />;
  if (inspection.isPending) return <LoadingStatus />;
  if (inspection.isError)
    return (
      <TokenInspectionError error={inspection.error} onRetry={() => void inspection.refetch()} />
    );

  const { purpose, status, email } = inspection.data;
  if (purpose !== 'password_reset' && status === 'valid') {
    const query = new URLSearchParams({ [TOKEN_PARAM]: token }).toString();
    return <Navigate to={`/compte/activation?${query}`} replace />;
  }
  const blocking = problem ?? (status === 'valid' ? null : status);
  if (blocking) {
    const flow = status !== 'invalid' && purpose !== 'password_reset' ? 'activation' : 'reset';
    return <TokenProblem status={blocking} flow={flow} />;
  }

  if (doneEmail !== null) {
    return (
      <>
        <PageTitle key="done" title={t('reset.doneTitle')} shouldFocus />
        <p>{t('reset.doneText')}</p>
        <ButtonLink to="/connexion" state={{ email: doneEmail }}>
          {t('reset.goToLogin')}
        </ButtonLink>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('reset.title')} />
      <p className="lead">{t('reset.intro')}</p>
      <TokenPasswordForm
        formId="reset"
        token={token}
        email={email ?? ''}
        submit={completePasswordReset}
        onTokenProblem={setProblem}
        onDone={setDoneEmail}
      />
    </>
  );
}
