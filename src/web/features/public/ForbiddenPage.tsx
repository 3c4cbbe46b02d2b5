import { useTranslation } from 'react-i18next';
import { ButtonLink, PageTitle } from '../../ui';

/** Shown when a logged-in user opens another role's page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('forbidden.title')} />
      <p>{t('forbidden.text')}</p>
      <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
    </>
  );
}
