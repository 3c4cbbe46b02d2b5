import { isCommonPassword } from '../../domain/accounts/common-passwords.js';
import { checkPassword } from '../../domain/accounts/password-policy.js';
import { AppError, type FieldProblem } from '../../server/errors.js';

/** Throws a field-level error unless the new password follows the rules and matches its confirmation. */
export function assertAcceptablePassword(
  input: {
    password: string;
    confirmation: string;
    email: string;
    passwordField: string;
    confirmationField: string;
  },
  commonPasswords: ReadonlySet<string>,
): void {
  const failed = checkPassword(input.password, { email: input.email }).filter((c) => !c.passed);
  if (failed.length > 0) {
    const fields: FieldProblem[] = failed.map((c) => ({
      path: input.passwordField,
      code: `password.${c.rule}`,
    }));
    throw new AppError('password.too_weak', { fields });
  }
  if (isCommonPassword(input.password, commonPasswords)) {
    throw new AppError('password.too_common', {
      fields: [{ path: input.passwordField, code: 'password.too_common' }],
    });
  }
  if (input.password !== input.confirmation) {
    throw new AppError('password.mismatch', {
      fields: [{ path: input.confirmationField, code: 'password.mismatch' }],
    });
  }
}
