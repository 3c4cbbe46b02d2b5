import { Link, type LinkProps } from 'react-router';
import { buttonClassName, type ButtonStyleProps } from './Button';

/** A router link that looks like a button (for navigation, not actions). */
export function ButtonLink({ variant, isBlock, className, ...rest }: LinkProps & ButtonStyleProps) {
  return <Link className={buttonClassName({ variant, isBlock }, className)} {...rest} />;
}
