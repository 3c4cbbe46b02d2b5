import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FileProgress } from '../../api/file-types';
import { ButtonLink } from '../../ui';
import { classNames } from '../../ui/classNames';
import { FILE_STEPS, type FileStepKey } from './paths';

/** Whether a step is complete, from the file's progress. */
export function isStepDone(step: FileStepKey, progress: FileProgress): boolean {
  switch (step) {
    case 'information':
      return progress.identityOk;
    case 'company':
      return progress.companyStepDone && progress.consentChosen;
    case 'documents':
      return progress.documentsConfirmed;
    default: {
      const unknown: never = step;
      throw new Error(`Unknown step: ${String(unknown)}`);
    }
  }
}

/** The three steps as links at the top of each step page, with their state in words. */
export function FileStepsNav({
  current,
  progress,
}: {
  current: FileStepKey;
  progress: FileProgress;
}) {
  const { t } = useTranslation();
  return (
    <nav className="file-steps" aria-label={t('applicantFile.steps.navLabel')}>
      <ol className="file-steps__list">
        {FILE_STEPS.map((step, index) => {
          const isCurrent = step.key === current;
          const isDone = isStepDone(step.key, progress);
          return (
            <li
              key={step.key}
              className={classNames(
                'file-steps__item',
                isCurrent && 'file-steps__item--current',
                isDone && 'file-steps__item--done',
              )}
            >
              <Link
                to={step.path}
                className="file-steps__link"
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="file-steps__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="file-steps__text">
                  <span className="file-steps__label">
                    {t(`applicantFile.steps.${step.key}.title`)}
                  </span>
                  <span className="file-steps__state">
                    {isDone && <span aria-hidden="true">{'✓ '}</span>}
                    {isDone ? t('applicantFile.steps.done') : t('applicantFile.steps.todo')}
                  </span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** "Étape précédente" / "Étape suivante" at the bottom of a step page. */
export function StepPager({ current }: { current: FileStepKey }) {
  const { t } = useTranslation();
  const index = FILE_STEPS.findIndex((step) => step.key === current);
  const previous = FILE_STEPS[index - 1];
  const next = FILE_STEPS[index + 1];
  return (
    <nav className="actions step-pager" aria-label={t('applicantFile.steps.pagerLabel')}>
      {previous && (
        <ButtonLink to={previous.path} variant="secondary">
          {t('common.previousStep')}
        </ButtonLink>
      )}
      {next && <ButtonLink to={next.path}>{t('common.nextStep')}</ButtonLink>}
    </nav>
  );
}
