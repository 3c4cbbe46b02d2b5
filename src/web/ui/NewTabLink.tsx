import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClassName, type ButtonVariant } from './Button';
import { VisuallyHidden } from './VisuallyHidden';

/** Props of a link to another site that opens in a new tab. */
export interface NewTabLinkProps extends Omit<
  AnchorHTMLAttributes<HTMLAnchorElement>,
  'target' | 'rel' | 'children'
> {
  href: string;
  children: ReactNode;
  /** Styled as a button of this variant (for the registration site's pages). */
  buttonVariant?: ButtonVariant;
}

/**
 * A link to another site opening in a new tab, so the person can come back and click
 * "Mettre à jour". The new tab is announced in words and shown by an arrow.
 */
export function NewTabLink({ children, buttonVariant, className, ...rest }: NewTabLinkProps) {
  const { t } = useTranslation();
  return (
    <a
      target="_blank"
      rel="noopener noreferrer"
      className={buttonVariant ? buttonClassName({ variant: buttonVariant }, className) : className}
      {...rest}
    >
      {children}
      <span className="new-tab-icon" aria-hidden="true">
        {' ↗'}
      </span>
      <VisuallyHidden>{` ${t('common.newTab')}`}</VisuallyHidden>
    </a>
  );
}
