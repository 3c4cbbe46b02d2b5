import { useTranslation } from 'react-i18next';
import { ButtonLink, PageTitle } from '../../ui';

/** Shown for any unknown path. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <ButtonLink to="/">{t('common.backHome')}</ButtonLink>
    </>
  );
}
