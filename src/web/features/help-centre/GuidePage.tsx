import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/errors';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import { GuideSteps } from './GuideSteps';
import { useGuide, useGuideList, type GuideSummary } from './guides-api';
import { GUIDES_PATH, guidePath } from './paths';
import './guides.css';

/** Links to the guides before and after this one, in reading order. */
function GuidePager({ slug, guides }: { slug: string; guides: readonly GuideSummary[] }) {
  const { t } = useTranslation();
  const index = guides.findIndex((g) => g.slug === slug);
  const previous = index > 0 ? guides[index - 1] : undefined;
  const next = index >= 0 ? guides[index + 1] : undefined;
  if (!previous && !next) return null;
  return (
    <nav className="guide-pager" aria-label={t('support.guides.otherGuides')}>
      {previous && (
        <p>
          <span className="guide-pager__label">{t('support.guides.previous')}</span>
          <Link to={guidePath(previous.slug)}>{previous.title}</Link>
        </p>
      )}
      {next && (
        <p>
          <span className="guide-pager__label">{t('support.guides.next')}</span>
          <Link to={guidePath(next.slug)}>{next.title}</Link>
        </p>
      )}
    </nav>
  );
}

/** One step-by-step guide: its numbered steps, each with a screenshot of our own page. */
export function GuidePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const guide = useGuide(slug);
  const list = useGuideList();
  const isNotFound = guide.error instanceof ApiError && guide.error.status === 404;

  return (
    <>
      <p className="guide-back">
        <Link to={GUIDES_PATH}>{t('support.guides.backToGuides')}</Link>
      </p>
      {guide.isPending && (
        <>
          <PageTitle title={t('support.guides.title')} />
          <LoadingStatus />
        </>
      )}
      {isNotFound && (
        <>
          <PageTitle title={t('support.guides.notFoundTitle')} />
          <Alert tone="warning">
            <p>
              <Link to={GUIDES_PATH}>{t('support.guides.notFound')}</Link>
            </p>
          </Alert>
        </>
      )}
      {guide.isError && !isNotFound && (
        <>
          <PageTitle title={t('support.guides.title')} />
          <Alert tone="error">
            <p>{describeError(guide.error, t)}</p>
          </Alert>
        </>
      )}
      {guide.data && (
        <>
          <PageTitle key={slug} title={guide.data.guide.title} />
          <p className="lead">{guide.data.guide.intro}</p>
          <GuideSteps steps={guide.data.guide.steps} />
          <p className="muted">{t('support.guides.demoNote')}</p>
        </>
      )}
      {list.data && <GuidePager slug={slug} guides={list.data.guides} />}
    </>
  );
}
