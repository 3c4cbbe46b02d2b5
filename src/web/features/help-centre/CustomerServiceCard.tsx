import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchContactInfo } from '../../api/help';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Badge } from '../../ui';
import { Heading, type HeadingLevel } from '../codes/Heading';
import { useHelpLanguage } from './useHelpLanguage';

/** The customer service: phone, hours, whether it is open now, and the answer delay in writing. */
export function CustomerServiceCard({ headingLevel = 3 }: { headingLevel?: HeadingLevel }) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const info = useQuery({
    queryKey: ['help', 'contact', lang],
    queryFn: () => fetchContactInfo(lang),
    staleTime: 5 * 60_000,
  });
  const data = info.data;
  return (
    <div className="card">
      <Heading level={headingLevel}>{t('support.service.title')}</Heading>
      {info.isPending && <LoadingStatus />}
      {info.isError && (
        <Alert tone="error">
          <p>{describeError(info.error, t)}</p>
        </Alert>
      )}
      {data && (
        <>
          <p>
            {t('support.service.phone')}{' '}
            <a href={data.phoneHref} className="nowrap">
              {data.phone}
            </a>{' '}
            ({data.phoneNote})
          </p>
          <p>
            {t('support.service.hours', { hours: data.hours.text })}{' '}
            <Badge tone={data.openNow ? 'success' : 'neutral'}>
              {data.openNow ? t('support.service.openNow') : t('support.service.closedNow')}
            </Badge>
          </p>
          <p>{data.answerDelay}</p>
        </>
      )}
    </div>
  );
}
