import type { ReactNode } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from '../ui';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import type { Portal } from './navigation';
import { useCurrentPortal } from './useCurrentPortal';

/** Skip link, header, the single <main> and footer around a page. */
export function PageFrame({ portal, children }: { portal: Portal; children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader portal={portal} />
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter />
    </>
  );
}

/** Root layout route: every page renders inside it. */
export function AppShell() {
  const portal = useCurrentPortal();
  return (
    <>
      <PageFrame portal={portal}>
        <Outlet />
      </PageFrame>
      <ScrollRestoration />
    </>
  );
}
