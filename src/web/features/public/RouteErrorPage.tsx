import { useTranslation } from 'react-i18next';
import { PageFrame } from '../../layout/AppShell';
import { ButtonLink, PageTitle } from '../../ui';

/** Replaces the page when rendering throws, keeping the site frame. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <PageFrame portal="public">
      <PageTitle title={t('errors.pageTitle')} />
      <p>{t('errors.pageText')}</p>
      <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
    </PageFrame>
  );
}
