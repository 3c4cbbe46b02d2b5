import type { AnchorHTMLAttributes } from 'react';

/** A link to another site (same tab, so the back button works as expected). */
export function ExternalLink({ children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a rel="noopener noreferrer" {...rest}>
      {children}
    </a>
  );
}
