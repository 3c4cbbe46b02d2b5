import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** Props of the page heading. */
export interface PageTitleProps {
  title: string;
  /**
   * Focus the heading even on the first page load, e.g. when a step replaces the page content.
   * Give such headings a distinct `key` per step so React mounts a new one.
   */
  shouldFocus?: boolean;
}

/**
 * The page's h1. Sets document.title to "<title> — AL'in" and, after a client-side navigation,
 * moves focus to the heading so screen-reader users hear where they arrived.
 */
export function PageTitle({ title, shouldFocus = false }: PageTitleProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);
  // React Router gives the first entry of the session the key "default". Decided once, at mount:
  // later changes of the query string (filters, tabs) must not pull focus back to the heading.
  const focusOnMount = useRef(location.key !== 'default' || shouldFocus);

  useEffect(() => {
    document.title = t('layout.documentTitle', { title });
  }, [t, title]);

  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} className="page-title" tabIndex={-1}>
      {title}
    </h1>
  );
}
