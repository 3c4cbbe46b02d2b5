import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GuideSummary } from './guides-api';
import { guidePath } from './paths';
import './guides.css';

/** The step-by-step guides as a list of links, each with its intro and number of steps. */
export function GuideList({
  guides,
  headingLevel,
}: {
  guides: readonly GuideSummary[];
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="guide-list">
      {guides.map((guide) => (
        <li key={guide.slug} className="card guide-list__item">
          <Heading className="guide-list__title">
            <Link to={guidePath(guide.slug)}>{guide.title}</Link>
          </Heading>
          <p>{guide.intro}</p>
          <p className="muted">{t('support.guides.stepCount', { count: guide.stepCount })}</p>
        </li>
      ))}
    </ul>
  );
}
