// Pure and free of Node imports: the web app imports this file for live feedback while typing.

/** A rule of the seed password policy (handbook §2). */
export type PasswordRule = 'min_length' | 'digit' | 'uppercase' | 'lowercase' | 'not_username';

/** One line of the password check: a rule (or the length ceiling) and whether it holds. */
export type PasswordCheck = { rule: PasswordRule | 'max_length'; passed: boolean };

/** The rules in the order they are shown to the person choosing a password. */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  'min_length',
  'digit',
  'uppercase',
  'lowercase',
  'not_username',
];

/** Fewest characters a password may have (seed rule). */
export const PASSWORD_MIN_LENGTH = 8;

/** Most characters a password may have: bounds the hashing cost of a single request. */
export const PASSWORD_MAX_LENGTH = 128;

/** Length in characters (code points of the NFC form), so "é" counts once however it was typed. */
function characterCount(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** Lower-cased NFC form used for case-insensitive comparisons. */
function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** True when the password equals the e-mail or its local part, ignoring case. */
function isUsername(password: string, email: string): boolean {
  const folded = fold(email.trim());
  if (folded === '') return false;
  const at = folded.lastIndexOf('@');
  const localPart = at > 0 ? folded.slice(0, at) : folded;
  const candidate = fold(password);
  return candidate === folded || candidate === localPart;
}

const RULE_CHECKS: Readonly<Record<PasswordRule, (password: string, email: string) => boolean>> = {
  min_length: (password) => characterCount(password) >= PASSWORD_MIN_LENGTH,
  digit: (password) => /\p{Nd}/u.test(password),
  // Unicode categories, so accented capitals such as "É" count as upper-case letters.
  uppercase: (password) => /\p{Lu}/u.test(password),
  lowercase: (password) => /\p{Ll}/u.test(password),
  not_username: (password, email) => !isUsername(password, email),
};

/** Checks every rule in display order; `max_length` is appended only when the password is too long. */
export function checkPassword(password: string, context: { email: string }): PasswordCheck[] {
  const checks: PasswordCheck[] = PASSWORD_RULES.map((rule) => ({
    rule,
    passed: RULE_CHECKS[rule](password, context.email),
  }));
  if (characterCount(password) > PASSWORD_MAX_LENGTH) {
    checks.push({ rule: 'max_length', passed: false });
  }
  return checks;
}

/** True when the password satisfies every rule of the policy. */
export function isPasswordAcceptable(password: string, context: { email: string }): boolean {
  return checkPassword(password, context).every((check) => check.passed);
}
