import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordCheck,
} from '../../../domain/accounts/password-policy';
import { classNames } from '../../ui/classNames';

/** Delay before the screen reader hears the new state, so it is not interrupted at each key. */
const ANNOUNCE_DELAY_MS = 800;

type RuleState = 'pending' | 'passed' | 'failed';

const MARKS: Record<RuleState, string> = { pending: '•', passed: '✓', failed: '✗' };

function ruleState(check: PasswordCheck, isEmpty: boolean): RuleState {
  if (isEmpty) return 'pending';
  return check.passed ? 'passed' : 'failed';
}

/**
 * Live list of the password rules, each marked ✓ or ✗ with words (not colour alone). A hidden
 * polite live region reads the rules still missing once the person pauses typing.
 */
export function PasswordChecklist({
  id,
  password,
  email,
}: {
  id: string;
  password: string;
  email: string;
}) {
  const { t } = useTranslation();
  const checks = checkPassword(password, { email });
  const isEmpty = password === '';
  const ruleText = (check: PasswordCheck) =>
    t(`password.rules.${check.rule}`, { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH });
  const missing = checks.filter((check) => !check.passed).map(ruleText);
  const summary = isEmpty
    ? ''
    : missing.length === 0
      ? t('password.allRulesMet')
      : t('password.rulesMissing', { rules: missing.join(', ') });

  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(summary), ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [summary]);

  return (
    <div className="password-checklist" id={id}>
      <p className="password-checklist__title">{t('password.checklistTitle')}</p>
      <ul className="password-checklist__list">
        {checks.map((check) => {
          const state = ruleState(check, isEmpty);
          return (
            <li key={check.rule} className={classNames('password-rule', `password-rule--${state}`)}>
              <span className="password-rule__mark" aria-hidden="true">
                {MARKS[state]}
              </span>
              <span>
                {ruleText(check)}
                {state !== 'pending' && (
                  <span className="password-rule__state">{` — ${t(`password.ruleState.${state}`)}`}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
