import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import { GuideList } from './GuideList';
import { useGuideList } from './guides-api';
import { HELP_CENTRE_PATH } from './paths';
import './guides.css';

/** "Guides pas à pas": every guide of the help centre, in reading order. */
export function GuidesIndexPage() {
  const { t } = useTranslation();
  const guides = useGuideList();
  return (
    <>
      <p className="guide-back">
        <Link to={HELP_CENTRE_PATH}>{t('support.common.helpCentreLink')}</Link>
      </p>
      <PageTitle title={t('support.guides.title')} />
      <p className="lead">{t('support.guides.lead')}</p>
      {guides.isPending && <LoadingStatus />}
      {guides.isError && (
        <Alert tone="error">
          <p>{describeError(guides.error, t)}</p>
        </Alert>
      )}
      {guides.data && <GuideList guides={guides.data.guides} headingLevel={2} />}
    </>
  );
}
