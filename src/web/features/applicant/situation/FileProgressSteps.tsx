import { useTranslation } from 'react-i18next';
import type { FileProgress } from '../../../api/file-types';
import { Stepper, type Step } from '../../../ui';
import { isStepDone } from '../FileStepsNav';
import { FILE_STEPS } from '../paths';

/** The three steps of the file with their state and a link to each. */
export function FileProgressSteps({ progress }: { progress: FileProgress }) {
  const { t } = useTranslation();
  const firstToDo = FILE_STEPS.find((step) => !isStepDone(step.key, progress))?.key;
  const steps: Step[] = FILE_STEPS.map((step) => {
    const isDone = isStepDone(step.key, progress);
    return {
      key: step.key,
      label: t(`applicantFile.steps.${step.key}.title`),
      description: isDone ? t('applicantFile.steps.done') : t('applicantFile.steps.todo'),
      status: isDone ? 'done' : step.key === firstToDo ? 'current' : 'upcoming',
      to: step.path,
    };
  });
  return (
    <section className="section" aria-labelledby="situation-steps">
      <h2 id="situation-steps">{t('applicantFile.situation.stepsTitle')}</h2>
      <Stepper label={t('applicantFile.situation.stepsTitle')} steps={steps} />
    </section>
  );
}
