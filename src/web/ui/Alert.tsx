import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './classNames';
import { VisuallyHidden } from './VisuallyHidden';

/** Meaning of an alert; each has its own icon and spoken prefix, not only a colour. */
export type AlertTone = 'info' | 'success' | 'warning' | 'error';

const ICONS: Record<AlertTone, string> = { info: 'i', success: '✓', warning: '!', error: '✗' };

/** Props of an alert box. */
export interface AlertProps {
  tone: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Announce the alert when it appears: errors as role=alert, others as role=status.
   * Leave false for static notices that are part of the page.
   */
  isLive?: boolean;
  /** Take focus when it appears (e.g. the outcome of an action whose button went away). */
  shouldFocus?: boolean;
  className?: string;
}

/** A boxed message with an icon and a spoken prefix ("Information :", "Erreur :"...). */
export function Alert({
  tone,
  title,
  children,
  isLive = false,
  shouldFocus = false,
  className,
}: AlertProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const role = isLive ? (tone === 'error' ? 'alert' : 'status') : undefined;
  useEffect(() => {
    if (shouldFocus) ref.current?.focus();
  }, [shouldFocus]);
  return (
    <div
      ref={ref}
      className={classNames('alert', `alert--${tone}`, className)}
      role={role}
      tabIndex={shouldFocus ? -1 : undefined}
    >
      <span className="alert__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      <div className="alert__body">
        {title ? (
          <p className="alert__title">
            <VisuallyHidden>{`${t(`alert.${tone}`)} `}</VisuallyHidden>
            {title}
          </p>
        ) : (
          <VisuallyHidden>{`${t(`alert.${tone}`)} `}</VisuallyHidden>
        )}
        {children}
      </div>
    </div>
  );
}
