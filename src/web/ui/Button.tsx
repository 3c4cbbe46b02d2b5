import type { ButtonHTMLAttributes } from 'react';
import { classNames } from './classNames';

/** Visual weight of a button or button-styled link. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary';

/** Props shared by Button and ButtonLink. */
export interface ButtonStyleProps {
  variant?: ButtonVariant;
  isBlock?: boolean;
}

/** CSS classes of a button of the given variant. */
export function buttonClassName(
  { variant = 'primary', isBlock = false }: ButtonStyleProps,
  extra?: string,
): string {
  return classNames('button', `button--${variant}`, isBlock && 'button--block', extra);
}

/** A native button; `isBusy` keeps it focusable and announces the wait instead of disabling it. */
export function Button({
  variant,
  isBlock,
  isBusy = false,
  type = 'button',
  className,
  children,
  onClick,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & ButtonStyleProps & { isBusy?: boolean }) {
  return (
    <button
      type={type}
      className={buttonClassName({ variant, isBlock }, className)}
      aria-disabled={isBusy || undefined}
      onClick={(event) => {
        // A busy button ignores clicks so a form is not sent twice.
        if (isBusy) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {children}
    </button>
  );
}
