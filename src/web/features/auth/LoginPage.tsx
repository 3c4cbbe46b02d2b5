import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { logIn } from '../../api/session';
import type { SessionUser } from '../../api/types';
import { useFormFeedback } from '../../forms/useFormFeedback';
import {
  CHANGE_PASSWORD_PATH,
  PORTAL_HOME,
  RETURN_PARAM,
  safeReturnPath,
} from '../../session/paths';
import { useSession, useSetSessionUser } from '../../session/useSession';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  PageTitle,
  PasswordField,
  TextField,
} from '../../ui';

const FIELDS = ['email', 'password'] as const;

/** Navigation state other pages pass to the login page. */
interface LoginState {
  email?: string;
  loggedOut?: boolean;
}

function readState(state: unknown): LoginState {
  return typeof state === 'object' && state !== null ? (state as LoginState) : {};
}

/** Where to go after login: the forced password change first, then "retour" or the portal. */
function destinationFor(user: SessionUser, returnPath: string | null): string {
  if (user.mustChangePassword) {
    return returnPath
      ? `${CHANGE_PASSWORD_PATH}?${new URLSearchParams({ [RETURN_PARAM]: returnPath }).toString()}`
      : CHANGE_PASSWORD_PATH;
  }
  return returnPath ?? PORTAL_HOME[user.role];
}

/** "Bienvenue sur votre espace Salarié": login with e-mail and password. */
export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const state = readState(location.state);
  const returnPath = safeReturnPath(params.get(RETURN_PARAM));
  const { user } = useSession();
  const setUser = useSetSessionUser();
  const [email, setEmail] = useState(state.email ?? '');
  const [password, setPassword] = useState('');
  const form = useFormFeedback('login', FIELDS);
  const mutation = useMutation({
    mutationFn: logIn,
    onSuccess: ({ user: loggedIn }) => {
      setUser(loggedIn);
      void navigate(destinationFor(loggedIn, returnPath), { replace: true });
    },
    onError: (error) => {
      setPassword('');
      form.showApiError(error);
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      email: email.trim() === '' ? t('form.emailRequired') : undefined,
      password: password === '' ? t('login.passwordRequired') : undefined,
    });
    if (isValid) mutation.mutate({ email: email.trim(), password });
  }

  return (
    <div className="narrow">
      <PageTitle title={t('login.title')} />
      {state.loggedOut && !user && (
        <Alert tone="success" isLive>
          <p>{t('login.loggedOut')}</p>
        </Alert>
      )}
      {user && !mutation.isPending && !mutation.isSuccess && (
        <Alert tone="info" title={t('login.alreadyTitle', { email: user.email })}>
          <ButtonLink to={PORTAL_HOME[user.role]} variant="secondary">
            {t('login.goToSpace')}
          </ButtonLink>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form
        className="form card"
        noValidate
        aria-labelledby="login-form-title"
        onSubmit={handleSubmit}
      >
        <h2 id="login-form-title">{t('login.formTitle')}</h2>
        <TextField
          id={form.fieldId('email')}
          name="email"
          type="email"
          label={t('login.emailLabel')}
          autoComplete="username"
          value={email}
          error={form.fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <PasswordField
          id={form.fieldId('password')}
          name="password"
          label={t('login.passwordLabel')}
          autoComplete="current-password"
          value={password}
          error={form.fieldErrors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <ul className="inline-links">
          <li>
            <Link to="/inscription">{t('login.createAccount')}</Link>
          </li>
          <li>
            <Link to="/mot-de-passe-oublie">{t('login.forgotPassword')}</Link>
          </li>
        </ul>
        <Button type="submit" isBusy={mutation.isPending} isBlock>
          {t('login.submit')}
        </Button>
      </form>
      <p className="login-trouble">
        {t('login.troubleText')} <Link to="/aide#connexion">{t('login.troubleLink')}</Link>
      </p>
    </div>
  );
}
